/**
 * Chat shorthand written out, so that no reader ever takes it for part of a name: "bands n venues"
 * and "title+isbn+year" are lists ("venues_n_gigs" and "title_isbn_year" are not fields), "lessons w
 * date" has a date, "an app 4 my shop" is for the shop, and a trailing "too", "also" or "as well"
 * only repeats that something else is kept ("a city & capacity too" is not `capacity_too`).
 *
 * Each rule needs letters on both sides of the short form, so numbers and units keep their meaning
 * ("4 players", "100 w", "c++", "+44 phone numbers").
 */
const rules: readonly (readonly [RegExp, string])[] = [
  // "n" between two words of two letters or more ("name n level", "a date n a reason"), never "n'"
  // or a count ("top n").
  [
    /(?<=\p{L}{2})(?<!\b(?:top|first|last|next|every|of|per|the|for|to))\s+n\s+(?=\p{L}{2}|an?\s)/giu,
    ' and ',
  ],
  // "title+isbn+year", "date + price": a plus between words joins them.
  [/(?<=\p{L})[ \t]*\+[ \t]*(?=\p{L})/gu, ' and '],
  // "name&email", spaced "&" is written out by the prompt cleaner already.
  [/(?<=\p{L})&(?=\p{L})/gu, ' and '],
  // "lessons w date", "w/o" stays (it means without).
  [/(?<=\p{L}{2})\s+w\s+(?=\p{L}{2})/gu, ' with '],
  // "an app 4 my shop": a 4 before a determiner is "for".
  [/(?<=\p{L})\s+4\s+(?=(?:my|our|the|a|an|his|her|their|your|me|us|tracking)\b)/giu, ' for '],
  // Chat spellings of common words, written out so that no reader takes them for nouns: "need smth
  // that stores…", "track em", "u can", "ur list", "cuz it's late".
  [/\b(?:smth|sth|smthg|somethin)\b/gi, 'something'],
  [/(?<=\p{L}\s)em\b(?!['’-])/giu, 'them'],
  [/(?<=(?:^|\s))u(?=\s+\p{L}{2})/gmu, 'you'],
  [/(?<=(?:^|\s))ur(?=\s+\p{L}{2})/gmu, 'your'],
  [/\b(?:cuz|coz)\b/gi, 'because'],
  // "r" is "are" only after a plural or a pronoun ("setlists r for a gig", "they r"), not a letter ("part r").
  [/(?<=(?:\p{L}{2}s|\bthey|\bwe|\byou)\s)r(?=\s+\p{L}{2})/giu, 'are'],
  [/\bppl\b/gi, 'people'],
  [/\bgonna\b/gi, 'going to'],
  [/\bgotta\b/gi, 'have to'],
  // Politeness fillers never name anything.
  [/\b(?:pls|plz|thx|thanks)\b\s*/gi, ''],
  // "… capacity too", "… as well.": a trailing repetition marker before the end of a clause.
  [/\s+(?:too|also|as well)(?=\s*(?:[.;,!?)\n]|$))/gi, ''],
];

/** The text with chat shorthand written out in full (see the rules above). */
export function expandShorthand(text: string): string {
  let out = text;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out;
}
