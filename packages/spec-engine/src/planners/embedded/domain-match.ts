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
  /** The request's words the domain accounts for. */
  readonly explained: readonly string[];
  /** Every candidate domain with its score and the words it explains, best first. */
  readonly candidates: readonly {
    domain: string;
    score: number;
    words: readonly string[];
    /** Its ambiguous cues that did not count, their qualifier explained by another domain. */
    dismissed: readonly string[];
  }[];
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
  return (
    /^(?:s|es)?[\s-]/.test(text.slice(at + cue.needle.length)) &&
    !isImperative(text, at, cue.cue) &&
    !afterSubject(text, at, cue.cue)
  );
}

/**
 * "we store the score", "members can book", "i want to store": a one-word cue right after a subject
 * pronoun, a modal or "to" is a verb, not the place the request is about.
 */
function afterSubject(text: string, at: number, cue: string): boolean {
  if (cue.includes(' ')) return false;
  const before = /(\S+)\s*$/.exec(text.slice(0, at))?.[1];
  return (
    before !== undefined && /^(?:we|i|you|they|to|can|could|will|would|should|must|may|might)$/.test(before)
  );
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
 * The domain a request is about, chosen on evidence rather than by the order of rules: every domain
 * one of whose cues the text contains is a candidate, scored by how much of the request it explains
 * (see `scoreCues`). One plan asks several times about the same text, so answers are kept.
 */
export function matchDomain(texts: readonly string[]): DomainMatch | undefined {
  const key = texts.join('\u0000');
  if (matches.has(key)) return matches.get(key);
  const match = scoreCues(texts);
  if (matches.size >= 256) matches.clear();
  matches.set(key, match);
  return match;
}

const matches = new Map<string, DomainMatch | undefined>();

/**
 * Words with a sense in several domains: a club of a racket sport is not a team league, a board of
 * jobs is not a forum. Alone they say only that the request is about some such place, so a cue made
 * of them counts when a qualifier agrees (the domain explains another of the request's words), a
 * little when nothing qualifies them ("an app for our club"), and not at all beside a qualifier the
 * domain does not explain ("tennis club" is no evidence for a football league).
 */
export const ambiguousWords = new Set(
  'club board studio center centre shop store service services school academy hall house bar practice agency space office'.split(
    ' ',
  ),
);

/**
 * A cue as the phrase the software is for holds it: "courier service API" is about a courier, the
 * subject reader having dropped the software's word ("service", "system", "app") the cue ends with.
 */
export const placedCue = (cue: string) =>
  cue.replace(/(?:[\s-]+(?:service|services|system|platform|app|site|tool))+$/, '');

/** One cue of a candidate domain found in the request. */
interface Hit {
  readonly cue: string;
  /** Its words that name something (not generic). */
  readonly telling: readonly string[];
  /** It holds an ambiguous word and nothing telling ("club", "dance studio" has dance). */
  readonly ambiguous: boolean;
  /** The word that qualifies it in the request ("tennis" of "tennis club", "sport" of "club de sport"). */
  readonly qualifier: string | undefined;
  /** In the phrase the software is for: one, and a half more at that phrase's head. */
  readonly bonus: number;
  readonly inSubject: boolean;
  readonly at: number;
}

/** The words a candidate explains, by `wordKey`: the word as the request has it, and its weight. */
type Explained = Map<string, { word: string; weight: number }>;

/** What one candidate domain explains of a request. */
interface Candidate {
  readonly domain: KbDomain;
  readonly hits: Hit[];
  /** The knowledge base's order of its first cue, the last tie-break. */
  readonly rank: number;
}

/** The same word in singular and plural, or in the request and its translation, counts once. */
const wordKey = (word: string) => (word.length > 4 ? word.replace(/(?:es|en|s|e|n)$/, '') : word);

/** Determiners and other words that never qualify a place. */
const notQualifiers = new Set(
  'a an the my our your their his her its this that these those some any new small little big local private public community online web internet mobile digital virtual'.split(
    ' ',
  ),
);

/**
 * Scores every candidate domain by how much of the request it explains, and returns the best:
 *
 * - each word of its cues that is not generic counts one ("escape room": escape and room);
 * - each other word of the phrase the software is for that names an entity the domain keeps counts a
 *   half ("bike" beside a repair shop);
 * - its cues made of generic words only ("shop", "reservations") add a half, once: they say what kind
 *   of place it is, not which; one with an ambiguous word ("club", "studio") adds it only when its
 *   qualifier agrees (the domain explains the word that qualifies it), a quarter when nothing qualifies
 *   it, and nothing beside a qualifier the domain does not explain ("tennis club" is no evidence for a
 *   football league);
 * - a cue that counts and lies in the phrase the software is for adds one, and a half more when it
 *   ends at that phrase's head ("tool library", not "library"), once per domain.
 *
 * A word counts once per domain however many of its cues hold it, in however many of the texts (the
 * request and its translation). Ties go to the domain that explains more words, then to the longer
 * cue, then the earlier one, then the knowledge base's order. `find` is a parameter for tests.
 */
export function scoreCues(
  texts: readonly string[],
  find: (sentence: string) => { cue: Cue; at: number }[] = cuesIn,
): DomainMatch | undefined {
  const subject = (subjectWords(texts[0] ?? '') ?? []).map(plain);
  const head = subject.findLastIndex((w) => !genericWords.has(w));
  const candidates = new Map<KbDomain, Candidate>();
  let offset = 0;
  for (const raw of texts) {
    for (const sentence of plain(withoutProperNames(raw.slice(0, 20_000))).split(/[.!?;:\n]+/)) {
      const text = ` ${sentence.replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
      for (const { cue: found, at } of find(text)) {
        const phrase = found.needle.slice(1);
        // "courier service API": the subject reader drops a trailing software word the cue ends with.
        const placed = placedCue(phrase);
        const start = subject.length > 0 ? phraseIndex(subject, placed) : -1;
        const end = start + placed.split(/[\s-]+/).length - 1;
        const inSubject = start >= 0;
        const words = phrase.split(/[\s'-]+/).filter((w) => w.length > 1 && !linkWords.has(w));
        const telling = words.filter((w) => !genericWords.has(w) && !ambiguousWords.has(w));
        let candidate = candidates.get(found.domain);
        if (candidate === undefined) {
          candidate = { domain: found.domain, hits: [], rank: found.rank };
          candidates.set(found.domain, candidate);
        }
        candidate.hits.push({
          cue: found.cue,
          telling,
          ambiguous: telling.length === 0 && words.some((w) => ambiguousWords.has(w)),
          qualifier: qualifierOf(text, at, phrase),
          bonus: (inSubject ? 1 : 0) + (inSubject && start <= head && head <= end ? 0.5 : 0),
          inSubject,
          at: offset + at,
        });
      }
      offset += text.length;
    }
  }
  const explained = new Map([...candidates.values()].map((c) => [c, explainedWords(c, subject)]));
  const explainedByAny = new Set([...explained.values()].flatMap((words) => [...words.keys()]));
  const scored = [...candidates.values()].map((candidate) =>
    settle(candidate, explained.get(candidate)!, explainedByAny),
  );
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      b.words.length - a.words.length ||
      b.hit.cue.length - a.hit.cue.length ||
      a.hit.at - b.hit.at ||
      a.candidate.rank - b.candidate.rank,
  );
  const best = scored[0];
  if (best === undefined || best.score <= 0) return undefined;
  return {
    domain: best.candidate.domain,
    cue: best.hit.cue,
    inSubject: best.hit.inSubject,
    score: best.score,
    explained: best.words,
    candidates: scored.map((s) => ({
      domain: s.candidate.domain.id,
      score: s.score,
      words: s.words,
      dismissed: [...new Set(s.dismissed)],
    })),
  };
}

/**
 * The content word that qualifies a cue where it stands: the one before it ("tennis club", "sports
 * club"), or the one after "de"/"of" ("club de tennis"); undefined when none does ("our club").
 */
function qualifierOf(text: string, at: number, phrase: string): string | undefined {
  const before = text.slice(0, at).trim().split(' ').at(-1) ?? '';
  if (
    isContentWord(before) &&
    !notQualifiers.has(before) &&
    !linkWords.has(before) &&
    !genericWords.has(before)
  )
    return before;
  const after = text
    .slice(at + phrase.length + 1)
    .trim()
    .split(' ')
    .slice(0, 3);
  if (after.length >= 2 && /^(?:de|del|du|des|d|of|für|fur)$/.test(after[0]!)) {
    const word = linkWords.has(after[1]!) ? after[2] : after[1];
    if (word !== undefined && isContentWord(word) && !genericWords.has(word)) return word;
  }
  return undefined;
}

/** The words a candidate's cues and kept things explain, each with its weight. */
function explainedWords(candidate: Candidate, subject: readonly string[]): Explained {
  const explained: Explained = new Map();
  for (const hit of candidate.hits)
    for (const word of hit.telling)
      if (!explained.has(wordKey(word))) explained.set(wordKey(word), { word, weight: 1 });
  keptThings(subject, explained, candidate.domain);
  return explained;
}

/**
 * A candidate's score once what every candidate explains is known: an ambiguous cue's qualifier
 * agrees when this domain explains it, disagrees when another does, and says nothing either way when
 * none does ("t-shirt shop" is still a shop).
 */
function settle(candidate: Candidate, explained: Explained, explainedByAny: ReadonlySet<string>) {
  const { hits } = candidate;
  const weightOf = (hit: Hit) => {
    if (hit.telling.length > 0) return hit.telling.length;
    if (!hit.ambiguous) return 0.5;
    const qualifier = hit.qualifier === undefined ? undefined : wordKey(hit.qualifier);
    if (qualifier !== undefined && explained.has(qualifier)) return 0.5;
    if (qualifier !== undefined && explainedByAny.has(qualifier)) return 0;
    return explained.size > 0 ? 0.5 : 0.25;
  };
  const weights = hits.map(weightOf);
  const generic = Math.max(0, ...hits.map((h, i) => (h.telling.length === 0 ? weights[i]! : 0)));
  // A cue said without a qualifier that agrees ("drive school" read for a Fahrschule) places nothing.
  const counting = hits.filter((_, i) => weights[i]! >= 0.5);
  const bonus = Math.max(0, ...counting.map((h) => h.bonus));
  const evidence = [...explained.values()].reduce((sum, w) => sum + w.weight, 0) + generic;
  const score = evidence > 0 ? evidence + bonus : 0;
  // The cue the domain is named by: its best placed and most telling, then the longest, the first.
  const order = hits
    .map((hit, i) => ({ hit, value: weights[i]! + (weights[i]! >= 0.5 ? hit.bonus : 0) }))
    .sort((a, b) => b.value - a.value || b.hit.cue.length - a.hit.cue.length || a.hit.at - b.hit.at);
  const hit = order[0]!.hit;
  const genericWord = hits.find((h, i) => h.telling.length === 0 && weights[i] === generic && generic > 0);
  const words = [...explained.values()]
    .map((w) => w.word)
    .concat(genericWord === undefined ? [] : [genericWord.cue]);
  // Ambiguous cues whose qualifier disagrees, for the assumption that says why they lost.
  const dismissed = hits.filter((h, i) => h.ambiguous && weights[i] === 0).map((h) => h.cue);
  return { candidate, score, words, hit, dismissed };
}

/** A word that could qualify a place: letters, not a stray one or two. */
const isContentWord = (word: string) => /^\p{L}{3,}$/u.test(word);

/** Words of the subject its cues do not explain that name an entity the domain keeps or proposes: a half each. */
function keptThings(subject: readonly string[], explained: Explained, domain: KbDomain): void {
  const kb = knowledgeBase();
  for (const word of subject) {
    if (explained.has(wordKey(word)) || genericWords.has(word)) continue;
    const entity = [word, word.replace(/s$/, ''), word.replace(/es$/, '')]
      .map((w) => kb.entityFor(w, domain.id))
      .find((e) => e !== undefined);
    if (entity !== undefined && (entity.domain === domain.id || domain.core.includes(entity.name)))
      explained.set(wordKey(word), { word, weight: 0.5 });
  }
}

/**
 * The assumption that says which domain was chosen and on what evidence, with the runners-up:
 * `chose racket_club for "tennis club" (3.5) over sports (0: "club")`.
 */
export function describeChoice(match: DomainMatch): string {
  const others = match.candidates.slice(1, 4).map((c) => {
    const why = [
      ...(c.words.length > 0 ? [`"${c.words.join(' ')}"`] : []),
      ...c.dismissed.map((cue) => `"${cue}" qualified otherwise`),
    ];
    return `${c.domain} (${round(c.score)}${why.length > 0 ? `: ${why.join(', ')}` : ''})`;
  });
  return `chose ${match.domain.id} for "${match.explained.join(' ')}" (${round(match.score)})${others.length > 0 ? ` over ${others.join(', ')}` : ''}`;
}

const round = (n: number) => String(Math.round(n * 100) / 100);

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
