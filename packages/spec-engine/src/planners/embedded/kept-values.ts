/**
 * What a request keeps of each thing, said in the passive or with "of each", put as the active
 * sentence the clause reader reads ("for each match we store the score"):
 *
 * - "For each test the outcome is stored." / "The outcome is stored for each test."
 * - "The score of each match is recorded."
 * - "We need to track the score of each match."
 */

/** Verbs of keeping, by the participle the passive uses. */
const keeping: Readonly<Record<string, string>> = {
  stored: 'store',
  kept: 'keep',
  recorded: 'record',
  saved: 'save',
  tracked: 'track',
  noted: 'note',
  logged: 'log',
};
const participle = `(${Object.keys(keeping).join('|')})`;
const verb = `(${Object.values(keeping).join('|')})`;
/** The thing each value belongs to: one to three words. */
const thing = String.raw`((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)`;
const each = String.raw`(?:each|every)`;
const passive = String.raw`\s+(?:is|are)\s+(?:also\s+)?${participle}`;

/** A sentence's opening words moved after its verb: "The score" is "the score" there. */
const moved = (words: string) =>
  words.replace(/^(?:The|A|An|Our|Their|Its|Each|Every)\b/, (d) => d.toLowerCase());

const shapes: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [
    new RegExp(String.raw`^for\s+${each}\s+${thing},?\s+(.+?)${passive}$`, 'iu'),
    (m) => `For each ${m[1]} we ${keeping[m[3]!.toLowerCase()]} ${m[2]}`,
  ],
  [
    new RegExp(String.raw`^(.+?)${passive}\s+(?:for|per|of|on)\s+${each}\s+${thing}$`, 'iu'),
    (m) => `For each ${m[3]} we ${keeping[m[2]!.toLowerCase()]} ${moved(m[1]!)}`,
  ],
  [
    new RegExp(String.raw`^(.+?)\s+of\s+${each}\s+${thing}${passive}$`, 'iu'),
    (m) => `For each ${m[2]} we ${keeping[m[3]!.toLowerCase()]} ${moved(m[1]!)}`,
  ],
  [
    new RegExp(
      String.raw`^(we|i)\s+((?:(?:also\s+)?(?:need|want|have|would like)\s+to\s+)?)${verb}\s+(.+?)\s+(?:of|for)\s+${each}\s+${thing}$`,
      'iu',
    ),
    (m) => `For each ${m[5]} ${m[1]} ${m[2]}${m[3]} ${m[4]}`,
  ],
];

/** The request with each such sentence put in the active voice; every other sentence as it was. */
export function activeKeeping(text: string): string {
  return text.replace(/[^.!?\n]+/g, (sentence) => {
    const lead = /^\s*/.exec(sentence)![0];
    const body = sentence.trim();
    if (body.length > 300) return sentence;
    for (const [shape, rewrite] of shapes) {
      const match = shape.exec(body);
      // "the assignments that students submit for each course" names things, not values.
      if (match !== null && !/\b(?:that|which|who|whom|whose)\b/i.test(match[0]))
        return `${lead}${rewrite(match)}`;
    }
    return sentence;
  });
}
