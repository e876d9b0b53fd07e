/**
 * "each order contains several cheeses with a quantity", "a basket holds many products, each with an
 * amount": a quantity said beside the things a container holds is how many of each thing that one
 * container holds, a value of each pairing (an order line), not of the thing. Written the way the
 * pairing reader reads it: "contains several cheeses, with a quantity each".
 */
const quantityBesideContents =
  /\b((?:contains?|includes?|holds?|lists?|(?:has|have)(?=\s+(?:several|many|multiple|one or more|a few|various|any number of)\s)))\s+((?:several|many|multiple|one or more|some|a few|various|any number of)\s+)?([a-z][a-z-]*(?:\s[a-z][a-z-]*)?s),?\s+(?:each\s+)?with\s+(?:(?:a|an|the|its|their)\s+)?(quantity|quantities|amount|count|qty)\b(?![^.;\n]*\b(?:each|per)\b)/gi;

export function withQuantityPerLine(text: string): string {
  return text.replace(
    quantityBesideContents,
    (_whole, verb: string, many: string | undefined, things: string, value: string) =>
      `${verb} ${many ?? ''}${things}, with a ${value.toLowerCase() === 'quantities' ? 'quantity' : value} each`,
  );
}
