import { knowledgeBase, type KbDomain } from '../../knowledge/knowledge-base.js';
import { plain } from './language.js';
import { analyse, isPluralNoun } from './nlp.js';
import { withoutProperNames } from './proper-names.js';
import { phraseIndex, subjectWords } from './subject.js';

/** The domain a request names, the cue that named it, and whether the cue is in what the request is about. */
export interface DomainMatch {
  readonly domain: KbDomain;
  readonly cue: string;
  /** The cue's words are in the phrase the software is for ("a backend for my bike repair shop"). */
  readonly inSubject: boolean;
  readonly score: number;
}

/**
 * Words that say what kind of place or software something is, not what it keeps: "business", "shop",
 * "salon" alone say less than "escape room" or "dog grooming" beside them.
 */
export const genericWords = new Set(
  'app application api backend business company firm shop store boutique club salon studio school academy agency service services center centre facility workshop hobby hobbies system management manager booking bookings reservation reservations rental rentals hire tracker tracking planner platform site online log list inventory practice office place house hall'.split(
    ' ',
  ),
);
/** Articles and prepositions inside foreign cues ("salle de sport", "escuela de surf") name nothing. */
const linkWords = new Set(
  'de du des la le les el los las del d l à au aux of the für der die das den dem'.split(' '),
);

let cueList: { domain: KbDomain; cue: string; needle: string; specificity: number }[] | undefined;

/** How much a cue says: one per word that names something, half when all its words are generic. */
function specificity(cue: string): number {
  const words = cue.split(/[\s'-]+/).filter((w) => w.length > 0 && !linkWords.has(w));
  const telling = words.filter((w) => !genericWords.has(w)).length;
  return telling > 0 ? telling : 0.5;
}

function cues(): { domain: KbDomain; cue: string; needle: string; specificity: number }[] {
  cueList ??= knowledgeBase().domains.flatMap((domain) =>
    Object.values(domain.cues).flatMap((list) =>
      list.map((cue) => ({ domain, cue, needle: ` ${plain(cue)}`, specificity: specificity(plain(cue)) })),
    ),
  );
  return cueList;
}

/**
 * The domain a request is about, chosen on evidence rather than by the order of rules: every cue the
 * text contains is a candidate, scored by how much it says (its words that are not generic), whether
 * it lies in the phrase the software is for and ends at that phrase's head ("tool library", not
 * "library"), and how many other words of that phrase name things the domain keeps ("bike" for a bike
 * repair shop). Ties go to the longer cue, then the earlier one.
 */
export function matchDomain(texts: readonly string[]): DomainMatch | undefined {
  // One plan asks several times about the same text (proposal, completion, naming).
  const key = texts.join('\u0000');
  if (matches.has(key)) return matches.get(key);
  const match = scoreCues(texts);
  if (matches.size >= 256) matches.clear();
  matches.set(key, match);
  return match;
}

const matches = new Map<string, DomainMatch | undefined>();

function scoreCues(texts: readonly string[]): DomainMatch | undefined {
  const subject = (subjectWords(texts[0] ?? '') ?? []).map(plain);
  // The head of "escape room business" is "room": generic words after it say what kind of place it is.
  const head = subject.findLastIndex((w) => !genericWords.has(w));
  let best: (DomainMatch & { at: number }) | undefined;
  let offset = 0;
  for (const raw of texts) {
    for (const sentence of plain(withoutProperNames(raw.slice(0, 20_000))).split(/[.!?;:\n]+/)) {
      const text = ` ${sentence.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
      for (const { domain, cue, needle, specificity } of cues()) {
        let at = text.indexOf(needle);
        // A cue may be followed by a plural ending or be the head of a compound ("bookstores", "bug-tracker").
        while (
          at >= 0 &&
          (!/^(?:s|es)?[\s-]/.test(text.slice(at + needle.length)) || isImperative(text, at, cue))
        )
          at = text.indexOf(needle, at + 1);
        if (at < 0) continue;
        const start = subject.length > 0 ? phraseIndex(subject, plain(cue)) : -1;
        const end = start + plain(cue).split(/[\s-]+/).length - 1;
        const inSubject = start >= 0;
        const score =
          specificity +
          (inSubject ? 1 : 0) +
          (inSubject && start <= head && head <= end ? 0.5 : 0) +
          0.5 * keptThings(subject, start, end, domain);
        const candidate = { domain, cue, inSubject, score, at: offset + at };
        if (
          best === undefined ||
          score > best.score ||
          (score === best.score &&
            (cue.length > best.cue.length || (cue.length === best.cue.length && candidate.at < best.at)))
        )
          best = candidate;
      }
      offset += text.length;
    }
  }
  if (best === undefined) return undefined;
  const { at: _at, ...match } = best;
  return match;
}

/** Words of the subject outside the cue that name an entity the domain keeps or proposes. */
function keptThings(subject: readonly string[], start: number, end: number, domain: KbDomain): number {
  const kb = knowledgeBase();
  let count = 0;
  subject.forEach((word, i) => {
    if ((start >= 0 && i >= start && i <= end) || genericWords.has(word)) return;
    const entity = [word, word.replace(/s$/, ''), word.replace(/es$/, '')]
      .map((w) => kb.entityFor(w, domain.id))
      .find((e) => e !== undefined);
    if (entity !== undefined && (entity.domain === domain.id || domain.core.includes(entity.name))) count++;
  });
  return count;
}

/**
 * "Store sensor readings", "Book a room": a one-word cue opening a sentence, followed by a determiner
 * or a plural noun (its object), may be its verb said as an order; it is when the English model reads
 * it as a verb after a subject ("we store sensor readings"). "School management system" is a name.
 */
function isImperative(text: string, at: number, cue: string): boolean {
  if (at !== 0 || cue.includes(' ')) return false;
  // Its object: a determiner, or a plural noun within a short compound ("sensor readings").
  const next = text
    .slice(cue.length + 1)
    .trim()
    .split(' ')
    .slice(0, 3);
  const object = next.findIndex(
    (w) => /^(?:a|an|the|my|our|your|their|all|some|every|each|new)$/.test(w) || isPluralNoun(w),
  );
  if (object < 0 || next.slice(0, object).some((w) => /^(?:with|for|of|in|on|at|to|and|or)$/.test(w)))
    return false;
  return analyse(`we ${text.trim()}`)[1]?.pos === 'VERB';
}
