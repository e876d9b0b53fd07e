/** A sentence of a line as offsets; `end` includes the ender when the sentence has one. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  /** Whether the sentence stops at an ender (not at the end of the line). */
  readonly ended: boolean;
}

/**
 * Where the sentences of a line end: at a character `enders` matches, followed by a space or the
 * line's end, outside parentheses — so "(e.g. a list)", "v2.1" and "3.5 kg" stay whole. Blank
 * sentences are left out.
 */
export function sentenceSpans(line: string, enders: RegExp): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && enders.test(c) && (i + 1 === line.length || /\s/.test(line[i + 1]!))) {
      spans.push({ start, end: i + 1, ended: true });
      start = i + 1;
    }
  }
  spans.push({ start, end: line.length, ended: false });
  return spans.filter((s) => line.slice(s.start, s.ended ? s.end - 1 : s.end).trim() !== '');
}
