/**
 * "trails have waypoints in order (name, lat, lng)", "a playlist's songs in sequence": things kept in
 * an order are rows with a position, not a field named "waypoints in order". The phrase goes, and a
 * position joins the values listed after it unless they name one already. Without such a list the
 * phrase only goes: "recipes have steps with a position" would no longer read as recipes having steps.
 * "In order to" (a purpose) and "in order of" (a sort) are left as written.
 */
const inOrder =
  /\b([a-z][a-z-]*s) in (?:(?:the|a|an|their|its) )?(?:(?:fixed|set|given|particular|specific|running|numbered) )?(?:order|sequence)\b(?!\s+(?:of|to|by|for)\b)(\s*\(([^()\n]*)\))?/gi;

const namesPosition = /\b(?:position|order|sequence|rank|index|step|number|seq)\b/i;

export function withOrderAsPosition(text: string): string {
  return text.replace(inOrder, (_whole, things: string, listed?: string, values?: string) => {
    if (listed === undefined) return things;
    return namesPosition.test(values ?? '') ? `${things} (${values})` : `${things} (${values}, position)`;
  });
}
