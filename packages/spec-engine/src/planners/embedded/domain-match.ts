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

/** A cue of some domain, as the text is searched for it: ` <cue>`, lower case and without accents. */
interface Cue {
  readonly domain: KbDomain;
  readonly cue: string;
  readonly needle: string;
  /** Its place in the knowledge base's order, which breaks ties between equal cues. */
  readonly rank: number;
}

let cueList: Cue[] | undefined;
/** Cues by their first run of letters or digits ("coffee" for "coffee shop", "to" for "to-do"). */
let cueIndex: Map<string, Cue[]> | undefined;
const specificities = new Map<Cue, number>();

/**
 * How much a cue says: one per word that names something, half when all its words are generic.
 * Worked out for the cues a request contains only, once each.
 */
function specificity(cue: Cue): number {
  let value = specificities.get(cue);
  if (value === undefined) {
    const words = cue.needle.split(/[\s'-]+/).filter((w) => w.length > 0 && !linkWords.has(w));
    const telling = words.filter((w) => !genericWords.has(w)).length;
    value = telling > 0 ? telling : 0.5;
    specificities.set(cue, value);
  }
  return value;
}

/** Cue data is lower case already; only accented or curly-quoted cues need `plain`'s full work. */
const plainCue = (cue: string) => (/^[\x20-\x5f\x61-\x7e]*$/.test(cue) ? cue.toLowerCase() : plain(cue));

/** Every cue of every domain and language, in the knowledge base's order. */
export function cues(): readonly Cue[] {
  if (cueList !== undefined) return cueList;
  cueList = [];
  for (const domain of knowledgeBase().domains)
    for (const list of Object.values(domain.cues))
      for (const cue of list)
        cueList.push({ domain, cue, needle: ` ${plainCue(cue)}`, rank: cueList.length });
  return cueList;
}

const leadingRun = (text: string, from: number) => /^[\p{L}\p{N}]*/u.exec(text.slice(from, from + 64))![0];

function indexedCues(): Map<string, Cue[]> {
  if (cueIndex !== undefined) return cueIndex;
  cueIndex = new Map();
  for (const cue of cues()) {
    const key = leadingRun(cue.needle, 1);
    const bucket = cueIndex.get(key);
    if (bucket === undefined) cueIndex.set(key, [cue]);
    else bucket.push(cue);
  }
  return cueIndex;
}

/**
 * Whether a cue found at `at` is one: it may be followed by a plural ending or be the head of a
 * compound ("bookstores", "bug-tracker"), and is not a verb said as an order ("Store sensor readings").
 */
function isCueAt(text: string, at: number, cue: Cue): boolean {
  return /^(?:s|es)?[\s-]/.test(text.slice(at + cue.needle.length)) && !isImperative(text, at, cue.cue);
}

/**
 * The cues a sentence (` words `, single spaces) contains, each at its first place, in the knowledge
 * base's order. Only the cues that start with one of the sentence's words are tried: a sentence's
 * dozen words look up a few cues each instead of testing all of them.
 */
export function cuesIn(text: string): { cue: Cue; at: number }[] {
  const index = indexedCues();
  const found = new Map<Cue, number>();
  for (let at = 0; at < text.length - 1; at = text.indexOf(' ', at + 1)) {
    if (at < 0) break;
    const run = leadingRun(text, at + 1);
    if (run === '') continue;
    // A one-word cue may be followed by a plural ending: "shops" is looked up as "shop" too.
    const keys = new Set([run, run.replace(/s$/, ''), run.replace(/es$/, '')]);
    for (const key of keys)
      for (const cue of index.get(key) ?? [])
        if (!found.has(cue) && text.startsWith(cue.needle, at) && isCueAt(text, at, cue)) found.set(cue, at);
  }
  return [...found].map(([cue, at]) => ({ cue, at })).sort((a, b) => a.cue.rank - b.cue.rank);
}

/** The same as `cuesIn` by testing every cue: the reference the index must agree with. */
export function cuesInLinear(text: string): { cue: Cue; at: number }[] {
  const hits: { cue: Cue; at: number }[] = [];
  for (const cue of cues()) {
    let at = text.indexOf(cue.needle);
    while (at >= 0 && !isCueAt(text, at, cue)) at = text.indexOf(cue.needle, at + 1);
    if (at >= 0) hits.push({ cue, at });
  }
  return hits;
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

/** Scores the cues `find` gives for each sentence (exported with the finder as a parameter for tests). */
export function scoreCues(
  texts: readonly string[],
  find: (sentence: string) => { cue: Cue; at: number }[] = cuesIn,
): DomainMatch | undefined {
  const subject = (subjectWords(texts[0] ?? '') ?? []).map(plain);
  // The head of "escape room business" is "room": generic words after it say what kind of place it is.
  const head = subject.findLastIndex((w) => !genericWords.has(w));
  let best: (DomainMatch & { at: number }) | undefined;
  let offset = 0;
  for (const raw of texts) {
    for (const sentence of plain(withoutProperNames(raw.slice(0, 20_000))).split(/[.!?;:\n]+/)) {
      const text = ` ${sentence.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
      for (const { cue: found, at } of find(text)) {
        const { domain, cue } = found;
        const words = found.needle.slice(1);
        const start = subject.length > 0 ? phraseIndex(subject, words) : -1;
        const end = start + words.split(/[\s-]+/).length - 1;
        const inSubject = start >= 0;
        const score =
          specificity(found) +
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
