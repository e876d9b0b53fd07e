/**
 * "classes take place on a date in a room", "each meetup happens at one venue": verbs by which an
 * occasion is held somewhere or at some time say what "is held" says, which the field and link readers
 * read ("matches are held on a date at a venue" gives a date and a venue). Only before a preposition
 * and an article, where the verb places the occasion ("what happens to a parcel" is left alone).
 */
const occasionVerb =
  /\b(?:(takes|took)\s+place|(take)\s+place|(happens|happened|occurs|occurred)|(happen|occur))\s+(?=(?:on|in|at|from|between|during)\s+(?:a|an|the|one|each|every|their|its)\b)/gi;

/** The sentence with each verb that places an occasion said as "is held" or "are held". */
export function withOccasionsHeld(sentence: string): string {
  if (!/\b(?:place|happen|occur)/i.test(sentence)) return sentence;
  // The first and third groups are the singular forms ("takes place", "happens"), the others plural.
  return sentence.replace(occasionVerb, (_whole, takes?: string, _take?: string, happens?: string) =>
    takes !== undefined || happens !== undefined ? 'is held ' : 'are held ',
  );
}
