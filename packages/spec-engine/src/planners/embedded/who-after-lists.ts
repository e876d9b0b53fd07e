/**
 * "we track meetings (date, book) and who hosted each one": a "who" clause right after a bracketed
 * list of a thing's values is one more of its values (the host, a link to the people who host), said
 * outside the brackets. It joins the list, where the field reader reads "who hosted it" as the one who
 * did it. Only "who" moves: "and when we lend them out…" after a list opens a clause of its own.
 */
const whoAfterList =
  /\(([^()\n]+)\)(,?\s+(?:and|plus|also)\s+)(who(?:ever)?\s[^.,;:!?()\n]{2,60})(?=[.,;:!?\n]|$)/gi;

export function withWhoInList(text: string): string {
  return text.replace(
    whoAfterList,
    (_whole, values: string, _joint: string, who: string) => `(${values}, ${who.trim()})`,
  );
}
