import { knowledgeBase, type KbDomain } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import { fromKnowledge, findDomainCue, kbEntityFor, proposeDomain } from './completion.js';
import type { EntityDraft, Reading } from './drafts.js';
import { addEntity, isFieldWord, nounPhrase } from './mentions.js';
import { analyse, isKnownWord } from './nlp.js';
import { withoutProperNames } from './proper-names.js';
import { escapeRegExp, withArticle } from './words.js';

/** Words that name the software asked for rather than anything it keeps. */
const softwareWords =
  'api|apis|app|apps|application|backend|back-end|back end|platform|system|service|tool|website|site|server|database|db|software|portal|crud|rest api|web app|mobile app';
/** The phrase a request says the software is for: "an API for room bookings", "a backend for my bike repair shop". */
const forPhrase = new RegExp(
  `\\b(?:${softwareWords})\\s+(?:for|to (?:manage|track|run|handle|organi[sz]e|keep|store|log|record)|of|about)\\s+([a-z][a-z' -]{0,80}?)\\s*(?=$|[.,;:!?()]|\\s(?:with|that|which|who|where|so|in|at|to|on|by|and|or|but)\\b)`,
);
/** A name before the software word: "parcel tracking api", "dog walking app". */
const namePhrase = new RegExp(`\\b((?:[a-z][a-z'-]*\\s+){0,3}[a-z][a-z'-]*)\\s+(?:${softwareWords})\\b`);
/** Determiners, sizes and the technology asked for ("a simple REST API"): never the thing kept. */
const dropped =
  /^(?:a|an|the|my|our|your|their|his|her|its|this|that|some|small|simple|little|new|basic|local|online|rest|restful|http|https|json|graphql|grpc|web|mobile|node|express|python|fastapi|typescript|openapi|secure|fast|scalable|public|private|please)$/;
const quantity =
  /(?:^|\s)(?:millions?|thousands?|hundreds?|dozens?|lots?|tons?|loads?|plenty|number|amount|(?:\d[\d,.]*k?))$/;
/** Words of making or keeping, never the thing kept ("tracking", "booking" stays: it is a record). */
const doing =
  /^(?:tracking|tracker|management|manager|managing|keeping|logging|logger|log|planning|planner|organi[sz]er|organi[sz]ing|handling|running|hobby|business|company|side|project)$/;

/**
 * What a request that names no resource is about, when it names something: the noun phrase the
 * software is for ("an API for room bookings" → room booking, "a bike repair shop" → bike repair shop),
 * without determiners and the software's own words.
 */
function subjectWords(text: string): string[] | undefined {
  const lower = withoutProperNames(text.slice(0, 2000)).toLowerCase().replace(/\s+/g, ' ');
  const found = forPhrase.exec(lower)?.[1] ?? namePhrase.exec(lower)?.[1] ?? shortPhrase(lower);
  if (found === undefined) return undefined;
  // "millions of users", "lots of traffic": an amount, not a thing kept; "the running of kennels": kennels.
  const parts = found.split(/\s+of\s+/);
  if (parts.length > 1 && quantity.test(parts[0]!.trim())) return undefined;
  const phrase = parts.at(-1)!;
  const software = new Set(softwareWords.split('|'));
  const words = phrase
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !dropped.test(w) && !software.has(w) && !/^\d+$/.test(w));
  return words.length > 0 && words.length <= 5 ? words : undefined;
}

/** A request of a few words that is one noun phrase ("a flower shop") is what it is about. */
function shortPhrase(text: string): string | undefined {
  const words = text
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .trim()
    .split(/\s+/);
  if (words.length === 0 || words.length > 6) return undefined;
  const tagged = analyse(words.join(' '));
  if (tagged.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PRON' || w.pos === 'ADP'))
    return undefined;
  return words.join(' ');
}

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
 * Returns false when the request names nothing to keep.
 */
export function proposeVague(reading: Reading, texts: readonly string[], assumptions: Assumption[]): boolean {
  const words = subjectWords(texts[0] ?? '');
  const anywhere = findDomainCue(texts);
  if (words === undefined) {
    if (anywhere === undefined) return false;
    proposeDomain(reading, anywhere.domain, assumptions);
    return reading.entities.size > 0;
  }
  const found = findDomainCue([words.join(' ')]);
  // "a lost and found app for our school": the more specific domain named elsewhere is the application's.
  if (found !== undefined && anywhere !== undefined && anywhere.cue.length > found.cue.length) {
    proposeDomain(reading, anywhere.domain, assumptions);
    return reading.entities.size > 0;
  }
  const cueStart = found === undefined ? -1 : cueIndex(words, found.cue);
  const modifiers = thingWords(cueStart >= 0 ? words.slice(0, cueStart) : words);
  if (found !== undefined && modifiers.length === 0) {
    proposeDomain(reading, found.domain, assumptions);
    return reading.entities.size > 0;
  }
  // "a lost and found app for our office": a domain named elsewhere says more than a place it is for.
  if (anywhere !== undefined && found === undefined && modifiers.every((w) => !knownThing(w))) {
    proposeDomain(reading, anywhere.domain, assumptions);
    return reading.entities.size > 0;
  }
  if (modifiers.length === 0) {
    if (anywhere === undefined) return false;
    proposeDomain(reading, anywhere.domain, assumptions);
    return reading.entities.size > 0;
  }
  const named = addNamed(reading, modifiers, words.join(' '), assumptions);
  // "Title: url shortener": words that all name values name no resource; the domain's usual ones stand.
  const domain = found ?? anywhere;
  if (named.length === 0) {
    if (domain !== undefined) proposeDomain(reading, domain.domain, assumptions);
    return reading.entities.size > 0;
  }
  if (found !== undefined) addUsualCore(reading, named, found.domain, assumptions);
  return reading.entities.size > 0;
}

const knownThing = (word: string) => kbEntityFor({ key: word } as EntityDraft) !== undefined;

/** Where the cue's words start in the phrase ("shop" in bike repair shop), or -1. */
function cueIndex(words: readonly string[], cue: string): number {
  const cueWords = cue.split(/[\s-]+/);
  for (let i = 0; i + cueWords.length <= words.length; i++)
    if (cueWords.every((w, j) => words[i + j]!.replace(/(?:e?s)$/, '') === w.replace(/(?:e?s)$/, '')))
      return i;
  return -1;
}

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
    const [main, ...rest] = domain.core;
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
    for (const name of rest) addCore(reading, name, domain, assumptions);
    if (main !== undefined) pairAsMain(reading, named[0]!, main, assumptions);
    return;
  }
  for (const entity of known)
    for (const parent of entity?.parents ?? [])
      if (domain.core.includes(parent)) addCore(reading, parent, domain, assumptions);
}

/**
 * The thing kept in the main record's place pairs as it would: a candle shop's orders hold many
 * candles, as a shop's orders hold many products through order items.
 */
function pairAsMain(reading: Reading, thing: EntityDraft, main: string, assumptions: Assumption[]): void {
  for (const join of knowledgeBase().entities) {
    if (join.parents.length !== 2 || !join.parents.includes(main)) continue;
    if (!/_(?:entry|item|line|link)$/.test(join.name)) continue;
    const other = reading.entities.get(join.parents.find((p) => p !== main) ?? '');
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

function addCore(reading: Reading, name: string, domain: KbDomain, assumptions: Assumption[]): void {
  const phrase = nounPhrase(name.replaceAll('_', ' '));
  if (phrase === undefined || reading.entities.has(phrase.key)) return;
  addEntity(reading, phrase, reading.entities.size);
  assumptions.push({
    path: phrase.key,
    text: `proposed ${phrase.plural.replaceAll('_', ' ')}: usual in ${withArticle(domain.id)} API`,
  });
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
    if (known === kbEntityFor(entity) || kb.domains.some((d) => d.cues.en.includes(qualifier))) continue;
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
