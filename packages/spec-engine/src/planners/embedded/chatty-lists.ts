import { nounPhrase } from './mentions.js';

// People chatting say what they keep in shapes the readers know under other words: "keep track of my
// bottles: …" is "track bottles: …", "our bakery needs orders tracked: …" is "we track orders: …",
// and "…, for each one the name, who made it" is "each piece has the name, who made it". One line is
// rewritten into those plain shapes before it is split into sentences; nothing else changes.

/** "wanna", "gotta": a wish or a need written as one word. */
const contractedWishes: readonly (readonly [RegExp, string])[] = [
  [/\bwanna\b/gi, 'want to'],
  [/\bgotta\b/gi, 'have to'],
];

/** "keep track of", "keep a record of", "keep a log of", "make a note of": a verb of keeping. */
const keepingIdiom = /\b(?:keep(?:s|ing)?|make|makes)\s+(?:a\s+)?(?:track|record|log|note|list)s?\s+of\b/gi;

/** "needs orders tracked:", "want my plants logged:" — the things to keep, then the participle. */
const keptThings =
  /\b(need|want)(s?)\s+((?:(?:my|our|the|all|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s+(?:tracked|stored|recorded|kept|logged|managed|saved)(?=\s*:)/gi;

/** "for each one the name", "for every camera: the brand": a list of what each one holds, without a verb. */
const forEachList =
  /(^|[,;.!?]\s*|\band\s+)for\s+(?:each|every)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*[,:]?\s+(?=(?:the|a|an|its|their|his|her)\s)/gi;

/** The last plural noun written before `at` ("pieces" in "i track pieces, for each one"). */
function lastPlural(text: string, at: number): string | undefined {
  const words = text.slice(0, at).match(/[a-z][\w-]*/gi) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const phrase = nounPhrase(words[i]!);
    if (phrase?.writtenPlural === true) return phrase.key.replaceAll('_', ' ');
  }
  return undefined;
}

export function plainListShapes(line: string): string {
  let text = line;
  for (const [pattern, plain] of contractedWishes) text = text.replace(pattern, plain);
  text = text
    .replace(keepingIdiom, 'track')
    // "we track": the clause's own subject ("our bakery") may read as part of a compound with "tracks".
    .replace(keptThings, (_whole, _verb: string, _s: string, things: string) => `we track ${things}`);
  return text.replace(forEachList, (whole, lead: string, noun: string, at: number) => {
    const thing = /^(?:one|of them|item|entry)$/i.test(noun) ? lastPlural(text, at) : nounPhrase(noun)?.key;
    if (thing === undefined) return whole;
    // A new sentence: what came before says what is kept, this says what each one holds.
    return `${lead.trim() === '' || /[.!?]/.test(lead) ? lead : '; '}each ${thing.replaceAll('_', ' ')} has `;
  });
}
