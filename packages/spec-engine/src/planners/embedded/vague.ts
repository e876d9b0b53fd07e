import { knowledgeBase, type KbDomain } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import { fromKnowledge, joinPairs, kbEntityFor, proposeDomain, userNameFor } from './completion.js';
import { describeChoice, genericWords, matchDomain, placedCue, type DomainMatch } from './domain-match.js';
import type { EntityDraft, Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase } from './mentions.js';
import { plain } from './language.js';
import { analyse, isKnownWord } from './nlp.js';
import { phraseIndex, subjectWords } from './subject.js';
import { escapeRegExp, withArticle } from './words.js';
import { heldThings, proposeHeld, terseWords } from './held-things.js';
import { readTrackedThings } from './tracked-things.js';

/** Words of making or keeping, never the thing kept ("tracking", "booking" stays: it is a record). */
const doing =
  /^(?:tracking|tracker|management|manager|managing|keeping|logging|logger|log|planning|planner|organi[sz]er|organi[sz]ing|handling|running|hobby|business|company|side|project)$/;

/** The words of a phrase that name things: nouns, with activities and words of making left out. */
function thingWords(words: readonly string[]): string[] {
  const tagged = analyse(words.join(' '));
  if (tagged.length !== words.length) return words.filter((w) => !doing.test(w));
  return words.filter((w, i) => {
    if (doing.test(w)) return false;
    // "x", "foo", "asdf": a word English does not know names nothing, unless the knowledge base does.
    if (kbEntityFor({ key: w } as EntityDraft) === undefined && (w.length < 3 || !isKnownWord(w)))
      return false;
    const pos = tagged[i]!.pos;
    // "beekeeping", "crowdfunding": an activity is not a record, unless the knowledge base keeps it.
    if (/ing$/.test(w) && kbEntityFor({ key: w } as EntityDraft) === undefined) return false;
    return pos === 'NOUN' || pos === 'PROPN';
  });
}

/**
 * Proposes resources for a request that names none: the usual core of the domain it names; the
 * things its own words name when they say more than the domain ("a bike repair shop" keeps bikes and
 * repairs, not a shop's products); or, for a domain the knowledge base lacks, its head nouns. A noun
 * compound names a record and the thing it belongs to ("room bookings": each booking is for a room).
 * The domain is the best scored of the cues the request contains (see matchDomain). A chatty
 * request's thing kept track of, with the values it lists, comes first; named alone, last
 * (tracked-things.ts). Returns false when the request names nothing to keep.
 */
export function proposeVague(reading: Reading, texts: readonly string[], assumptions: Assumption[]): boolean {
  const text = texts[0] ?? '';
  return (
    readTrackedThings(reading, text, assumptions, true) ||
    proposeNamed(reading, texts, assumptions) ||
    readTrackedThings(reading, text, assumptions, false)
  );
}

function proposeNamed(reading: Reading, texts: readonly string[], assumptions: Assumption[]): boolean {
  const words = subjectWords(texts[0] ?? '');
  const match = matchDomain(texts);
  const proposeMatched = () => {
    if (match === undefined) return false;
    noteChoice(match, assumptions);
    proposeDomain(reading, match.domain, assumptions, words?.join(' '), match.cue);
    return reading.entities.size > 0;
  };
  // "wine cellar", "coin collection": the things kept are the resources, not the cellar or a shop's core.
  const terse = words ?? terseWords(texts[0] ?? '');
  const held = terse === undefined ? undefined : heldThings(terse, match);
  if (held !== undefined && proposeHeld(reading, held, assumptions).length > 0) return true;
  if (words === undefined) return proposeMatched();
  const cueStart = match?.inSubject === true ? phraseIndex(words.map(plain), plain(match.cue)) : -1;
  const modifiers = withoutPlaceWords(
    thingWords(cueStart >= 0 ? withoutLocality(words.slice(0, cueStart)) : words),
  );
  // "a lost and found app for our office": a domain named elsewhere says more than a place it is for.
  if (
    modifiers.length === 0 ||
    (match !== undefined && cueStart < 0 && modifiers.every((w) => !knownThing(w)))
  )
    return proposeMatched();
  const named = addNamed(reading, modifiers, words.join(' '), assumptions);
  // "Title: url shortener": words that all name values name no resource; the domain's usual ones stand.
  if (named.length === 0) return proposeMatched();
  if (match !== undefined && cueStart >= 0) {
    noteChoice(match, assumptions);
    addUsualCore(reading, named, match.domain, assumptions);
  }
  return reading.entities.size > 0;
}

/**
 * Words for the place a business is run from, or the body a hobby is run by ("society", "guild"),
 * never a record it keeps.
 */
const placeWords = new Set(
  'centre center centres centers workshop workshops studio studios shop shops store stores hall halls house office offices place premises facility facilities academy school schools club clubs agency company firm business salon parlour parlor yard society societies association associations guild guilds circle circles'.split(
    ' ',
  ),
);

/**
 * "a falconry centre", "a luthier workshop": where the knowledge base knows no such business, the
 * place the request is for is not one of its resources; the other words are. A request made only of
 * such words keeps them, as the knowledge base cannot say more.
 */
function withoutPlaceWords(words: string[]): string[] {
  const kept = words.filter((w) => !placeWords.has(w));
  return kept.length > 0 ? kept : words;
}

/**
 * "the village archery club", "our parish choir": before a business the knowledge base knows, a word
 * for where it is or whom it serves says which one it is, not a record it keeps.
 */
const localityWords = new Set(
  'village villages town towns city cities parish county neighbourhood neighborhood district borough region community campus university college family'.split(
    ' ',
  ),
);

function withoutLocality(words: readonly string[]): string[] {
  return words.filter((w) => !localityWords.has(w.toLowerCase()));
}

/** Says once which domain a proposal comes from, on what evidence, and what it was chosen over. */
function noteChoice(match: DomainMatch, assumptions: Assumption[]): void {
  const text = describeChoice(match);
  if (!assumptions.some((a) => a.path === 'design' && a.text === text))
    assumptions.push({ path: 'design', text });
}

const knownThing = (word: string) => kbEntityFor({ key: word } as EntityDraft) !== undefined;

/** Resources named by the request's own words, each later one in a compound belonging to the one before. */
function addNamed(
  reading: Reading,
  words: readonly string[],
  subject: string,
  assumptions: Assumption[],
): EntityDraft[] {
  const named: EntityDraft[] = [];
  for (const word of words) {
    const phrase = nounPhrase(word);
    if (phrase === undefined || isFieldWord(phrase)) continue;
    const entity = addEntity(reading, phrase, reading.entities.size);
    if (named.includes(entity)) continue;
    named.push(entity);
    assumptions.push({
      path: entity.key,
      text: `proposed ${entity.plural.replaceAll('_', ' ')}: the request is about "${subject}" and names no resources`,
    });
  }
  for (let i = 1; i < named.length; i++) {
    const [parent, child] = [named[i - 1]!, named[i]!];
    reading.links.push({
      kind: 'belongs-to',
      child: child.key,
      parent: parent.key,
      because: 'compound',
      stated: false,
    });
    assumptions.push({
      path: `${child.key}.${parent.key}_id`,
      text: `assumed each ${child.key.replaceAll('_', ' ')} is for ${withArticle(parent.key)}, as "${parent.key.replaceAll('_', ' ')} ${child.plural.replaceAll('_', ' ')}" says`,
    });
  }
  return named;
}

/**
 * The domain's usual resources that the named things need: where the knowledge base knows none of
 * the words ("a flower shop"), the first of them is the domain's main record (a flower is sold as a
 * product is) and the rest of the core joins it; otherwise only the core resources the named things
 * usually belong to ("a bike repair shop": repairs are for customers).
 */
function addUsualCore(
  reading: Reading,
  named: readonly EntityDraft[],
  domain: KbDomain,
  assumptions: Assumption[],
): void {
  const kb = knowledgeBase();
  const known = named.map((e) => kbEntityFor(e, domain));
  // A record of its own that the domain's core owns ("repairs" are a customer's) keeps its place
  // beside them; a thing that belongs to none of them is what the domain's main record is about.
  const ownRecord = known.some((k) => k?.parents.some((p) => domain.core.includes(p)) === true);
  if (!ownRecord) {
    const [main] = domain.core;
    const mainEntity = main === undefined ? undefined : kb.entity(main);
    const first = named[0]!;
    if (mainEntity !== undefined && known[0] === undefined && first.fields.length === 0) {
      for (const field of mainEntity.fields) {
        first.fields.push(fromKnowledge(field));
        assumptions.push({
          path: `${first.key}.${field.name}`,
          text: `added ${field.name} by convention: ${withArticle(first.key)} is kept as ${withArticle(mainEntity.name)} is in ${withArticle(domain.id)} API`,
        });
      }
    }
    for (const word of domain.coreWords.slice(1)) addCore(reading, word, domain, assumptions);
    if (main !== undefined) keepAsMain(reading, first, main, domain, assumptions);
    return;
  }
  for (const entity of known)
    for (const parent of entity?.parents ?? []) {
      const at = domain.core.indexOf(parent);
      if (at >= 0) addCore(reading, domain.coreWords[at]!, domain, assumptions);
    }
}

/**
 * The thing kept in the main record's place links as the main record would: a shoe repair shop's
 * repairs are each for a shoe as a repair shop's are for an item, and a candle shop's orders hold
 * many candles as a shop's orders hold many products through order items.
 */
function keepAsMain(
  reading: Reading,
  thing: EntityDraft,
  main: string,
  domain: KbDomain,
  assumptions: Assumption[],
): void {
  const kb = knowledgeBase();
  for (const [i, name] of domain.core.entries()) {
    const child = reading.entities.get(nounPhrase(domain.coreWords[i]!.replaceAll('_', ' '))?.key ?? '');
    if (child === undefined || child === thing || !kb.entity(name)?.parents.includes(main)) continue;
    if (reading.links.some((l) => l.child === child.key && l.parent === thing.key)) continue;
    reading.links.push({
      kind: 'belongs-to',
      child: child.key,
      parent: thing.key,
      because: 'usual',
      stated: false,
    });
    assumptions.push({
      path: `${child.key}.${thing.key}_id`,
      text: `assumed each ${child.key.replaceAll('_', ' ')} is for ${withArticle(thing.key)}, as ${withArticle(child.key)} is for ${withArticle(main.replaceAll('_', ' '))} in ${withArticle(domain.id)} API`,
    });
  }
  for (const join of kb.entities) {
    // A design that has the join itself (a shop's order items) links through it.
    if (!/_(?:entry|item|line|link)$/.test(join.name) || reading.entities.has(join.name)) continue;
    for (const [x, y] of joinPairs(join)) {
      if (x !== main && y !== main) continue;
      const other = reading.entities.get(x === main ? y : x);
      if (other === undefined || other === thing) continue;
      if (
        reading.links.some(
          (l) => [l.child, l.parent].includes(thing.key) && [l.child, l.parent].includes(other.key),
        )
      )
        continue;
      const [child, parent] = [thing.key, other.key].sort() as [string, string];
      reading.links.push({ kind: 'many-to-many', child, parent, because: 'usual', stated: false });
      assumptions.push({
        path: `${child}.${parent}`,
        text: `linked ${other.plural.replaceAll('_', ' ')} and ${thing.plural.replaceAll('_', ' ')} many-to-many, as ${join.name.replaceAll('_', ' ')}s link ${other.plural.replaceAll('_', ' ')} to ${main.replaceAll('_', ' ')}s`,
      });
    }
  }
}

function addCore(
  reading: Reading,
  word: string,
  domain: KbDomain,
  assumptions: Assumption[],
  cue?: string,
): void {
  const known =
    cue === undefined ? undefined : knowledgeBase().entityFor(word.replaceAll('_', ' '), domain.id);
  const own = known === undefined ? undefined : userNameFor(known, cue!);
  const phrase = nounPhrase(own ?? word.replaceAll('_', ' '));
  if (phrase === undefined || reading.entities.has(phrase.key)) return;
  addEntity(reading, phrase, reading.entities.size);
  assumptions.push({
    path: phrase.key,
    text: `proposed ${phrase.plural.replaceAll('_', ' ')}: usual in ${withArticle(domain.id)} API`,
  });
}

/**
 * "a campground reservation system", "a cake shop", "a car wash business": a request whose only
 * resources are words of the phrase it is about, with nothing said of them, where the rest of that
 * phrase names a domain, is as vague as one that names none: the domain's usual resources join them.
 * So is one that names a single thing the domain keeps ("a podcast app"). A generic word read as a
 * resource ("business"), or a word of the domain's own name it does not keep (the desk of a help
 * desk), is the place the software is for, and is dropped.
 */
export function proposeAround(reading: Reading, text: string, assumptions: Assumption[]): void {
  const entities = [...reading.entities.values()];
  if (entities.length === 0 || entities.length > 2 || reading.links.length > 0) return;
  if (entities.some((e) => e.described || e.fields.length > 0)) return;
  const words = (subjectWords(text) ?? leadPhrase(text))?.map(plain);
  const match = matchDomain([text]);
  const terse = words ?? terseWords(text);
  const held = terse === undefined ? undefined : heldThings(terse, match);
  if (held !== undefined && entities.every((e) => e.fields.length === 0)) {
    // "cameras and lenses inventory": what the request keeps is read again as the things held.
    const before = new Map(reading.entities);
    reading.entities.clear();
    const made: Assumption[] = [];
    if (proposeHeld(reading, held, made).length > 0) {
      for (let i = assumptions.length - 1; i >= 0; i--)
        if (before.has(assumptions[i]!.path.split('.')[0]!)) assumptions.splice(i, 1);
      assumptions.push(...made);
      return;
    }
    for (const [key, entity] of before) reading.entities.set(key, entity);
  }
  if (words === undefined || match === undefined) return;
  if (!match.inSubject && phraseIndex(words, plain(placedCue(match.cue))) < 0) return;
  const names = entities.map((e) =>
    [e.key, e.plural].map((n) => phraseIndex(words, n.replaceAll('_', ' '))).find((i) => i >= 0),
  );
  if (names.some((at) => at === undefined)) return;
  // The domain is said by a cue that is more than generic words ("reservations" is not) and has a
  // word naming none of the resources ("campground" beside a reservation, "shop" beside a cake).
  const cueWords = plain(placedCue(match.cue)).split(/[\s-]+/);
  if (cueWords.every((w) => genericWords.has(w))) return;
  // "help desk", "library system": a resource named by the cue's own words that the domain does not
  // keep is the domain's name, the place the API is for; "recipes" names what a recipe app keeps.
  const core = new Set(match.domain.core);
  const namesPlace = (e: EntityDraft) =>
    genericWords.has(e.key) ||
    ([e.key, e.plural].some((n) => phraseIndex(cueWords, n.replaceAll('_', ' ')) >= 0) &&
      !core.has(kbEntityFor(e, match.domain)?.name ?? e.key) &&
      kbEntityFor(e, match.domain)?.domain !== match.domain.id);
  // "a podcast app" names one of what the domain keeps and says nothing of it: as vague as the domain.
  for (const entity of entities) {
    if (!namesPlace(entity) || match.domain.coreWords.includes(entity.key)) continue;
    reading.entities.delete(entity.key);
    // What was read or assumed of it no longer describes the design.
    for (let i = assumptions.length - 1; i >= 0; i--)
      if (assumptions[i]!.path.split('.')[0] === entity.key) assumptions.splice(i, 1);
    assumptions.push({
      path: 'design',
      text: `read "${entity.key.replaceAll('_', ' ')}" as the place the API is for, not a resource`,
    });
  }
  const kept = new Set([...reading.entities.values()].map((e) => kbEntityFor(e, match.domain)?.name));
  if (match.domain.core.some((name) => !kept.has(name))) noteChoice(match, assumptions);
  for (const [i, word] of match.domain.coreWords.entries())
    if (!kept.has(match.domain.core[i])) addCore(reading, word, match.domain, assumptions, match.cue);
}

/**
 * "jobs board for our city": a short request whose phrase is followed by who or where it is for; the
 * phrase before that is what it is about.
 */
function leadPhrase(text: string): string[] | undefined {
  if (text.split(/\s+/).length > 8) return undefined;
  const lead = /^(.*?)\s+(?:for|in|at|of|near|with)\s/i.exec(text.trim())?.[1];
  return lead === undefined ? undefined : terseWords(lead);
}

/**
 * "an API for room bookings": a resource named with nothing said about it, whose name the request
 * qualifies with another thing the knowledge base knows, is a record of that thing. The qualifier
 * becomes a resource too, and the record belongs to it. Resources the request describes are left alone.
 */
export function splitCompounds(reading: Reading, text: string, assumptions: Assumption[]): void {
  const lower = text.toLowerCase();
  const kb = knowledgeBase();
  for (const entity of [...reading.entities.values()]) {
    if (entity.described || entity.fields.length > 0) continue;
    if (reading.links.some((l) => l.child === entity.key || l.parent === entity.key)) continue;
    const name = entity.key.replaceAll('_', ' ');
    const plural = entity.plural.replaceAll('_', ' ');
    const before = new RegExp(
      `(?<![\\p{L}])([\\p{L}]+)\\s+(?:${escapeRegExp(plural)}|${escapeRegExp(name)})(?![\\p{L}])`,
      'u',
    );
    const match = before.exec(lower);
    const qualifier = match?.[1];
    if (match === null || qualifier === undefined) continue;
    // "to record donations", "track students": a verb before its object qualifies nothing.
    const clause = lower.slice(Math.max(0, match.index - 40), match.index + match[0].length);
    const tagged = analyse(clause);
    const at = tagged.findLastIndex((w) => w.text === qualifier);
    if (at < 0 || tagged[at]!.pos !== 'NOUN') continue;
    const phrase = nounPhrase(qualifier);
    const known = phrase === undefined ? undefined : kb.entityFor(phrase.words.join(' '));
    if (
      phrase === undefined ||
      known === undefined ||
      isFieldWord(phrase) ||
      reading.entities.has(phrase.key)
    )
      continue;
    // "car wash", "dog walking": a compound that names a domain is not a record of the qualifier.
    const compound = [`${qualifier} ${name}`, `${qualifier} ${plural}`];
    if (
      known === kbEntityFor(entity) ||
      kb.domains.some((d) => d.cues.en.includes(qualifier) || compound.some((c) => d.cues.en.includes(c)))
    )
      continue;
    const parent = addEntity(reading, phrase, entity.order - 0.5);
    reading.links.push({
      kind: 'belongs-to',
      child: entity.key,
      parent: parent.key,
      because: 'compound',
      stated: false,
    });
    assumptions.push({
      path: `${entity.key}.${parent.key}_id`,
      text: `read "${qualifier} ${plural}" as ${plural} of ${parent.plural.replaceAll('_', ' ')}: each ${name} belongs to ${withArticle(parent.key)}`,
    });
  }
}
