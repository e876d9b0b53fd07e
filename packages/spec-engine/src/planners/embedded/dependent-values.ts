// "costs a fee that depends on the tier chosen", "the delivery fee depends on the zone and the weight of
// the parcel": a value that depends on others says all of them are kept. A row computed from others
// still stores what it was computed from; the dependence itself is the application's rule, no value.

/** A noun phrase of up to three words after an article, or a list of them joined by "and" or commas. */
const phrase = String.raw`(?:the|a|an|its|their)\s+[\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,2}?`;
const list = String.raw`${phrase}(?:(?:\s*,\s*|\s+and\s+)${phrase})*`;
/** Participles that say the value was picked, which name no value of their own. */
const picked = String.raw`(?:\s+(?:chosen|picked|selected|booked|used|bought|ordered))?`;

/** "costs a fee that depends on the tier chosen" → "has a fee and the tier". */
const relative = new RegExp(
  String.raw`\b(?:costs?|has|have|gets?|pays?|charges?)\s+(a|an)\s+([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)\s+(?:that|which)\s+depends?\s+on\s+(${list})${picked}`,
  'giu',
);
/** "The delivery fee depends on the zone and the weight of the parcel." → "Each parcel has …". */
const ofOwner = new RegExp(
  String.raw`^\s*the\s+([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)\s+depends\s+on\s+(${list})\s+of\s+(?:the|a|an|each|every)\s+([\p{L}][\p{L}-]*)${picked}\s*[.!]?\s*$`,
  'iu',
);

/** The sentence with a dependence between values said as a list of the values, if it has one. */
export function dependentValues(sentence: string): string {
  const owned = ofOwner.exec(sentence);
  if (owned !== null)
    return `Each ${owned[3]} has a ${owned[1]}, ${owned[2]!.replace(/\s+and\s+(?=\S+\s*$)/, ' and ')}`;
  return sentence.replace(
    relative,
    (_m, article: string, value: string, others: string) => `has ${article} ${value} and ${others}`,
  );
}
