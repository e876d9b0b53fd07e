/**
 * Names of particular places, businesses and works inside a sentence ("our Hotel California cover
 * band", "the Rose Garden tennis club"): runs of two or more capitalised words that neither open the
 * sentence nor belong to a title written in title case. Their words say nothing about the kind of
 * application, so domain cues and subjects are looked for without them.
 */
export function withoutProperNames(text: string): string {
  return text.replace(/[^.!?;:\n]+/g, (sentence) => {
    const words = sentence.match(/\p{L}[\p{L}'-]*/gu) ?? [];
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    // "Dental Clinic API": a title in title case names the application itself.
    if (words.length === 0 || capitalised * 2 > words.length) return sentence;
    const first = /\p{L}/u.exec(sentence)?.index ?? 0;
    return sentence.replace(/\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)+/gu, (run: string, at: number) =>
      at === first ? run : ' '.repeat(run.length),
    );
  });
}
