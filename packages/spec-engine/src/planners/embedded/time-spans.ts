/**
 * A span of time said as its two ends: "for a start and end time", "from a start time to an end
 * time", "from a start to an end date", "between a start and an end date". The two ends share the
 * head noun written after the second, so neither is said on its own; read as two values of the thing
 * the words are about. A span of clock times is two moments (`starts at`, `ends at`, date and time),
 * a span of dates two dates (`start date`, `end date`), as a field list names them.
 */
const start = String.raw`(?:start|starting|begin|beginning)`;
const end = String.raw`(?:end|ending|finish|finishing)`;
const head = String.raw`(time|hour|date|day)s?`;
const article = String.raw`(?:(?:a|an|the|its|their)\s+)?`;
const span = new RegExp(
  String.raw`\b(?:for|from|between|with|at|on)\s+${article}${start}(?:\s+${head})?\s+(?:and|to|until|till|-)\s+${article}${end}\s+${head}\b`,
  'i',
);

/** A span's words as written and the texts of its two fields ("starts at", "ends at"). */
export interface TimeSpan {
  readonly words: string;
  readonly fields: readonly [string, string];
}

/** The span of time the words give, if any. */
export function timeSpan(text: string): TimeSpan | undefined {
  const m = span.exec(text);
  if (m === null) return undefined;
  const [first, second] = [m[1], m[2]];
  if (first !== undefined && first.toLowerCase() !== second!.toLowerCase()) return undefined;
  return {
    words: m[0],
    fields: /^da/i.test(second!) ? ['start date', 'end date'] : ['starts at', 'ends at'],
  };
}

/**
 * Verbs by which a thing itself lasts or happens over a time: "each tournament runs from a start date
 * to an end date", "workshops take place between a start and an end time", "offers are valid from …".
 */
const lastingVerb = String.raw`(?:(?:usually|always|often|normally)\s+)?(?:runs?|ran|lasts?|takes?\s+place|goes|go|happens?|(?:is|are)\s+(?:open|held|on|scheduled|planned|valid|active|available|running))`;
const lastingSubject = new RegExp(
  String.raw`^((?:(?:each|every|the|our|all|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+${lastingVerb}\s+(?=(?:for|from|between)\s)`,
  'i',
);

/**
 * A sentence whose subject lasts over a span its words give, said as what the subject has: "each
 * tournament runs from a start date to an end date" reads as "each tournament has a start date and an
 * end date", so the sentence's own subject keeps both ends. Acts on another thing ("members reserve
 * courts for a start and end time") are left to the act's record.
 */
export function withSpansOfSubjects(sentence: string): string {
  const subject = lastingSubject.exec(sentence);
  if (subject === null) return sentence;
  const rest = sentence.slice(subject[0].length);
  const span = timeSpan(rest);
  if (span === undefined || !rest.toLowerCase().startsWith(span.words.toLowerCase())) return sentence;
  const has = /^(?:(?:each|every|a|an)\s+)/i.test(subject[1]!) || !/s$/i.test(subject[1]!) ? 'has' : 'have';
  return `${subject[1]} ${has} a ${span.fields[0]} and an ${span.fields[1]}${rest.slice(span.words.length)}`;
}
