import type { Assumption } from '../planner.js';
import type { Reading } from './drafts.js';
import { addEntity, nounPhrase } from './mentions.js';
import { analyse, isPluralNoun } from './nlp.js';
import { readRequest } from './reader.js';

/**
 * Chatty requests often say what they keep only as what the writer has and wants to keep track of:
 * "my gran has like 200 jam jars … can u make something to track them? flavour, year made, shelf",
 * "i collect old radios and want to track them - brand, year", "i want to log every batch". Read as a
 * whole, such a request names no resource (the things are an object of "has" and "them"), and the
 * planner would refuse it. This reader is the last one tried before a refusal: it finds the thing
 * tracked, follows "them" back to what the writer has, takes the list said after it as its fields,
 * and reads that as the request "jam jars: flavour, year made, shelf".
 */

/** Vague amounts and hedges between a verb of having and its thing ("has like 200 jars"). */
const hedge = String.raw`(?:(?:like|about|around|over|almost|nearly|maybe|roughly|probably|literally)\s+)?`;
const amount = String.raw`(?:(?:\d[\d,.]*\+?|a few|a couple of|a couple|loads of|lots of|a lot of|a bunch of|a ton of|tons of|heaps of|so many|too many|many|dozens of|hundreds of|some|several)\s+)?`;
const phrase = String.raw`((?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)`;

/** "has like 200 jam jars", "i collect old radios", "we got 30 houseplants". */
const having = new RegExp(
  String.raw`\b(?:have|has|got|own|owns|collect|collects|keep|keeps|make|makes|brew|brews|grow|grows|bake|bakes|sell|sells|restore|restores|build|builds)\s+${hedge}${amount}${phrase}`,
  'g',
);

/** "keep track of my jars", "track them", "log every batch", "keep a list of our records". */
const tracking = new RegExp(
  String.raw`\b(?:keep(?:ing)?\s+track\s+of|keep(?:ing)?\s+(?:a\s+)?(?:record|records|log|list|note|notes|inventory)\s+of|track(?:ing)?|log(?:ging)?|catalog(?:ue)?(?:ing)?)\s+${phrase}`,
  'g',
);

/** Words that end the noun phrase of a thing ("jars in her cellar", "them? flavour"). */
const stops = new Set(
  'and or with in on at for that which who so to from of by per when where how what whether if because but as while like lol haha pls please thanks thx i we you he she they is are was were be it'.split(
    ' ',
  ),
);
const determiners = new Set(
  'my our his her their your the all every each of those these any some her his'.split(' '),
);
/** Words that point back at the thing the writer has. */
const pronouns = /^(?:them|those|these|they|it|everything|all|each|one)$/;
/** Things that say nothing about what is kept. */
const nothingKept = new Set(
  'app apps api apis backend backends stuff thing things something everything data info information system tool website site database db time times money'.split(
    ' ',
  ),
);

interface Found {
  readonly words: readonly string[];
  /** Said after "every"/"each": one of many, named in the singular. */
  readonly each: boolean;
  readonly end: number;
}

/** The thing a captured stretch of words names, if its head is a noun the request keeps. */
function thingOf(stretch: string, end: number): Found | 'pronoun' | undefined {
  const words: string[] = [];
  let each = false;
  for (const word of stretch.split(/\s+/)) {
    if (words.length === 0 && determiners.has(word)) {
      if (word === 'every' || word === 'each') each = true;
      continue;
    }
    if (words.length === 0 && pronouns.test(word)) return 'pronoun';
    if (stops.has(word)) break;
    words.push(word.replace(/'s$/, ''));
  }
  if (words.length === 0) return undefined;
  const tagged = analyse(words.join(' '));
  // The noun run that ends the phrase: "old radios" keeps radios, "jam jars" both words.
  let start = tagged.length;
  while (start > 0 && tagged[start - 1]!.pos === 'NOUN') start--;
  const nouns = tagged.slice(start).map((w) => w.text);
  const head = nouns.at(-1);
  if (head === undefined || nothingKept.has(head)) return undefined;
  if (!each && !isPluralNoun(head)) return undefined;
  return { words: nouns, each, end };
}

/** What the writer says they have, the last one before `at`. */
function lastHad(text: string, at: number): Found | undefined {
  let found: Found | undefined;
  for (const match of text.matchAll(having)) {
    if (match.index >= at) break;
    const thing = thingOf(match[1]!, match.index + match[0].length);
    if (thing !== undefined && thing !== 'pronoun') found = thing;
  }
  return found;
}

/** The values said after the tracking clause: after "?", ":" or a dash, or as "with …". */
function valuesAfter(text: string, from: number): string | undefined {
  const rest = text.slice(from);
  const listed = /^[^\n.!?:]*?(?:\?|:|\s[-–—]\s)\s*([^\n.!?]+)/.exec(rest);
  const withed = /^\s*,?\s+with\s+([^\n.!?]+)/.exec(rest);
  const values = (withed?.[1] ?? listed?.[1])
    ?.replace(/\s+(?:lol|haha|pls|please|thanks|thx)\s*$/, '')
    .trim();
  return values !== undefined && /[a-z]{3}/.test(values) ? values : undefined;
}

/** A thing the request keeps track of: its words as written, and the values said after it. */
interface Tracked {
  readonly name: string;
  readonly values: string | undefined;
}

/** Every thing the request says it keeps track of, in order. */
function trackedThings(text: string): Tracked[] {
  const lower = text.toLowerCase().replace(/[’']/g, "'");
  const found: Tracked[] = [];
  for (const match of lower.matchAll(tracking)) {
    const end = match.index + match[0].length;
    let thing = thingOf(match[1]!, end);
    if (thing === 'pronoun') thing = lastHad(lower, match.index);
    if (thing === undefined) continue;
    found.push({ name: thing.words.join(' '), values: valuesAfter(lower, end) });
  }
  return found;
}

/**
 * Reads the thing a chatty request keeps track of, with its values, into `reading`. Returns whether
 * it found one; called only when no other reader found a resource. A thing with its values listed
 * says more than the words a vague request is about; one named alone, less.
 */
export function readTrackedThings(
  reading: Reading,
  text: string,
  assumptions: Assumption[],
  /** Only a thing whose values the request lists: tried before the words of a vague request. */
  withValues: boolean,
): boolean {
  for (const { name, values } of trackedThings(text)) {
    if (values === undefined && withValues) continue;
    if (values === undefined) {
      // No values said: the thing alone, whose name the design builder supplies and says so.
      const named = nounPhrase(name);
      if (named === undefined) continue;
      const entity = addEntity(reading, named, reading.entities.size);
      assumptions.push({ path: entity.key, text: `read ${name} as what the request keeps track of` });
      return true;
    }
    const { reading: read } = readRequest(`${name}: ${values}`);
    if (read.entities.size === 0) continue;
    for (const [key, entity] of read.entities) reading.entities.set(key, entity);
    reading.links.push(...read.links);
    reading.perFields.push(...read.perFields);
    assumptions.push(...read.inferred);
    for (const key of read.entities.keys())
      assumptions.push({ path: key, text: `read ${name} as what the request keeps track of` });
    return true;
  }
  return false;
}

/**
 * "my uncle has 300 model cars, could u build smth to track them? maker, scale and year": the other
 * readers find the model cars as what the writer has, but not the values said after "them". A thing
 * the request keeps track of that was read without values gets them here.
 */
export function readTrackedValues(reading: Reading, text: string): void {
  for (const { name, values } of trackedThings(text)) {
    if (values === undefined) continue;
    const key = nounPhrase(name)?.key;
    const entity = key === undefined ? undefined : reading.entities.get(key);
    if (entity === undefined || entity.fields.length > 0) continue;
    const own = readRequest(`${name}: ${values}`).reading.entities.get(entity.key);
    if (own === undefined) continue;
    entity.fields.push(...own.fields);
    entity.described = true;
  }
}
