import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { analyse, singularOf } from './nlp.js';

/**
 * Nouns for a part of a thing by where it is: "a front and back side" is a front and a back, as the
 * modifier alone already says.
 */
const positionParts = new Set(['side', 'half', 'part', 'edge', 'face']);

/** Parts of speech that end a noun phrase rather than modify its head. */
const notModifiers = new Set(['DET', 'PRON', 'AUX', 'ADP', 'NUM', 'CCONJ', 'SCONJ', 'PART', 'PUNCT']);

/**
 * "a departure and arrival port", "the source and target language", "a home and away team": one
 * article, two modifiers and the singular noun after the second, which both share, so each item is a
 * value of its own (departure port, arrival port) and, where the noun is a resource, a link of its own.
 * Read so only where neither modifier is a value or a thing on its own, which keeps "a title and cover
 * image" and "a driver and delivery van" two different things. Plural heads ("the start and end
 * dates") are read by the list splitter itself.
 */
export function distributeSingularHead(items: readonly string[]): string[] {
  const out = [...items];
  for (let i = 0; i + 1 < out.length; i++) {
    const first = /^(a|an|the)\s+([a-z][a-z-]*)$/i.exec(out[i]!.trim());
    const second = /^([a-z][a-z-]*)\s+([a-z][a-z-]*)$/i.exec(out[i + 1]!.trim());
    if (first === null || second === null) continue;
    const [modifier, other, head] = [first[2]!, second[1]!, second[2]!].map((w) => w.toLowerCase());
    if (
      singularOf(head!) !== head ||
      positionParts.has(head!) ||
      !modifiesOnly(modifier!) ||
      !modifiesOnly(other!)
    )
      continue;
    const tags = analyse(`${first[1]!} ${modifier!} and ${other!} ${head!}`);
    if (tags.slice(1).some((w, k) => k !== 1 && notModifiers.has(w.pos))) continue;
    out[i] = `${first[1]!} ${modifier!} ${head!}`;
    out[i + 1] = `${other!} ${head!}`;
  }
  return out;
}

/** A word that is neither a value, a thing the knowledge base knows by that name, nor a plural. */
function modifiesOnly(word: string): boolean {
  const kb = knowledgeBase();
  return kb.fieldWord(word) === undefined && kb.entity(word) === undefined && singularOf(word) === word;
}
