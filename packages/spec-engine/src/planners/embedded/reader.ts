import { readAssignedFor } from './assigned-for.js';
import { readDoerValues } from './doer-values.js';
import { recordHandovers } from './act-links.js';
import { readWhoHolds } from './who-holds.js';
import { readValuesForEach } from './values-for-each.js';
import { readPairedRoles, readRoleRoutes, readRoleStatements } from './role-statements.js';
import { withWhoInList } from './who-after-lists.js';
import { withQuantityPerLine } from './line-quantities.js';
import { withOrderAsPosition } from './ordered-things.js';
import { mergeShortForms } from './short-forms.js';
import { readTrackedValues } from './tracked-things.js';
import { reservedFieldNames, reservedIn } from '../../design/reserved-words.js';
import { sentenceSpans } from './sentence-spans.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { hasAgentNoun, readClauseLinks } from './clause-links.js';
import { clauseTags, readClauses } from './clauses.js';
import { compoundName, keepCompoundsOfGenericHeads } from './compound-heads.js';
import { readCountedLinks } from './counted-links.js';
import { withoutApplicationWish, withoutApproximations, withoutGreeting, withoutRemarks } from './chatter.js';
import { dependentValues } from './dependent-values.js';
import { addStatedLink, emptyReading, type EntityDraft, type Reading } from './drafts.js';
import { withoutOpeningConnectives } from './connectives.js';
import { checkEvidence, checkFieldEvidence, withoutDeclarations } from './evidence.js';
import { plainListShapes } from './chatty-lists.js';
import { ownedByPerson, readField, type FieldDraft } from './field-reader.js';
import {
  addEntity,
  isFieldWord,
  isGerundModifier,
  isSectionWord,
  kbEntityOf,
  nounPhrase,
  nounPhrases,
  resolve,
  type NounPhrase,
} from './mentions.js';
import { analyse, singularOf } from './nlp.js';
import { boundWord, pluralModifiers } from './words.js';
import {
  applicationWords,
  productContents,
  productIsResource,
  readAsProduct,
  type ProductName,
} from './product.js';
import { withMeasuredRecords } from './measured-records.js';
import { withOccasionsHeld } from './occasion-verbs.js';
import { readParticipation } from './participation.js';
import { readPronounActs } from './pronoun-acts.js';
import { readTurns } from './turns.js';
import { readTheirThings } from './their-things.js';
import { readEveryOne, readKeptRecords } from './kept-records.js';
import { readOneOfOurs } from './one-of-ours.js';
import { readSubjectValues } from './subject-values.js';
import { withoutSelfIntroduction } from './self-introductions.js';
import { readRecordHeading } from './record-headings.js';
import { dropBusinessWords } from './business-names.js';
import { hasOwnValues } from './titled-lists.js';
import { distributeSingularHead } from './shared-heads.js';
import { withSpansOfSubjects } from './time-spans.js';
import { linkFieldsNamedAfterResources } from './resource-fields.js';
import { expandShorthand } from './shorthand.js';
import { readLayout, type Layout } from './structure.js';
import { addTypedItem } from './typed-items.js';
import { addLinkedEntities, readRelations } from './relations.js';
import { nounsOf, occasionOf, readVerbJoins } from './verb-joins.js';

/** Verbs and prepositions after which a sentence lists what its subject holds. */
const listVerbs = new Set(
  'have has having had with contain contains containing store stores storing record records recording hold holds include includes including track tracks keep keeps need needs got get gets save saves log logs capture captures require requires list lists carry carries show shows say says note notes down give gives provide provides enter enters supply supplies share shares'.split(
    ' ',
  ),
);

/** Reads an English request into resources, fields and links. */
export function readRequest(text: string): { reading: Reading; layout: Layout; sentences: string[] } {
  const reading = emptyReading();
  const layout = readLayout(
    expandShorthand(
      withoutOpeningConnectives(
        withoutDeclarations(withQuantityPerLine(withOrderAsPosition(withWhoInList(text)))),
      ),
    ),
  );
  let order = 0;
  for (const block of layout.blocks) {
    const phrase = nounPhrase(block.name);
    if (phrase === undefined || isSectionWord(block.name)) continue;
    const entity = addEntity(reading, applicationSubject(phrase) ?? phrase, order++);
    entity.described = true;
    if (block.declared === true) entity.declared = true;
    // A block nested under another ("- Bins" under "- Warehouses"): each row belongs to one of its.
    const owner = block.parent === undefined ? undefined : nounPhrase(block.parent);
    const parent = owner === undefined ? undefined : resolve(reading, owner);
    if (parent !== undefined && parent !== entity)
      addStatedLink(reading, entity, parent, `${block.name} under ${block.parent!}`);
    for (const item of block.items) {
      // "guest_name, guest_email: required" gives each name the shared constraints.
      const shared = /^([\w ]+(?:,\s*[\w ]+)+):\s*(.+)$/.exec(item);
      const items = shared ? shared[1]!.split(',').map((n) => `${n.trim()}: ${shared[2]}`) : [item];
      for (const one of items) addItem(reading, entity, one, block.columns);
    }
  }
  for (const example of layout.examples) readExample(reading, example, order++);
  for (const segments of layout.endpoints) {
    let parent: EntityDraft | undefined;
    for (const segment of segments) {
      const phrase = nounPhrase(segment.replace(/[-_]/g, ' '));
      if (phrase === undefined || !phrase.writtenPlural) continue;
      const entity = addEntity(reading, phrase, order++);
      if (parent !== undefined && parent !== entity)
        addStatedLink(reading, entity, parent, `the endpoint /${segments.join('/')}`);
      parent = entity;
    }
  }
  // A sentence longer than any real one is read in pieces, which keeps every reader linear.
  const sentences = layout.lines
    .map(plainListShapes)
    .flatMap(splitSentences)
    .map(withoutApplicationWish)
    .map(withoutWishes)
    .map(withoutGreeting)
    .map(withoutSelfIntroduction)
    .map(withoutApproximations)
    .map((s) =>
      withSpansOfSubjects(withOccasionsHeld(withMeasuredRecords(dependentValues(withoutRemarks(s))))),
    )
    .flatMap((s) => (s.length <= 1500 ? [s] : s.match(/[\s\S]{1,1500}/g)!));
  const prose: string[] = [];
  // Notes ("also soil samples for each bed, acidity and …") are read once the resources they hang off are.
  const notes: string[] = [];
  // Clauses whose values a colon list gave ("whenever i finish a book i write an entry: …"), read
  // for their links only.
  const linkOnly: string[] = [];
  for (const sentence of sentences) {
    if (noteShape.test(sentence.trim())) {
      notes.push(sentence);
      continue;
    }
    const rest = readDefinitionLine(reading, sentence, () => order++, linkOnly);
    if (rest !== undefined) prose.push(rest);
  }
  // Both ends of a stated link ("a berth belongs to a marina") are resources before lists are read.
  addLinkedEntities(reading, prose);
  const focus: ListFocus = { products: new Map(), request: prose.join(' ').toLowerCase() };
  for (const sentence of prose) readListSentence(reading, sentence, () => order++, focus);
  for (const sentence of notes) {
    if (readNoteLine(reading, sentence, () => order++)) continue;
    const rest = readDefinitionLine(reading, sentence, () => order++, linkOnly);
    if (rest === undefined) continue;
    prose.push(rest);
    readListSentence(reading, rest, () => order++, focus);
  }
  for (const sentence of prose) readPossessives(reading, sentence);
  for (const sentence of prose) readOneOfOurs(reading, sentence);
  for (const sentence of prose) readSubjectValues(reading, sentence);
  for (const sentence of prose) addMentionedEntities(reading, sentence, () => order++);
  // What a sentence says is done outside the application links nothing the API stores.
  const linking = [...prose, ...linkOnly].filter((sentence) => !keptOutside.test(sentence));
  // Rows counted as one ("each crossing uses one ferry") are resources before clauses link to them.
  readCountedLinks(reading, sentences);
  readVerbJoins(reading, linking);
  readRelations(reading, linking);
  readClauseLinks(reading, linking);
  readParticipation(reading, linking);
  const wholeText = sentences.join('. ');
  readPronounActs(reading, wholeText);
  readWhoHolds(reading, wholeText);
  recordHandovers(reading, linking);
  readKeptRecords(reading, wholeText);
  readEveryOne(reading, wholeText);
  readTurns(reading, wholeText);
  readTrackedValues(reading, text);
  for (const sentence of linking) readTheirThings(reading, sentence);
  readRoleStatements(reading, prose);
  readDoerValues(reading, prose);
  readAssignedFor(reading, prose);
  readValuesForEach(reading, prose);
  readRoleRoutes(reading, prose);
  readPairedRoles(reading, text);
  checkFieldEvidence(reading, reading.inferred);
  linkLateFields(reading);
  dropPassingMentions(reading);
  linkFieldsNamedAfterResources(reading);
  checkEvidence(reading, text, reading.inferred);
  keepCompoundsOfGenericHeads(reading, prose, reading.inferred);
  mergeShortForms(reading, text, reading.inferred);
  dropBusinessWords(reading, text, reading.inferred);
  return { reading, layout, sentences: prose };
}

/**
 * "judges score the submissions too, but we'll handle scoring on paper", "my neighbour helps, but i
 * don't need to track that": a sentence whose last clause puts what it tells outside the application
 * says nothing the API stores.
 */
const keptOutside =
  /\bbut\b[^.;]*\b(?:(?:on|in)\s+(?:paper|a\s+spreadsheet|excel)|by\s+hand|manually|offline|elsewhere|outside\s+(?:the|this|our)\s+(?:app|api|system|backend)|(?:don['’]?t|do\s+not|doesn['’]?t|won['’]?t|will\s+not|never)\s+(?:need|want|have)\s+to\s+(?:track|store|record|keep|log|save)\b)/i;

/**
 * "a note for each visit would be nice too", "…, if possible": a wish said after what is wanted
 * leaves the thing wanted to be read as if it had been said plainly.
 */
const politeTail =
  /(?:\s+(?:would|will|could|might)\s+be\s+(?:really\s+|very\s+|super\s+)?(?:nice|great|good|cool|handy|useful|helpful|awesome|ideal|lovely|amazing)(?:\s+(?:too|also|as\s+well))?|,?\s+if\s+(?:possible|you\s+can))(?=\s*(?:[.!?;]|$))/gi;

/**
 * "i want to track hikes", "we need to be able to record donations", "also want to mark if…": the
 * wish around what is done says nothing about what is stored, so only the doing is read ("i track
 * hikes"), and the wish never becomes part of a name.
 */
export function withoutWishes(sentence: string): string {
  return sentence
    .replace(politeTail, '')
    .replace(
      /\b(i|we|you)(?:['’]d\s+|\s+)(?:(?:would|also|really|just|will|still|do|kind of|sort of)\s+)*(?:like|love|want|need|wish|hope|plan|have)\s+to\s+(?:(?:be\s+able|be\s+allowed)\s+to\s+)?(?=[a-z])/gi,
      '$1 ',
    )
    .replace(
      /(^|[.;:,]\s*|\b(?:and|but|so|also)\s+)(?:(?:also|really|just)\s+)*(?:want|need|would like|'d like|like)\s+to\s+(?:be\s+able\s+to\s+)?(?=[a-z])/gi,
      '$1',
    );
}

/** "max guests", "minimum players": a bound on how many, a value, never rows of their own. */
const isBound = (field: FieldDraft) => boundWord.test(field.words[0] ?? '');

/**
 * A field named after a resource the request describes only further on ("Risks: description,
 * milestone" before the milestones' own line) is a link to it, as it would have been the other way round.
 */
function linkLateFields(reading: Reading): void {
  for (const entity of reading.entities.values()) {
    for (let i = entity.fields.length - 1; i >= 0; i--) {
      const field = entity.fields[i]!;
      if (field.enumValues !== undefined || field.many || field.origin === 'knowledge') continue;
      if (field.typedBy === 'stated' && !field.foreignKey) continue;
      if (isBound(field)) continue;
      const head = nounPhrase(field.words.join(' '));
      const target = head === undefined ? undefined : resolve(reading, head);
      if (target === undefined || target === entity || !target.described) continue;
      // "white player" and "black player" are two links to players, each under its own name.
      const fieldName = field.name.replace(/_id$/, '');
      const as = fieldName === target.key ? undefined : fieldName;
      if (reading.links.some((l) => l.child === entity.key && l.parent === target.key && l.field === as))
        continue;
      entity.fields.splice(i, 1);
      // "spaces contain pages": the plural is a collection of the other resource, each belonging here.
      const written = nounPhrase(field.source.replace(/\(.*$/s, '').trim());
      if ((head!.writtenPlural || written?.writtenPlural === true) && !field.foreignKey) {
        if (!reading.links.some((l) => l.child === target.key && l.parent === entity.key))
          addStatedLink(reading, target, entity, `${entity.key} has "${field.source.trim()}"`);
        continue;
      }
      addStatedLink(reading, entity, target, `${entity.key} has "${field.source.trim()}"`, {
        ...(field.required !== undefined ? { required: field.required } : {}),
        ...(as !== undefined ? { field: as } : {}),
      });
    }
  }
}

/**
 * When a request describes its resources, things it only mentions in passing ("buyers can book
 * viewings") are not resources of their own: kept only if something links to them.
 */
function dropPassingMentions(reading: Reading): void {
  const described = [...reading.entities.values()].filter((e) => e.described).length;
  if (described < 2) return;
  const listed = listedResources(reading);
  for (const entity of [...reading.entities.values()]) {
    if (entity.described || entity.fields.length > 0 || listed.has(entity.key)) continue;
    if (reading.links.some((l) => l.child === entity.key || l.parent === entity.key)) continue;
    if (reading.perFields.some((p) => p.entity === entity.key || p.other === entity.key)) continue;
    if (reading.joins.some((j) => [j.join, j.a, j.b].includes(entity.key))) continue;
    reading.entities.delete(entity.key);
  }
}

/**
 * Resources a line lists as such ("gig tracker: bands, venues and gigs"): named as things kept, not
 * in passing, so they stay even when nothing more is said of them.
 */
const listedByReading = new WeakMap<Reading, Set<string>>();
function listedResources(reading: Reading): Set<string> {
  let listed = listedByReading.get(reading);
  if (listed === undefined) listedByReading.set(reading, (listed = new Set()));
  return listed;
}

/** Sentences of a line: split at . ! ? ; followed by a space (not inside numbers or parentheses). */
export function splitSentences(line: string): string[] {
  return sentenceSpans(line, /[.!?;]/)
    .map(({ start, end, ended }) => line.slice(start, ended ? end - 1 : end).trim())
    .filter((s) => s.length > 0);
}

/** Splits a list at top-level commas, "and", "&", "+", "plus", "as well as" (not inside parentheses). */
export function splitItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = list.split(
    /(\(|\)|,|;|\s+and\s+|\s+&\s+|\s+\+\s+|\s+plus\s+|\s+as well as\s+|\s+along with\s+)/,
  );
  for (const token of tokens) {
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    const separator =
      token === ',' || token === ';' || /^\s+(?:and|&|\+|plus|as well as|along with)\s+$/.test(token);
    if (separator && depth === 0) {
      items.push(current);
      current = '';
    } else current += token;
  }
  items.push(current);
  return mergeValueLists(
    distributePossessive(
      distributeSingularHead(distributeSharedHead(items.map((i) => i.trim()).filter((i) => i.length > 0))),
    ),
  );
}

/**
 * "the owner's name and phone": a bare contact detail right after a possessive item is the same
 * person's (owner_phone), not the row's own; "the owner's name, a phone" keeps its own article.
 */
function distributePossessive(items: string[]): string[] {
  const out = [...items];
  for (let i = 0; i + 1 < out.length; i++) {
    const owner = /^(?:the|a|an|their|its)\s+([a-z][\w-]*)['’]s\s+[a-z][\w -]*$/i.exec(out[i]!);
    const next = out[i + 1]!.trim();
    if (owner === null || !/^[a-z]+$/i.test(next) || !ownedByPerson.test(next.toLowerCase())) continue;
    out[i + 1] = `the ${owner[1]}'s ${next}`;
  }
  return out;
}

/**
 * "a state of open, paused or closed", "a finish such as matte or gloss": the words after
 * the comma are the field's values, not fields, so they go back to the item they came from.
 */
function mergeValueLists(items: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!/\s(?:of|such as|like|either)\s+[\w-]+$/i.test(item)) {
      out.push(item);
      continue;
    }
    let j = i + 1;
    while (j < items.length && /^[\w-]+$/.test(items[j]!)) j++;
    if (j < items.length && /^[\w-]+\s+or\s+[\w-]+$/i.test(items[j]!)) {
      out.push([item, ...items.slice(i + 1, j + 1)].join(', '));
      i = j;
    } else out.push(item);
  }
  return out;
}

/**
 * "the start and end dates", "opening and closing times": two modifiers share the plural noun after
 * the second, so each item is a field of its own (start date, end date). Read so only where the pair
 * makes a field the knowledge base knows or the modifier is an adjective, which keeps "name and email
 * addresses" two different things.
 */
function distributeSharedHead(items: string[]): string[] {
  const out = [...items];
  for (let i = 0; i + 1 < out.length; i++) {
    const one = out[i]!.replace(/^(?:the|a|an|its|their)\s+/i, '');
    const next = out[i + 1]!.replace(/^(?:the|a|an|its|their)\s+/i, '').split(/\s+/);
    if (!/^[a-z-]+$/i.test(one) || next.length !== 2 || !/^[a-z-]+$/i.test(next.join(''))) continue;
    const head = singularOf(next[1]!.toLowerCase());
    if (head === next[1]!.toLowerCase()) continue;
    const kb = knowledgeBase();
    const paired = kb.fieldWord(`${one.toLowerCase()} ${head}`) !== undefined;
    if (
      !paired &&
      (kb.fieldWord(one.toLowerCase()) !== undefined || analyse(one.toLowerCase())[0]?.pos !== 'ADJ')
    )
      continue;
    out[i] = `${one} ${head}`;
    out[i + 1] = `${next[0]} ${head}`;
  }
  return out;
}

/** "expense tracker" names the expenses it tracks, when the knowledge base knows them. */
function applicationSubject(phrase: NounPhrase): NounPhrase | undefined {
  return applicationSubjects(phrase).at(-1);
}

/** "recipe rating app" → recipe and rating: each known thing the application's name is made of. */
function applicationSubjects(phrase: NounPhrase): NounPhrase[] {
  if (phrase.words.length < 2 || !applicationWords.has(phrase.words.at(-1)!)) return [];
  const modifiers = phrase.words.slice(0, -1);
  const found: NounPhrase[] = [];
  for (const word of modifiers.slice(0, -1)) {
    const one = nounPhrase(word);
    if (
      one !== undefined &&
      !isFieldWord(one) &&
      knowledgeBase().entityFor(one.words.join(' ')) !== undefined
    ) {
      const canonical = knowledgeBase().entityFor(one.words.join(' '))!;
      found.push(canonical.name === one.key ? one : nounPhrase(canonical.name.replaceAll('_', ' '))!);
    }
  }
  const last = applicationSubjectOf(modifiers);
  return last === undefined ? found : [...found.filter((f) => f.key !== last.key), last];
}

function applicationSubjectOf(modifiers: readonly string[]): NounPhrase | undefined {
  const subject = nounPhrase(modifiers.join(' '));
  if (subject === undefined) return undefined;
  const known = kbEntityOf(subject);
  if (known === undefined || namesDomainInstead(subject.words.join(' '), known.name)) return undefined;
  const own = knowledgeBase().entityFor(subject.words.join(' '));
  return own?.name === subject.key ? subject : nounPhrase(known.name.replaceAll('_', ' '));
}

/**
 * "budget tracker: category, amount, month", "plant watering log: date, amount": values listed under a
 * tracker or a log named after a thing are that thing's, in the user's word, even where the knowledge
 * base knows no such entity or knows the word as a domain; a list of things ("todo app: tasks,
 * projects") is not.
 */
function trackedThing(
  reading: Reading,
  phrase: NounPhrase,
  items: readonly string[],
): NounPhrase | undefined {
  if (
    phrase.words.length < 2 ||
    !/^(?:tracker|tracking|log|logger|logbook|journal)$/.test(phrase.words.at(-1)!)
  )
    return undefined;
  if (items.length < 2 || listsResources(reading, items)) return undefined;
  // "fleet tracker: trucks and their drivers": things the knowledge base knows, named in the plural.
  const things = items.some((item) => {
    const head = nounPhrase(
      item
        .replace(/\(.*$/s, '')
        .split(/\s+(?:and|with|w\/)\s+/)[0]!
        .trim(),
    );
    return head !== undefined && head.writtenPlural && kbEntityOf(head) !== undefined;
  });
  if (things) return undefined;
  const thing = nounPhrase(phrase.words.slice(0, -1).join(' '));
  return thing === undefined || isFieldWord(thing) ? undefined : thing;
}

/**
 * "a library system" is a system for running a library (books, members, loans), not one that stores
 * libraries: the words name a domain whose usual resources do not include the entity they also name.
 */
function namesDomainInstead(words: string, entity: string): boolean {
  return knowledgeBase().domains.some((d) => d.cues.en.includes(words) && !d.core.includes(entity));
}

/** Adds what an application's name says it keeps ("todo app" → tasks), noting the reading. */
function addApplicationSubject(
  reading: Reading,
  phrase: NounPhrase,
  name: readonly string[],
  order: number,
): EntityDraft {
  const existing = resolve(reading, phrase);
  if (existing !== undefined) return existing;
  const entity = addEntity(reading, phrase, order);
  reading.inferred.push({
    path: entity.key,
    text: `read "${name.join(' ')}" as an application that keeps ${phrase.plural.replaceAll('_', ' ')}`,
  });
  return entity;
}

/**
 * "also water tests for each tank, ph and the date i tested", "feedings per pen, food and amount": a
 * note naming things kept for each of another resource, then their values after a comma.
 */
const noteShape =
  /^(?:(?:also|and|plus|then)\s+)?(?:the\s+)?((?:[a-z][\w-]{0,40}\s+){0,2}[a-z][\w-]{0,40}s)\s+(?:for|in|per|of|on)\s+(?:each|every)\s+([a-z][\w-]{0,40})\s*,\s*(.+)$/i;

function readNoteLine(reading: Reading, sentence: string, next: () => number): boolean {
  const note = noteShape.exec(sentence.trim());
  if (note === null) return false;
  const [thing, owner] = [nounPhrase(note[1]!.toLowerCase()), nounPhrase(note[2]!.toLowerCase())];
  if (thing === undefined || owner === undefined || !thing.writtenPlural || isFieldWord(thing)) return false;
  const parent = resolve(reading, owner);
  const items = splitItems(note[3]!);
  if (parent === undefined || items.length < 2 || items.some((item) => isClause(item))) return false;
  return addRecordOf(reading, thing, parent, sentence, items, next);
}

/**
 * Declares `thing` (resolved or new) as a record belonging to `parent`, with `items` as its fields.
 * False when the thing turns out to be the parent itself, so the caller's other readers may try.
 */
function addRecordOf(
  reading: Reading,
  thing: NounPhrase,
  parent: EntityDraft,
  sentence: string,
  items: readonly string[],
  next: () => number,
): boolean {
  const entity = resolve(reading, thing) ?? addEntity(reading, thing, next());
  if (entity === parent) return false;
  entity.described = true;
  addStatedLink(reading, entity, parent, sentence);
  for (const item of items) addItem(reading, entity, item, false);
  return true;
}

/**
 * "Kilns: name, max temperature", "Lockers — code, size", "Courier (first name, phone)" and
 * "choir app: singers, rehearsals (venue, starts at)". Returns the sentence when it is not one.
 */
function readDefinitionLine(
  reading: Reading,
  sentence: string,
  next: () => number,
  linkOnly: string[],
): string | undefined {
  const colon = /^([\p{L}][\p{L}\p{N} _'-]{0,60}?)\s*(?::|—|–|\s-\s|=)\s*(.+)$/u.exec(sentence);
  const match = colon ?? /^([\p{L}][\p{L}\p{N} _'-]{0,40}?)\s*\(([^()]+)\)\s*$/u.exec(sentence);
  if (match === null) return readInlineDefinitions(reading, sentence, next);
  const [, name, rest] = match as unknown as [string, string, string];
  // "Reservations of members for classes: each reservation has a date": the records, then prose.
  if (colon !== null && readRecordHeading(reading, name, next)) return rest;
  // "A visit is logged when a guard scans a door: it references the door…": a sentence follows.
  if (/^\s*(?:it|they|he|she|we|i|you)\s+[\p{L}]/iu.test(rest))
    return readInlineDefinitions(reading, sentence, next);
  const items = splitItems(rest);
  // "Kennels: owners, dogs (name), stays (dates) - each dog belongs to an owner, each stay …": the
  // list of things ends where a clause about how they link begins; that clause is prose.
  const clauses = trailingClauses(items);
  const [last, said] = clauses > 0 ? splitDashedClause(items[clauses - 1]!) : ['', ''];
  const listed = [...items.slice(0, Math.max(0, clauses - 1)), last];
  if (
    clauses > 0 &&
    clauses < items.length + (said === '' ? 0 : 1) &&
    // Only names, each with its own field list: "a shelf (…) holds boxes (…)" is a sentence.
    listed.every((item) => /^[^()]{1,60}(?:\([^()]*\))?$/.test(item.trim())) &&
    listsResources(reading, listed)
  ) {
    const read = listed.map((item) => readInlineDefinitions(reading, item, next, true));
    return [read.join(', '), [said, ...items.slice(clauses)].filter((c) => c !== '').join('. ')]
      .filter((c) => c.trim() !== '')
      .join('. ');
  }
  if (isSectionWord(name) || listsResources(reading, items)) {
    // What is left once each resource's own field list is read still says how they relate
    // ("trucks and their drivers"), so it goes on to the relation readers.
    return items.map((item) => readInlineDefinitions(reading, item, next, true)).join(', ');
  }
  // "An API for a language school: teachers (name), …", "Pantry storage for a restaurant: a shelf
  // (label, aisle) holds boxes (…)": a title, and the content after it.
  if (
    (/^(?:(?:a|an|the|our|my)\s+)?(?:api|app|application|backend|service|system|platform)\s+(?:for|to)\b/i.test(
      name,
    ) ||
      (/\s(?:for|of)\s/i.test(name) && /^\s*(?:a|an|the|each|every|our)\s/i.test(rest))) &&
    /[\p{L}]\s*\([^()]+,[^()]+\)/u.test(rest)
  )
    return readInlineDefinitions(reading, rest, next);
  if (name.includes(' ') && headingHasVerb(name)) {
    // "We track incident reports: each has a severity…": each of the clause's object.
    const each = distributiveOpening.exec(rest);
    const object = each === null ? undefined : readClauses(name).at(-1)?.objects.at(-1);
    if (each !== null && object !== undefined && object.pronoun === undefined)
      return `${name}. each ${object.text} ${rest.slice(each[0].length)}`;
    if (colon === null || !clauseBeforeColon(reading, name, items, next))
      return readInlineDefinitions(reading, sentence, next);
    linkOnly.push(name);
    return undefined;
  }
  const phrase = nounPhrase(name);
  if (phrase === undefined) return readInlineDefinitions(reading, sentence, next);
  // "Incident reports: each has a severity…", "Vans - every one has a plate": the distributive word
  // stands for the thing the heading names, so the sentence after it is read as said of that thing.
  const distributive = distributiveOpening.exec(rest);
  if (distributive !== null && applicationSubject(phrase) === undefined)
    return `each ${phrase.words.join(' ')} ${rest.slice(distributive[0].length)}`;
  // "Bakery API: loaves have a weight…", "Shipments: every shipment references an order…": a
  // sentence after the colon, read as prose.
  if (
    /^\s*(?:(?:a|an|the|each|every|all|our|my)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:with|have|has|having|contain|contains|record|records|store|stores|hold|holds|include|includes|need|needs|track|tracks|belong|belongs|are|is)\b/u.test(
      rest,
    ) ||
    opensWithClause(rest)
  ) {
    for (const subject of applicationSubjects(phrase))
      addApplicationSubject(reading, subject, phrase.words, next());
    return rest;
  }
  const application = applicationSubject(phrase) ?? trackedThing(reading, phrase, items);
  const known = kbEntityOf(phrase) !== undefined && !isFieldWord(phrase);
  if (
    application === undefined &&
    (phrase.words.length > 3 || (isFieldWord(phrase) && !definesRecord(reading, items)))
  )
    return readInlineDefinitions(reading, sentence, next);
  if (application === undefined && applicationWords.has(phrase.words.at(-1)!))
    return readInlineDefinitions(reading, rest, next);
  if (application === undefined && !known && !phrase.writtenPlural && items.length < 2)
    return readInlineDefinitions(reading, sentence, next);
  // A verb in the "fields" means a sentence after a colon, not a list.
  if (items.length === 1 && analyse(items[0]!).some((w) => w.pos === 'VERB'))
    return readInlineDefinitions(reading, sentence, next);
  const entity = addEntity(reading, application ?? phrase, next());
  entity.described = true;
  for (const item of items) {
    // "- Address: street, city, belongs to a venue": a link among the fields, to a resource defined.
    const parent = linkItem(reading, item, /(?:belongs?\s+to|(?:is\s+)?linked\s+to)/);
    const parentEntity = parent === undefined ? undefined : resolve(reading, parent);
    if (parentEntity !== undefined && parentEntity !== entity)
      addStatedLink(reading, entity, parentEntity, `${entity.key}: "${item.trim()}"`);
    else addItem(reading, entity, item, false);
  }
  return undefined;
}

/** "each has", "every one records", "each of them is": a sentence whose subject is each of a heading's things. */
const distributiveOpening =
  /^\s*(?:each|every)(?:\s+(?:one|of\s+them))?\s+(?=(?:has|have|with|records?|stores?|holds?|contains?|includes?|needs?|keeps?|gets?|is|belongs?|can|must|should)\b)/i;

/**
 * The resource a list item names as what the line's thing belongs to ("belongs to a venue", "for a
 * recipe", with `cue` the words allowed before it), as a phrase the request or the knowledge base
 * knows as a resource; undefined for any other item.
 */
function linkItem(reading: Reading, item: string, cue: RegExp): NounPhrase | undefined {
  const link = new RegExp(
    String.raw`^(?:(?:it|which|that)\s+)?${cue.source}\s+(?:(?:a|an|the|one|each)\s+)?([\p{L}][\p{L}\p{N} _-]{0,40})$`,
    'iu',
  ).exec(item.trim());
  const target = link === null ? undefined : nounPhrase(link[1]!);
  if (target === undefined) return undefined;
  return resolve(reading, target) !== undefined || kbEntityOf(target) !== undefined ? target : undefined;
}

/**
 * Whether a line named by a value's word ("Address: street, city, postcode, belongs to a venue",
 * "Schedule: weekday, opens at, for a store") defines a record of its own rather than one field's
 * values: it says which resource it belongs to, or lists two or more values that are themselves
 * values the knowledge base knows (a street and a city), which a single field's allowed values
 * ("Status: draft, published") are not.
 */
function definesRecord(reading: Reading, items: readonly string[]): boolean {
  if (items.some((item) => linkItem(reading, item, /(?:belongs?\s+to|is\s+for|for|of|on|about|linked\s+to)/)))
    return true;
  const kb = knowledgeBase();
  return (
    items.filter(
      (item) =>
        kb.fieldWord(
          item
            .replace(/\(.*$/s, '')
            .trim()
            .toLowerCase()
            .replace(/^(?:(?:and|or)\s+)?(?:a|an|the|its|their)\s+/, ''),
        ) !== undefined,
    ).length >= 2
  );
}

/**
 * "every shipment references an order and …", "a recipe uses many ingredients": a determiner, a noun
 * and a verb open a sentence, which a list of fields never does.
 */
function opensWithClause(text: string): boolean {
  const words = analyse(text.trim().toLowerCase().split(/\s+/).slice(0, 7).join(' '));
  // "members post replies to threads", "the gardeners can rent plots": a plural subject and its verb,
  // which the tagger may take for the second noun of a compound.
  const tags = clauseTags(words);
  let k = /^(?:the|our|all|my|their|its)$/.test(words[0]?.text ?? '') ? 1 : 0;
  if (tags[k] === 'NOUN' && /[^s]s$/.test(words[k]!.text)) {
    k++;
    while (tags[k] === 'AUX' || tags[k] === 'ADV') k++;
    if (tags[k] === 'VERB' && ['NOUN', 'DET', 'PRON', 'ADJ', 'ADP'].includes(tags[k + 1] ?? '')) return true;
  }
  if (!['each', 'every', 'a', 'an', 'one'].includes(words[0]?.text ?? '')) return false;
  // A singular noun then a word in -s: "references" is the verb, whatever the tagger says.
  const verb = words.findIndex(
    (w, i) =>
      i > 1 &&
      (w.pos === 'VERB' ||
        w.pos === 'AUX' ||
        (i === 2 && /[^s]s$/.test(w.text) && singularOf(words[1]!.text) === words[1]!.text)),
  );
  return verb > 1 && words.slice(1, verb).every((w) => w.pos === 'NOUN' || w.pos === 'ADJ');
}

/** Whether a heading is a clause: a pronoun, an auxiliary or a finite verb, as the clause reader tags it. */
function headingHasVerb(name: string): boolean {
  const words = analyse(name.toLowerCase());
  const tags = clauseTags(words);
  return words.some(
    (w, i) => ['AUX', 'PRON'].includes(tags[i]!) || (tags[i] === 'VERB' && !w.text.endsWith('ing')),
  );
}

/**
 * "We also record site visits: the date, the architect and notes": a clause whose object, written
 * plural (or known), is what the list after the colon describes. Whether it was one.
 */
function clauseBeforeColon(
  reading: Reading,
  clause: string,
  items: readonly string[],
  next: () => number,
): boolean {
  // "… my expenses: each expense has an amount, …": a sentence after the colon, not a list.
  if (items.length < 2 || items.some((item) => isClause(item) || linkClause.test(item.trim()))) return false;
  // "we need to manage a library: books with a title, …; members with …": the colon lists
  // resources, each with its own values, not values of the clause's object.
  const listed = /^(?:the\s+|our\s+)?([a-z][\w-]{1,40})\s+(?:with|having|that have|which have)\s/i.exec(
    items[0]!.trim(),
  );
  const first = listed === null ? undefined : nounPhrase(listed[1]!.toLowerCase());
  if (first !== undefined && first.writtenPlural && !isFieldWord(first)) return false;
  // "We also record gravity readings for a batch: …": the record, and the one thing each is for.
  const owner =
    /^(.*?)\s+(?:for|of|on|per|from|about)\s+(?:(?:a|an|each|every|one|the|a single)\s+)?([\p{L}][\p{L}\p{N}_-]{0,40})$/iu.exec(
      clause,
    );
  if (owner !== null) clause = owner[1]!;
  const words = analyse(clause.toLowerCase());
  // The clause reader's tags: "nurses record vitals" has a verb the model reads as a noun.
  const tags = clauseTags(words);
  const verb = tags.findLastIndex((t) => t === 'VERB' || t === 'AUX');
  if (verb < 0 || verb === words.length - 1) return false;
  // "i track my jars": a possessive before the object is a determiner of it.
  const object = words
    .slice(verb + 1)
    .filter((w, i) => !['DET', 'PUNCT'].includes(tags[verb + 1 + i]!) && !possessiveWords.has(w.text));
  if (
    object.length === 0 ||
    object.length > 3 ||
    object.some((w) => !['NOUN', 'PROPN', 'ADJ'].includes(tags[words.indexOf(w)]!))
  )
    return false;
  const phrase = nounPhrase(object.map((w) => w.text).join(' '));
  if (phrase === undefined || isFieldWord(phrase)) return false;
  const known = resolve(reading, phrase);
  // "we write a report: the date, …": a thing counted once, made by a verb, with its values.
  const counted =
    words[verb]!.pos === 'VERB' && /^(?:a|an|each|every|one)$/.test(words[verb + 1]?.text ?? '');
  if (known === undefined && !phrase.writtenPlural && !counted && kbEntityOf(phrase) === undefined)
    return false;
  const entity = known ?? addEntity(reading, phrase, next());
  entity.described = true;
  for (const item of items) addItem(reading, entity, item, false);
  const ownerPhrase = owner === null ? undefined : nounPhrase(owner[2]!);
  // What records are kept for is a thing of its own, even where the request describes it further on.
  const parent =
    ownerPhrase === undefined || isFieldWord(ownerPhrase)
      ? undefined
      : (resolve(reading, ownerPhrase) ?? addEntity(reading, ownerPhrase, next()));
  if (parent !== undefined && parent !== entity)
    addStatedLink(reading, entity, parent, `${clause} for ${owner![2]}`);
  // "Nurses record vitals for patients: …": people who make the records are a resource they belong to.
  const subject = nounPhrase(
    words
      .slice(0, verb)
      .filter((_, i) => tags[i] === 'NOUN' || tags[i] === 'ADJ')
      .map((w) => w.text)
      .join(' '),
  );
  const doer =
    subject !== undefined &&
    subject.writtenPlural &&
    verb > 0 &&
    words.slice(0, verb).every((_, i) => ['NOUN', 'ADJ', 'AUX'].includes(tags[i]!)) &&
    !isFieldWord(subject) &&
    (kbEntityOf(subject) !== undefined || hasAgentNoun(words[verb]!.lemma))
      ? (resolve(reading, subject) ?? addEntity(reading, subject, next()))
      : undefined;
  if (doer !== undefined && doer !== entity && doer !== parent) addStatedLink(reading, entity, doer, clause);
  return true;
}

const possessiveWords = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'its']);

/** "each dog belongs to an owner", "and every stay is for a dog": a clause, not a listed thing. */
const linkClause = /^(?:(?:and|also|with|where)\s+)?(?:each|every|all|any)\s+\S+\s+\S/i;
/** "stays (dates) - each dog belongs to an owner": a thing, then a dash and a clause. */
const dashedClause = /^(.*?\S)\s+[-—–]\s+((?:(?:and|also|with|where)\s+)?(?:each|every|all|any)\s+\S.*)$/is;

/**
 * Where a list of things turns into clauses about them: the index of the first clause item, or of
 * the item after one whose dash starts a clause; 0 when the list has no such clause.
 */
function trailingClauses(items: readonly string[]): number {
  for (const [index, item] of items.entries()) {
    const bare = item.replace(/\([^()]*\)/g, '');
    if (dashedClause.test(bare)) return index + 1;
    if (linkClause.test(item)) return index;
  }
  return 0;
}

/** The listed thing and the clause after its dash, if any. */
function splitDashedClause(item: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < item.length; i++) {
    if (item[i] === '(') depth++;
    else if (item[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s[-—–]\s/.test(item.slice(i - 1, i + 2))) {
      const clause = dashedClause.exec(item.slice(i - 1).replace(/^\s*/, 'x '));
      if (clause !== null) return [item.slice(0, i).trim(), clause[2]!];
    }
  }
  return [item, ''];
}

/** Whether every item of a list is itself a resource ("singers, rehearsals (venue, starts at)"). */
function listsResources(reading: Reading, items: readonly string[]): boolean {
  return (
    items.length > 0 &&
    items.every((item) => {
      const head = item.replace(/\(.*$/s, '').replace(perOther, '').trim();
      const phrase = nounPhrase(head);
      if (phrase === undefined || isFieldWord(phrase)) return false;
      return (
        /\(.+,.+\)/.test(item) ||
        perOther.test(item.replace(/\(.*$/s, '').trim()) ||
        resolve(reading, phrase) !== undefined ||
        // "fish (species)": a thing the knowledge base knows, with values of its own.
        ((phrase.writtenPlural || hasOwnValues(item)) && kbEntityOf(phrase) !== undefined) ||
        // "lots, spots per lot, tickets (…)": a plural noun among things the list defines.
        (phrase.writtenPlural && items.length >= 3 && analyse(head.toLowerCase()).at(-1)?.pos === 'NOUN')
      );
    }) &&
    // At least one item is defined or known, so "notes, tags, comments" alone stays a field list.
    items.some(
      (item) =>
        /\(.+,.+\)/.test(item) || perOther.test(item.replace(/\(.*$/s, '').trim()) || kbItem(reading, item),
    )
  );
}

function kbItem(reading: Reading, item: string): boolean {
  const phrase = nounPhrase(item.replace(/\(.*$/s, '').trim());
  return phrase !== undefined && (resolve(reading, phrase) !== undefined || kbEntityOf(phrase) !== undefined);
}

/** A noun phrase of up to three words without an article: "lot", "workout session". */
const bareCompound = String.raw`(?:[\p{L}][\p{L}\p{N}_-]*\s+){0,2}[\p{L}][\p{L}\p{N}_-]*`;

/** "spots per lot", "seats in each row", "sets per workout session": a listed resource's parent. */
const perOther = new RegExp(
  String.raw`\s+(?:per|for each|for every|in each|in every|of each)\s+(${bareCompound})\s*$`,
  'u',
);

/** "X per Y" with nothing else around it. */
const perBare = new RegExp(String.raw`^(.*?)\s+per\s+(${bareCompound})$`, 'u');

/** "…with coaches (name, phone), squads (label, age group) and drills (squad, title)". */
function readInlineDefinitions(
  reading: Reading,
  sentence: string,
  next: () => number,
  listed = false,
): string {
  let rest = sentence;
  // Words are at most 40 letters long, so a run of letters without a parenthesis cannot backtrack for long.
  const pattern =
    /(?<![\p{L}\p{N}'_-])((?:[\p{L}][\p{L}\p{N}'_-]{0,40}\s+){0,7}[\p{L}][\p{L}\p{N}'_-]{0,40})\s*\(([^()]{0,2000}(?:\([^()]{0,200}\)[^()]{0,2000}){0,20})\)/gu;
  for (const match of sentence.matchAll(pattern)) {
    const inner = match[2]!;
    let words = match[1]!.split(/\s+/);
    // "the sessions i do with them (date, subject)": the thing named before the relative clause.
    // "where i store shoots (date, price)": after a connective the pronoun opens a clause that names it.
    const pronoun = words.findIndex(
      (w, k) =>
        k > 0 &&
        /^(?:i|we|you|they)$/i.test(w) &&
        !/^(?:where|when|so|and|then|because|if|as|once|whenever)$/i.test(words[k - 1]!),
    );
    if (pronoun > 0) words = words.slice(0, pronoun);
    // "the bolts in each bin (size, count)": the fields are the bolts', and each bolt is in a bin.
    // "kayaks that belong to a club (hull id, length)": the vehicles' fields, and each belongs to one.
    const prep =
      /^(.*?)\s+(?:(?:that|which|who)\s+)?(?:(?:is|are)\s+)?(?:belongs?|belonging|linked|assigned|tied|attached)\s+to\s+(?:(?:exactly|only|just)\s+)?(?:each|every|a|an|the|one)\s+(.+)$/.exec(
        words.join(' '),
      ) ??
      /^(.*?)\s+(?:(?:that|which|who)\s+(?:(?:is|are|can|may|must|will|always|only)\s+)*(?:[A-Za-z]+\s+)?)?(?:in|of|for|on|per|inside|within|at|from)\s+(?:(?:exactly|only|just)\s+)?(?:each|every|a|an|the|one)\s+(.+)$/.exec(
        words.join(' '),
      ) ??
      // "chargers per station (power, connector)", "sets per workout session": no article after "per".
      perBare.exec(words.join(' '));
    let container: NounPhrase | undefined;
    if (prep !== null) {
      words = prep[1]!.split(/\s+/);
      container = nounPhrase(prep[2]!);
    } else {
      // "members who can borrow books (name, card number)": the fields are the members'.
      const relative = words.findIndex((w, k) => k > 0 && /^(?:who|that|which|whose)$/i.test(w));
      words = (relative > 0 ? words.slice(0, relative) : words).slice(-3);
    }
    // The name's own last word is never cut: "notes (title, body)" names notes.
    const cut = words
      .slice(0, -1)
      .findLastIndex((w) =>
        /^(?:with|and|of|for|the|a|an|some|has|have|contain|contains|called|named|in|on|to|plus|also|or|then|tracks?|stores?|manages?|logs?|records?|keeps?|adds?|lists?|saves?|notes?)$/i.test(
          w,
        ),
      );
    words = words.slice(cut + 1);
    const phrase = nounPhrase(words.join(' '));
    if (phrase === undefined || isFieldWord(phrase)) continue;
    const items = splitItems(inner);
    if (sampleValues(match[1]!, inner, items, phrase)) continue;
    const known = resolve(reading, phrase) !== undefined || kbEntityOf(phrase) !== undefined;
    if (
      isConstraintOnly(inner) ||
      !(items.length >= 2 || ((known || phrase.writtenPlural) && items.length >= 1))
    )
      continue;
    // "the fish in each tank (species, count)": things in each of another are many, whatever the noun.
    // "per station" says "for each station".
    const inEach = container !== undefined && /\s(?:each|every|per)\s/.test(` ${match[1]!.toLowerCase()} `);
    if (!phrase.writtenPlural && !known && !listed && !inEach) continue;
    // "a mood (happy, sad)" inside a list is a field with its values; a singular name defines a
    // resource only where a line starts with it ("Donor (first name, email)").
    const clauseStart = /(?:^|[:;.])$/.test(sentence.slice(0, match.index!).trimEnd());
    if (!phrase.writtenPlural && !listed && !clauseStart && !inEach && resolve(reading, phrase) === undefined)
      continue;
    const entity = addEntity(reading, phrase, next());
    entity.described = true;
    for (const item of items) addItem(reading, entity, item, false);
    // "in each tank": what there is one of each of is a resource too.
    const parent =
      container === undefined
        ? undefined
        : (resolve(reading, container) ??
          (inEach && !isFieldWord(container) ? addEntity(reading, container, next()) : undefined));
    if (parent !== undefined && parent !== entity) addStatedLink(reading, entity, parent, match[1]!);
    // A definition whose link is read already leaves nothing for the list and relation readers
    // ("…, then the fish in each tank (…)" is no value of the tank's).
    // "boats that are moored at one berth (…)": the link is read, so only the boats' name is left.
    rest = rest.replace(
      match[0],
      parent !== undefined && inEach
        ? ' '
        : ` ${parent !== undefined && prep !== null ? prep[1] : match[1]} `,
    );
  }
  // "…and the repairs - which bike, when, what cost": a dash after a thing's name lists its fields.
  const dashed =
    /(?:^|\b(?:and|the|also|plus|each|every)\s+)((?:[a-z][\w'-]{0,40}\s+){0,2}[a-z][\w'-]{0,40})\s+[-—–]\s+(.{3,})$/i.exec(
      rest,
    );
  if (dashed !== null && !listed) {
    // "each crate holds bottles — label and volume": the items are defined, and each belongs to
    // the package.
    const holder =
      /^(?:(?:each|every|a|an|the)\s+)?([a-z][\w'-]{0,40})\s+(?:contains?|has|have|holds?|includes?)\s+([a-z][\w'-]{0,40})$/i.exec(
        dashed[1]!,
      );
    const phrase = nounPhrase(holder?.[2] ?? dashed[1]!);
    const known = phrase === undefined ? undefined : resolve(reading, phrase);
    if (
      phrase !== undefined &&
      !isFieldWord(phrase) &&
      (known !== undefined || phrase.writtenPlural || kbEntityOf(phrase) !== undefined)
    ) {
      const entity = known ?? addEntity(reading, phrase, next());
      entity.described = true;
      for (const item of splitItems(dashed[2]!)) addItem(reading, entity, item, false);
      const holderPhrase = holder === null ? undefined : nounPhrase(holder[1]!);
      const parent = holderPhrase === undefined ? undefined : resolve(reading, holderPhrase);
      if (parent !== undefined && parent !== entity) addStatedLink(reading, entity, parent, dashed[0]);
      rest = rest.slice(0, dashed.index) + ` ${dashed[1]} `;
    }
  }
  if (listed) {
    const name = rest.replace(/\(.*$/s, '');
    const per = perOther.exec(name);
    const phrase = nounPhrase(per === null ? name : name.slice(0, per.index));
    if (phrase !== undefined && !isFieldWord(phrase)) {
      const entity = addEntity(reading, phrase, next());
      listedResources(reading).add(entity.key);
      const other = per === null ? undefined : nounPhrase(per[1]!);
      const parent =
        other === undefined ? undefined : (resolve(reading, other) ?? addEntity(reading, other, next()));
      if (parent !== undefined && parent !== entity) addStatedLink(reading, entity, parent, rest.trim());
    }
  }
  return rest;
}

/** A column that points at another table: "author_id references authors(id)", "order_id -> orders". */
const referencePattern =
  /^([\p{L}_][\p{L}\p{N}_ ]{0,40}?)(?:\s*:\s*|\s+)(?:[\p{L}][\p{L}\p{N}_]{0,20}\s+)??(?:->|→|=>|\breferences\b|\brefs?\b)\s*([\p{L}][\p{L}\p{N}_]{0,40})(?:\s*\([^()]{0,40}\))?\s*$/iu;
/** "course (ref Course)", "owner (references User)": the same in parentheses after the name. */
const bracketedReference =
  /^([\p{L}_][\p{L}\p{N}_ ]{0,40}?)(?:\s*:\s*|\s+)(?:[\p{L}][\p{L}\p{N}_]{0,20}\s+)??\(\s*(?:ref|refs|references|fk(?:\s+to)?|->)\s*:?\s*([\p{L}][\p{L}\p{N}_]{0,40})\s*\)\s*$/iu;

/**
 * "author_id references authors", "doctor_id: uuid -> Doctor", "shelf (ref Shelf)": the item is a link
 * to the resource it names, which the request defines or the knowledge base knows (or which it writes
 * with a capital, as schema names a type), under the column's own name where that is not the
 * resource's ("owner_id -> users" is the owner). False, and nothing read, for any other item.
 */
function addReference(reading: Reading, entity: EntityDraft, item: string): boolean {
  const match = referencePattern.exec(item.trim()) ?? bracketedReference.exec(item.trim());
  if (match === null) return false;
  const [, column, written] = match as unknown as [string, string, string];
  const target = nounPhrase(written.replace(/_/g, ' '));
  if (target === undefined) return false;
  const parent =
    resolve(reading, target) ??
    (kbEntityOf(target) !== undefined || /^\p{Lu}/u.test(written)
      ? addEntity(reading, target, reading.entities.size)
      : undefined);
  if (parent === undefined || parent === entity) return false;
  const name = column
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/_id$/, '');
  // A column named like one every resource has or one a language reserves ("owner_id") keeps the
  // resource's own name instead.
  const reserved = reservedFieldNames.has(`${name}_id`) || reservedIn(`${name}_id`).length > 0;
  const as = name === parent.key || name === '' || reserved ? undefined : name;
  if (!reading.links.some((l) => l.child === entity.key && l.parent === parent.key && l.field === as))
    addStatedLink(reading, entity, parent, `${entity.key} has "${item.trim()}"`, {
      ...(as !== undefined ? { field: as } : {}),
    });
  return true;
}

/** "(text, max 80 characters)", "(int, min 0)": constraints of a field, not a list of fields. */
const isConstraintOnly = (inner: string) =>
  splitItems(inner).every((item) =>
    /^(?:unique|required|optional|nullable|fk|foreign key|not null|int|integer|string|varchar\b.*|char\b.*|text|decimal\b.*|numeric\b.*|bool|boolean|date|datetime|timestamp|float|double|number|money|yes ?\/ ?no|min\b.*|max\b.*|default\b.*|-?\d+(?:\.\d+)?\s*(?:[-–]|to|\.\.)\s*-?\d+.*|[<>≥≤]=?.*|e\.?g\.?\b.*|like\b.*|ex\b.*|\d+\b.*|positive|non-?negative|in [a-z]+|per [a-z]+)$/i.test(
      item.trim(),
    ),
  );

/** Adds one item of a field list to an entity: a field, a link to another resource, or a child collection. */
export function addItem(
  reading: Reading,
  entity: EntityDraft,
  item: string,
  column: boolean,
  /** The item is said in prose as something the entity has ("albums have reviews"), not listed as a field. */
  possessed = false,
): void {
  if (addTypedItem(reading, entity, item) || addReference(reading, entity, item)) return;
  const field = readField(item, { column });
  if (field === undefined) return;
  const head = nounPhrase(field.words.join(' '));
  const target = head === undefined ? undefined : resolve(reading, head);
  const kbTarget = head === undefined ? undefined : kbEntityOf(head);
  if (isBound(field) && field.typedBy !== 'stated') {
    if (field.type === undefined || field.type === 'string') {
      field.type = 'integer';
      field.minimum ??= 0;
    }
    if (!entity.fields.some((f) => f.name === field.name)) entity.fields.push(field);
    return;
  }
  if (field.many && head !== undefined && !isFieldWord(head)) {
    const child = target ?? addEntity(reading, head, reading.entities.size);
    if (child !== entity) addStatedLink(reading, child, entity, `${entity.key} lists "${item.trim()}"`);
    return;
  }
  if (field.per !== undefined) {
    const other = nounPhrase(field.per);
    const otherEntity =
      other === undefined
        ? undefined
        : (resolve(reading, other) ??
          (kbEntityOf(other) ? addEntity(reading, other, reading.entities.size) : undefined));
    if (otherEntity !== undefined && otherEntity !== entity) {
      reading.perFields.push({ entity: entity.key, other: otherEntity.key, field });
      return;
    }
  }
  // The value stays until fields named after resources are read as links, which notes the link.
  if (possessed && target === undefined && ownsKnownThings(head, field))
    addEntity(reading, head!, reading.entities.size);
  // A value named like a known thing ("note", "category") stays a field unless the request says it links.
  const linkTarget =
    target ??
    (kbTarget !== undefined && (field.foreignKey || field.linkCue) && field.enumValues === undefined
      ? addEntity(reading, head!, reading.entities.size)
      : undefined);
  if (
    linkTarget !== undefined &&
    linkTarget !== entity &&
    field.enumValues === undefined &&
    (field.typedBy !== 'stated' || field.foreignKey)
  ) {
    // "order lines" in an order's list: a collection of the resource the whole phrase names.
    if (
      head!.writtenPlural &&
      !field.foreignKey &&
      (field.words.length === 1 || head!.key === linkTarget.key)
    ) {
      addStatedLink(reading, linkTarget, entity, `${entity.key} has "${item.trim()}"`);
      return;
    }
    const fieldName =
      field.name === linkTarget.key || field.name === `${linkTarget.key}_id`
        ? undefined
        : field.name.replace(/_id$/, '');
    reading.links.push({
      kind: 'belongs-to',
      child: entity.key,
      parent: linkTarget.key,
      because: `${entity.key} has "${item.trim()}"`,
      stated: true,
      ...(field.required !== undefined ? { required: field.required } : {}),
      ...(fieldName !== undefined ? { field: fieldName } : {}),
    });
    return;
  }
  if (field.foreignKey && head !== undefined) {
    const created = addEntity(reading, head, reading.entities.size);
    if (created !== entity) {
      addStatedLink(reading, entity, created, `${entity.key} has "${item.trim()}"`);
      return;
    }
  }
  // "the reason for the outage" on an outage is its reason.
  const own = new RegExp(
    `^(.+?)_(?:for|of|on)_(?:the_|this_|each_)?(?:${entity.key}|${entity.plural})$`,
  ).exec(field.name);
  if (own !== null) {
    field.name = own[1]!;
    field.words = own[1]!.split('_');
  }
  if (!entity.fields.some((f) => f.name === field.name)) entity.fields.push(field);
}

/**
 * "albums have reviews", "courses have lessons": a plural the knowledge base knows as a thing that
 * belongs to others (a review, a lesson), said as something a resource has, is a resource of its own.
 * A word it also knows as a value ("notes", "photos"), a thing that belongs to nothing (a tag, a
 * label) and an item of a written field list ("Recipe: title, ingredients") stay values.
 */
function ownsKnownThings(head: NounPhrase | undefined, field: FieldDraft): boolean {
  const known = head === undefined ? undefined : knowledgeBase().entityFor(head.words.join(' '));
  return (
    head !== undefined &&
    known !== undefined &&
    head.writtenPlural &&
    known.parents.length > 0 &&
    field.words.length === head.words.length &&
    knowledgeBase().fieldWord(head.words.join(' ')) === undefined &&
    field.enumValues === undefined &&
    field.typedBy !== 'stated' &&
    !field.foreignKey
  );
}

/** "POST /todos {"title": "Buy milk", "done": false}": the example's keys are fields, typed by value. */
function readExample(reading: Reading, example: Layout['examples'][number], order: number): void {
  const path = /\/([\w-]+)(?:\/\{?[\w:]+\}?)?\s*$/.exec(example.before.trim());
  const words = path?.[1] ?? /([\p{L}][\p{L}_-]*)\s*:?\s*$/u.exec(example.before.trim())?.[1];
  const phrase = words === undefined ? undefined : nounPhrase(words.replace(/[-_]/g, ' '));
  if (phrase === undefined) return;
  const entity = addEntity(reading, phrase, order);
  entity.described = true;
  for (const [key, value] of Object.entries(example.value).slice(0, 100)) {
    const field = readField(
      key
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .replace(/[-_]/g, ' '),
    );
    if (field === undefined || ['id', 'created_at', 'updated_at'].includes(field.name)) continue;
    if (typeof value === 'boolean') field.type = 'boolean';
    else if (typeof value === 'number')
      field.type = Number.isInteger(value) ? (field.type === 'number' ? 'number' : 'integer') : 'number';
    else if (typeof value === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) field.type = 'date';
      else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) field.type = 'datetime';
      else if (/^[^@\s]+@[^@\s]+$/.test(value)) field.type = 'email';
      else if (/^https?:\/\//.test(value)) field.type = 'url';
      else if (field.type === undefined || field.typedBy === 'name')
        field.type = field.type === 'text' ? 'text' : 'string';
    } else if (value !== null && typeof value === 'object') field.type = 'json';
    field.typedBy = 'stated';
    addItem(reading, entity, key, false);
    const added = entity.fields.find((f) => f.name === field.name);
    if (added !== undefined)
      Object.assign(added, { type: field.type, typedBy: 'stated', format: field.format });
  }
}

/**
 * "Drivers have a name, a licence number and a shift count", "each greenhouse has a code + size",
 * "quizzes with a topic and a time limit": the subject's fields.
 */
function readListSentence(reading: Reading, sentence: string, next: () => number, focus: ListFocus): void {
  if (readEventLog(reading, sentence, next, focus)) return;
  const words = analyse(sentence.toLowerCase());
  for (let v = 1; v < words.length - 1; v++) {
    const verb = words[v]!;
    const copula = verb.text === 'is' || verb.text === 'are';
    if (!listVerbs.has(verb.text) && !copula) continue;
    // "write down", "jot down", "note down": the particle carries the list.
    if (
      verb.text === 'down' &&
      !/^(?:write|writes|jot|jots|note|notes|put|puts|take|takes)$/.test(words[v - 1]?.text ?? '')
    )
      continue;
    // "a badge for every climber": a noun, unless a plural subject and an article around it make it a verb.
    if (
      (verb.pos === 'NOUN' || verb.pos === 'PROPN') &&
      !(
        (['NOUN', 'PROPN'].includes(words[v - 1]?.pos ?? '') ||
          /^(?:that|which|who)$/.test(words[v - 1]?.text ?? '')) &&
        (words[v + 1]?.pos === 'DET' || /^(?:their|its|his|her|our|my)$/.test(words[v + 1]?.text ?? ''))
      )
    )
      continue;
    if (
      (verb.text === 'have' || verb.text === 'has' || verb.text === 'need' || verb.text === 'needs') &&
      words[v + 1]?.text === 'to'
    )
      continue;
    // "we don't need invoices", "no need to store addresses": what is ruled out is no field.
    if (
      words
        .slice(Math.max(0, v - 3), v)
        .some((w) => /^(?:not|n't|never|no|don't|doesn't|won't|without)$/.test(w.text))
    )
      continue;
    if (wantsAnApplication(words, v)) continue;
    // "a rental links a customer with a bike": the second thing linked, not a list of values.
    if (
      verb.text === 'with' &&
      words
        .slice(Math.max(0, v - 4), v)
        .some((w) => /^(?:links?|connects?|pairs?|matches|joins?|ties|associates?)$/.test(w.text))
    )
      continue;
    // "users log in and see their tasks", "guests check in.": a verb whose particle ends the clause
    // has no object, so nothing after it is a list of values.
    if (
      ['ADP', 'PART'].includes(words[v + 1]?.pos ?? '') &&
      /^(?:[,.;:!?)]|and|or|but|then|to)?$/.test(words[v + 2]?.text ?? '')
    )
      continue;
    // "weekends get really busy", "my kids keep losing books": "get" before an adjective and "keep"
    // before a verb say how things go, not what is kept.
    let after = v + 1;
    while (words[after]?.pos === 'ADV') after++;
    if (/^gets?$/.test(verb.text) && ['ADJ', 'VERB'].includes(words[after]?.pos ?? '')) continue;
    if (/^keeps?$/.test(verb.text) && words[v + 1]?.pos === 'VERB' && words[v + 1]!.text.endsWith('ing'))
      continue;
    let subject: Subject | undefined = subjectBefore(words, v) ?? subjectOfClause(words, v);
    // "whenever we service one we note the mileage…": the record of that occasion.
    const occasion = occasionOf(reading, sentence.slice(clauseOpening(sentence, words, v)), focus.request);
    if (
      occasion !== undefined &&
      (subject === undefined ||
        /^(?:i|we|you|one|it|they)$/.test(words[v - 1]?.text ?? '') ||
        /^(?:i|we|you)$/.test(words[v - 2]?.text ?? ''))
    )
      subject = { text: occasion.key.replaceAll('_', ' '), start: v };
    // "There are a few tiers, each with a name and a fee", "we run kilns, each having…": the
    // plural before ", each" is what the list describes.
    const distributive =
      /^(?:with|having|has|have)$/.test(verb.text) &&
      words[v - 1]?.text === 'each' &&
      words[v - 2]?.text === ',' &&
      ['NOUN', 'PROPN'].includes(words[v - 3]?.pos ?? '');
    if (distributive) {
      let start = v - 3;
      while (start > 0 && ['NOUN', 'ADJ'].includes(words[start - 1]!.pos) && v - 3 - start < 2) start--;
      subject = {
        text: words
          .slice(start, v - 2)
          .map((w) => w.text)
          .join(' '),
        start,
      };
    }
    // "Suppliers are companies with a tax id", "… companies that have a tax id": a copula classifies
    // its subject, whose the values are.
    if (/^(?:with|having|have|has)$/.test(verb.text) && subject !== undefined) {
      let k = subject.start - 1;
      if (/^(?:a|an)$/.test(words[k]?.text ?? '')) k--;
      const classified = /^(?:are|is)$/.test(words[k]?.text ?? '') ? subjectBefore(words, k) : undefined;
      if (classified !== undefined) subject = classified;
    }
    // "…and each one has a barcode", "…and we store their rating": the sentence's own subject.
    const pronoun = /^(?:we|i|you)$/.test(words[v - 1]?.text ?? '');
    const eachOne = words[v - 1]?.text === 'one' && /^(?:each|every)$/.test(words[v - 2]?.text ?? '');
    if (
      ((pronoun || subject === undefined) && /^(?:their|its|his|her)$/.test(words[v + 1]?.text ?? '')) ||
      eachOne ||
      // "…points to a product and holds a quantity": the verb before "and" was not recognised.
      (subject === undefined && words[v - 1]?.text === 'and') ||
      (subject !== undefined && /^(?:one|it|they|them)$/.test(subject.text))
    )
      subject = sentenceSubject(words, v) ?? subject;
    // "i have 30 kids, keep their names": with no subject of its own, "their" is the last things named.
    if (subject === undefined && words[v + 1]?.text === 'their') {
      let k = v - 1;
      while (k >= 0 && !(words[k]!.pos === 'NOUN' && singularOf(words[k]!.text) !== words[k]!.text)) k--;
      if (k >= 0) subject = { text: words[k]!.text, start: k };
    }
    // "each order belongs to a customer with a name": the list describes the customer, unless the
    // customer was described already ("each lesson is assigned to a court with the player's name").
    if (subject?.linkedTo !== undefined) {
      const target = nounPhrase(subject.linkedTo.text);
      const known = target === undefined ? undefined : resolve(reading, target);
      if (known === undefined || !known.described) subject = subject.linkedTo;
    }
    let list = sentenceAfter(sentence, words, v);
    // A relation clause after the list belongs to the relation reader.
    list = list.split(
      /\b(?:and|,)?\s*(?:(?:each|every|which|that|who|so|but|because|then)\s+(?!(?:dog|one|kind)\b)|where\s+(?!(?:dog|one|kind|it|they|he|she|we|i|you)\b))(?=\w+\s+(?:has|have|is|are|belongs?|can|must|should|records?|stores?|contains?))|\b(?:belongs? to|is linked to|is assigned to)\b/,
    )[0]!;
    const items: string[] = [];
    for (const item of splitItems(list).flatMap(splitRunOn)) {
      // "…, and drawers with a label": another subject with its own list starts here.
      if (
        isClause(item) ||
        // "tiles in a mosaic with a colour and shape": a new subject with its own list.
        /^\S+(?:\s\S+){0,4}\s(?:with|have|has|having|contain|contains)\s/.test(item) ||
        // ("where it is kept" is a value: the place.)
        // ("the island it is on" is a value too: a relative clause on its noun.)
        /^(?:and\s+)?(?!(?:where|when|whether|how|what|which)\b)(?:(?:a|an|the|each|every)\s+)?[\w-]+(?:\s(?!(?:it|they|he|she)\b)[\w-]+)?\s+(?:with|have|has|contain|contains|record|records|store|stores|can|may|must|should|will|is|are|belongs?)\b/.test(
          item,
        )
      )
        break;
      if (item.split(/\s+/).length <= 8) items.push(item);
    }
    if (items.length === 0 || (copula && items.length < 2)) continue;
    // "we keep the delivery address on the order itself": the list ends by naming whose it is.
    const whose =
      /^(.*?)\s+(?:on|in|for|of|against|with)\s+(?:the|each|every|a|an)\s+([a-z][\w-]{1,40})(?:\s+itself)?$/i.exec(
        items.at(-1)!,
      );
    const owner = whose === null ? undefined : nounPhrase(whose[2]!);
    if (
      whose !== null &&
      owner !== undefined &&
      !isFieldWord(owner) &&
      resolve(reading, owner) !== undefined &&
      (subject === undefined ||
        /^(?:we|i|you|they)$/.test(words[v - 1]?.text ?? '') ||
        /^(?:we|i|you|they)$/.test(subject.text))
    ) {
      items[items.length - 1] = whose[1]!;
      subject = { text: whose[2]!, start: v };
    }
    if (!copula && readRecordsOf(reading, subject, items, sentence, next)) return;
    // "patients book appointments with doctors": things named after "with" behind a verb's object
    // take part in the act, which the clause readers read; they are no values of the object.
    if (
      verb.text === 'with' &&
      subject !== undefined &&
      words[subject.start - 1]?.pos === 'VERB' &&
      items.every((item) => {
        const thing = nounPhrase(item);
        return thing !== undefined && thing.writtenPlural && !isFieldWord(thing);
      })
    )
      continue;
    const phrase = subject === undefined ? undefined : nounPhrase(subject.text);
    const contents =
      phrase === undefined
        ? undefined
        : productContents(reading, { phrase, before: words[subject!.start - 1]?.text }, verb.text, items);
    // "recipe api with ingredients": the application keeps recipes, which hold the rest.
    const kept = phrase === undefined ? undefined : applicationSubject(phrase);
    if (contents !== undefined && (kept === undefined || contents.some((c) => c.key === kept.key))) {
      for (const thing of contents) {
        const entity = resolve(reading, thing) ?? addEntity(reading, thing, next());
        entity.described = true;
      }
      focus.products.set(phrase!.key, readAsProduct(reading, subject!.text, contents));
      continue;
    }
    const known = phrase === undefined ? undefined : resolve(reading, phrase);
    // "the keeper writes down the dog's name, breed…": values of the thing named in the possessive,
    // which the possessive reader takes, unless the subject is a resource described here ("each
    // viewing records the buyer's name").
    const possessive = items.some((item) => /^(?:(?:the|a|an|each|every)\s+)?[a-z-]+'s\s/i.test(item));
    if (
      possessive &&
      known === undefined &&
      !/^(?:each|every|a|an)$/.test(words[(subject?.start ?? 0) - 1]?.text ?? '') &&
      !(phrase?.writtenPlural === true && clauseStart(words, subject!.start) <= 1)
    )
      continue;
    const plausible =
      phrase !== undefined &&
      // "Crops have a name, a variety and a price": a value's word with values of its own is a thing.
      (!isFieldWord(phrase) || (!copula && definesRecord(reading, items))) &&
      !isRelativeClause(subject!.text) &&
      (known !== undefined ||
        focus.products.has(phrase.key) ||
        kbEntityOf(phrase) !== undefined ||
        (phrase.writtenPlural && clauseStart(words, subject!.start) <= 3) ||
        /^(?:each|every)$/.test(words[subject!.start - 1]?.text ?? '') ||
        (distributive && phrase.writtenPlural) ||
        // "A revision has the content and an editor": a sentence that opens by describing one.
        (subject!.start === 1 && /^(?:a|an)$/.test(words[0]!.text) && !copula && items.length >= 2));
    // "an api for my band, we got gigs, setlists and songs": plural things the writer says they have
    // are what the API stores, each a resource, not values of the last thing named.
    if (
      !copula &&
      /^(?:we|i)$/.test(words[v - 1]?.text ?? '') &&
      // "for each dog we record visits": the things are the dog's, which the readers of records take.
      !words.slice(0, v).some((w) => /^(?:each|every|per)$/.test(w.text)) &&
      // Only having: after "keep" or "track" the clause readers find records and acts ("i keep goats
      // and track treatments").
      /^(?:have|got)$/.test(verb.text) &&
      items.length >= 2 &&
      items.every((item) => {
        const thing = nounPhrase(item.replace(/^(?:and|also)\s+/, ''));
        return (
          thing !== undefined &&
          thing.writtenPlural &&
          !isFieldWord(thing) &&
          item.split(/\s+/).length <= 3 &&
          // Nouns only: "wanna track treatments" is a clause, not a thing kept.
          analyse(item).every((w) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ'].includes(w.pos))
        );
      })
    ) {
      for (const item of items) {
        const thing = nounPhrase(item.replace(/^(?:and|also)\s+/, ''))!;
        const entity = resolve(reading, thing) ?? addEntity(reading, thing, next());
        entity.described = true;
      }
      continue;
    }
    if (!plausible) {
      // "he wants size, colour and cost for each one": a list of values about what was just named.
      const before = sentence
        .toLowerCase()
        .slice(0, Math.max(0, sentence.toLowerCase().indexOf(` ${verb.text} `)));
      for (const np of nounPhrases(before)) {
        const mentioned = nounPhrase(np.text);
        const entity = mentioned === undefined ? undefined : resolve(reading, mentioned);
        if (entity !== undefined) focus.entity = entity;
      }
      if (focus.entity !== undefined && items.length >= 3 && !copula && !possessive) {
        for (const item of items) addItem(reading, focus.entity, item, false, true);
        focus.entity.described = true;
        return;
      }
      continue;
    }
    const entity = known ?? addEntity(reading, phrase!, next());
    entity.described = true;
    const product = focus.products.get(phrase!.key);
    if (product !== undefined) {
      focus.products.delete(phrase!.key);
      productIsResource(reading, product, entity.key);
    }
    if (subject!.container !== undefined) {
      const container = nounPhrase(subject!.container);
      const parent = container === undefined ? undefined : resolve(reading, container);
      if (parent !== undefined && parent !== entity) addStatedLink(reading, entity, parent, sentence);
    }
    for (const item of items) addItem(reading, entity, item, false, true);
    focus.entity = entity;
  }
  for (const np of nounPhrases(sentence.toLowerCase())) {
    const phrase = nounPhrase(np.text);
    const entity = phrase === undefined ? undefined : resolve(reading, phrase);
    if (entity !== undefined) focus.entity = entity;
  }
}

/**
 * "log every time i water them w/ the date and amount", "record each time we feed a calf: the food
 * and the weight": each such occasion is a record (a watering, a feeding) of the thing acted on, with
 * the values listed after it.
 */
function readEventLog(reading: Reading, sentence: string, next: () => number, focus: ListFocus): boolean {
  const log =
    /\b(?:log|record|track|note|save|keep track of|write down)\s+(?:each|every)\s+time\s+(?:i|we|you|someone|somebody)\s+([a-z]{3,20})\s+(them|it|(?:the|a|an|my|our|their|one of the)\s+[a-z][\w-]{1,40})\s*(?:,|w\/|with|:|-)\s*(.+)$/i.exec(
      sentence,
    );
  if (log === null) return false;
  const verb = analyse(`they ${log[1]!.toLowerCase()}`).at(-1);
  if (verb === undefined || verb.pos !== 'VERB') return false;
  const object = log[2]!.toLowerCase();
  const acted = /^(?:them|it)$/.test(object)
    ? focus.entity
    : (() => {
        const phrase = nounPhrase(object);
        return phrase === undefined ? undefined : resolve(reading, phrase);
      })();
  if (acted === undefined) return false;
  const items = splitItems(log[3]!);
  if (items.length === 0 || items.some((item) => isClause(item))) return false;
  const named = nounsOf(verb.lemma)
    .map((noun) => nounPhrase(noun))
    .find((phrase) => phrase !== undefined && resolve(reading, phrase) !== undefined);
  const gerund = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb.lemma)
    ? `${verb.lemma}${verb.lemma.at(-1)}ing`
    : `${verb.lemma.replace(/([^e])e$/, '$1')}ing`;
  const phrase = named ?? nounPhrase(gerund);
  if (phrase === undefined || isFieldWord(phrase)) return false;
  return addRecordOf(reading, phrase, acted, sentence, items, next);
}

/**
 * "Climbers log ascents of a route, recording the date and whether it was a flash", "members keep
 * their visits to a gym (date, duration)": what a list verb takes is a plural thing "of"/"to"/"on"
 * another resource, so it is a resource of its own, belonging to both, and the rest of the list is its.
 */
function readRecordsOf(
  reading: Reading,
  subject: Subject | undefined,
  items: readonly string[],
  sentence: string,
  next: () => number,
): boolean {
  const first =
    /^(?:(?:their|its|his|her|the|all|every)\s+)?([a-z][\w-]{1,40}s)\s+(?:of|to|on|at|for)\s+(?:(?:a|an|the|each|every|one|their|its)\s+)?([a-z][\w-]{1,40})$/.exec(
      items[0]!.toLowerCase(),
    );
  if (first === null) return false;
  const [record, target] = [nounPhrase(first[1]!), nounPhrase(first[2]!)];
  if (record === undefined || target === undefined || !record.writtenPlural || isFieldWord(record))
    return false;
  const parent = resolve(reading, target);
  if (parent === undefined || resolve(reading, record) === parent) return false;
  const entity = resolve(reading, record) ?? addEntity(reading, record, next());
  entity.described = true;
  const owners = [parent];
  const actor = subject === undefined ? undefined : nounPhrase(subject.text);
  // The one who logs it is a resource too when it names people ("climbers", "members").
  const actorEntity =
    actor === undefined
      ? undefined
      : (resolve(reading, actor) ??
        (actor.writtenPlural && !isFieldWord(actor) && /(?:er|or|ist|ant|ent|ian|ee)$/.test(actor.key)
          ? addEntity(reading, actor, next())
          : undefined));
  if (actorEntity !== undefined) owners.push(actorEntity);
  for (const owner of owners)
    if (owner !== entity && !reading.links.some((l) => l.child === entity.key && l.parent === owner.key))
      addStatedLink(reading, entity, owner, sentence);
  // "recording the date": the participle only introduces the values.
  for (const item of items.slice(1))
    addItem(
      reading,
      entity,
      item.replace(/^(?:recording|noting|storing|keeping|including|saving|logging|with)\s+/i, ''),
      false,
    );
  return true;
}

/** Where the clause holding a verb starts in the sentence: after the last comma or "and" before it. */
function clauseOpening(sentence: string, words: ReturnType<typeof analyse>, verbIndex: number): number {
  const lower = sentence.toLowerCase();
  let position = 0;
  let opening = 0;
  for (let k = 0; k < verbIndex; k++) {
    const at = lower.indexOf(words[k]!.text, position);
    if (at < 0) break;
    position = at + words[k]!.text.length;
    if (
      words[k]!.text === ',' ||
      (words[k]!.text === 'and' && /^(?:when|whenever|after)$/.test(words[k + 1]?.text ?? ''))
    )
      opening = position;
  }
  return opening;
}

/**
 * The noun phrase a sentence opens with ("Samples are collected…", "Each tournament has…"), when a
 * verb follows it before `before`: what a later "each one", "it" or "their" in the sentence refers to.
 */
function sentenceSubject(words: ReturnType<typeof analyse>, before: number): Subject | undefined {
  let start = 0;
  while (start < before && /^(?:each|every|all|the|our|my|a|an|its|their)$/.test(words[start]!.text)) start++;
  let end = start;
  while (end < before && ['NOUN', 'PROPN', 'ADJ'].includes(words[end]!.pos) && end - start < 3) end++;
  // "Volunteers sign up with…": the model took the verb before its particle for a noun.
  if (end - start > 1 && words[end]?.pos === 'ADP' && /^(?:up|in|on|out|off)$/.test(words[end]!.text)) end--;
  // "each order line points to a product": a verb in -s the model took for a noun, before its object.
  // The word before it then heads the subject even where the model took it for an adjective ("a
  // rental links a customer…": the noun sense is the only one that can be a subject).
  else if (
    end - start > 1 &&
    ['ADP', 'DET'].includes(words[end]?.pos ?? '') &&
    /s$/.test(words[end - 1]!.text)
  ) {
    end--;
    if (words[end - 1]!.pos === 'ADJ' && end - start === 1) return { text: words[start]!.text, start };
  }
  // "Vets work at…", "Visits link an animal…": a compound's modifiers are singular, so the word after
  // a plural is the verb the model took for a noun.
  const plural = words
    .slice(start, end - 1)
    .findIndex((w) => !pluralModifiers.has(w.text) && /s$/.test(w.text) && singularOf(w.text) !== w.text);
  if (plural >= 0 && ['ADP', 'DET', 'NUM'].includes(words[end]?.pos ?? '')) end = start + plural + 1;
  if (end === start || !['NOUN', 'PROPN'].includes(words[end - 1]!.pos)) return undefined;
  if (!['VERB', 'AUX', 'NOUN'].includes(words[end]?.pos ?? '')) return undefined;
  return {
    text: words
      .slice(start, end)
      .map((w) => w.text)
      .join(' '),
    start,
  };
}

/** "a venue a date": items written without the comma between them, split at each article. */
function splitRunOn(item: string): string[] {
  const parts = item.split(/\s+(?=(?:a|an)\s+\S)/i);
  return parts.length > 1 && parts.slice(1).every((p) => /^(?:a|an)\s/i.test(p)) && /^(?:a|an)\s/i.test(item)
    ? parts
    : [item];
}

/**
 * "Track each doctor's specialty and each hospital's name and city": what follows a resource's
 * possessive, up to the next possessive, is that resource's fields.
 */
function readPossessives(reading: Reading, sentence: string): void {
  const lower = sentence.toLowerCase();
  // "members' lockers have a number": a plural holder, whose thing a clause describes.
  for (const plural of lower.matchAll(/(?:^|\s)(?:(?:the|all|our|their)\s+)?([a-z][\w-]{1,40}s)'\s+(.+)$/g))
    readPossessedThing(reading, plural[1]!, plural[2]!.replace(/[,;.]\s*$/, ''), sentence);
  if (!lower.includes("'s ")) return;
  const owners = [
    ...lower.matchAll(
      /(?:^|\s)(?:(?:each|every|the|a|an|its|their)\s+)?((?:[a-z][\w-]{1,40}\s+)?[a-z][\w-]{1,40})'s\s+/g,
    ),
  ];
  owners.forEach((owner, k) => {
    // "a delivery route's stops": the owner is a noun compound when every word of it is a noun;
    // "stores customer's name" is owned by the customer.
    const ownerWords = owner[1]!.split(/\s+/);
    const ownerWord =
      ownerWords.length > 1 &&
      analyse(`the ${owner[1]!}`)
        .slice(1)
        .every((w) => w.pos === 'NOUN')
        ? owner[1]!
        : ownerWords.at(-1)!;
    const phrase = nounPhrase(ownerWord);
    const end = owners[k + 1]?.index ?? lower.length;
    const list = lower
      .slice(owner.index! + owner[0].length, end)
      .replace(/\s+(?:and|plus|as well as)\s*$/, '')
      .replace(/[,;]\s*$/, '');
    if (readPossessedThing(reading, ownerWord, list, sentence)) return;
    // "the customer's name, the pickup date": an item with its own article is no longer the owner's.
    const all = splitItems(list);
    const own = all.findIndex((item, i) => i > 0 && /^(?:the|a|an|its|their)\s/.test(item));
    const items = own < 0 ? all : all.slice(0, own);
    if (items.length === 0 || items.some((item) => item.split(/\s+/).length > 4 || isClause(item))) return;
    // "records the animal's name, species and date of birth": a thing described by two or more of
    // its own values is a resource, even where the request never names it otherwise. One value
    // ("the owner's phone") stays a field of whatever the sentence describes.
    // Where the sentence's list gave them to another resource already ("a viewing records the
    // buyer's name and phone"), they stay its fields.
    const attributed = [...reading.entities.values()].some((e) =>
      e.fields.some((f) => f.source.toLowerCase().includes(`${ownerWord}'s`)),
    );
    const entity =
      phrase === undefined
        ? undefined
        : (resolve(reading, phrase) ??
          (items.length >= 2 &&
          !attributed &&
          !isFieldWord(phrase) &&
          analyse(ownerWord).at(-1)?.pos === 'NOUN'
            ? addEntity(reading, phrase, reading.entities.size)
            : undefined));
    if (entity === undefined) return;
    for (const item of items) addItem(reading, entity, item, false);
    entity.described = true;
  });
}

/**
 * "each farmer's stall has a number and a size", "a delivery route's stops with an address": the thing
 * possessed is the subject of a clause of its own, or things counted many with values of their own, so
 * it is a record of its own, belonging to its holder, and the values after its verb are its. A value's
 * name ("the owner's phone is required") stays the field readers'. True when read so.
 */
function readPossessedThing(reading: Reading, ownerWord: string, list: string, sentence: string): boolean {
  const clause =
    /^([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+(has|have|holds|contains|includes|records|lists|carries|with)\s+(.+)$/.exec(
      list,
    );
  if (clause === null) return false;
  const thing = nounPhrase(clause[1]!);
  const owner = nounPhrase(ownerWord);
  if (thing === undefined || owner === undefined || isFieldWord(thing) || isFieldWord(owner)) return false;
  if (clause[2] === 'with' && !thing.writtenPlural) return false;
  const words = analyse(`the ${clause[1]!}`);
  if (words.slice(1).some((w) => w.pos !== 'NOUN' && w.pos !== 'PROPN')) return false;
  const items = splitItems(clause[3]!);
  if (items.length === 0 || items.some((item) => item.split(/\s+/).length > 4 || isClause(item)))
    return false;
  const holder = resolve(reading, owner) ?? addEntity(reading, owner, reading.entities.size);
  const entity = resolve(reading, thing) ?? addEntity(reading, thing, reading.entities.size);
  if (entity === holder) return false;
  entity.described = true;
  if (!reading.links.some((l) => l.child === entity.key && l.parent === holder.key))
    addStatedLink(reading, entity, holder, sentence.trim());
  for (const item of items) addItem(reading, entity, item, false);
  return true;
}

/**
 * "the orders customers place": two plurals in a row are an object and the subject of a relative
 * clause, not a compound name, whose modifiers are singular ("order line").
 */
function isRelativeClause(phrase: string): boolean {
  const words = phrase.split(' ');
  return words
    .slice(0, -1)
    .some((word) => !pluralModifiers.has(word) && /s$/.test(word) && singularOf(word) !== word);
}

/** How far a word is from the start of its clause (after the last comma, colon or conjunction). */
function clauseStart(words: ReturnType<typeof analyse>, index: number): number {
  let k = index;
  while (k > 0 && !/^[,:;]$|^(?:and|but|while)$/.test(words[k - 1]!.text)) k--;
  return index - k;
}

/** What the list reader carries from one sentence to the next. */
interface ListFocus {
  /** The resource the last sentence was about: "he wants size and colour for each one". */
  entity?: EntityDraft;
  /** Names read as the product ("a blog with posts"), until a sentence gives one fields. */
  readonly products: Map<string, ProductName>;
  /** The whole request's prose, lower case, for words named elsewhere in it. */
  readonly request: string;
}

/** What a request asks to be built, never a value of the one asking. */
const builtThings = new Set(
  'app application api backend system platform service site website portal tool database tracker manager planner organizer organiser'.split(
    ' ',
  ),
);

/**
 * "my band needs a lil app for our gigs", "our law firm needs a case management backend": the verb's
 * object is the application asked for, so the subject is who asks, and no list follows.
 */
function wantsAnApplication(words: ReturnType<typeof analyse>, verbIndex: number): boolean {
  let k = verbIndex + 1;
  while (
    k < words.length &&
    k <= verbIndex + 5 &&
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'X'].includes(words[k]!.pos)
  ) {
    if (builtThings.has(words[k]!.text) && !['NOUN', 'PROPN'].includes(words[k + 1]?.pos ?? '')) return true;
    k++;
  }
  return false;
}

/** A list's subject; `container` is what it is in or belongs to; `linkedTo` what a link names before the list. */
interface Subject {
  readonly text: string;
  readonly start: number;
  readonly container?: string;
  readonly linkedTo?: { readonly text: string; readonly start: number };
}

/** An item that is a clause of its own ("a coach often trains many swimmers"), which ends a list. */
function isClause(item: string): boolean {
  // "whenever we service one we note the mileage": an occasion and what is done on it, not a value.
  if (
    /^\s*(?:when|whenever|each time|every time|after)\s+(?:i|we|you|someone|somebody|they)\s+\S+.*\b(?:i|we|you|they)\s+\S+/i.test(
      item,
    )
  )
    return true;
  if (/^\s*(?:when|whether|if|how|who|which|what|where)\b/i.test(item)) return false;
  // "and for a plot we store the crop": a new clause about another thing.
  if (
    /^\s*(?:and\s+)?(?:for|about|as for|regarding)\s+(?:a|an|each|every|the|one)\s+\S+(?:\s+\S+)?\s+(?:we|i|you|they)\s/i.test(
      item,
    )
  )
    return true;
  const words = analyse(item.toLowerCase());
  for (let i = 1; i < words.length; i++) {
    // "for a kiln we keep …" starts a clause; "the day it was fired" is a relative clause.
    if (
      words[i]!.pos === 'PRON' &&
      /^(?:we|i|you|they|he|she)$/.test(words[i]!.text) &&
      words[i - 1]!.pos !== 'NOUN' &&
      ['VERB', 'AUX'].includes(words[i + 1]?.pos ?? '')
    )
      return true;
  }
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i]!.pos !== 'VERB') continue;
    // "the shipping address on…": a value's name the model took for a verb.
    if (knowledgeBase().fieldWord(words[i]!.text) !== undefined) continue;
    let j = i - 1;
    while (j > 0 && words[j]!.pos === 'ADV') j--;
    if (words[j]!.pos === 'NOUN' || words[j]!.pos === 'PROPN') return true;
  }
  return false;
}

/**
 * The subject of a verb that has none right before it: "a firing, which belongs to the kiln and
 * notes the peak" (the antecedent of which/that), or "for a kiln we keep…" (what it is for).
 */
function subjectOfClause(
  words: ReturnType<typeof analyse>,
  verbIndex: number,
): { text: string; start: number; container?: string } | undefined {
  // "Fittings are linked to a tailor, with the cost…", "…, and it notes the size": the
  // sentence's own subject.
  const pronoun = /^(?:it|they)$/.test(words[verbIndex - 1]?.text ?? '');
  if (words[verbIndex - 1]?.text === ',' || pronoun) {
    const firstVerb = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX');
    if (firstVerb > 0 && firstVerb < verbIndex) {
      const subject = subjectBefore(words, firstVerb);
      if (subject !== undefined) return subject;
    }
  }
  // "Permits are tied to a vehicle and carry the zone": the subject of the verb before "and".
  if (words[verbIndex - 1]?.text === 'and') {
    for (let k = verbIndex - 2; k >= Math.max(0, verbIndex - 12); k--) {
      if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') {
        let first = k;
        while (first > 0 && (words[first - 1]!.pos === 'AUX' || words[first - 1]!.pos === 'ADV')) first--;
        const subject = subjectBefore(words, first);
        if (subject !== undefined) return subject;
      }
      if (words[k]!.text === ',' || words[k]!.text === ';') break;
    }
  }
  for (let k = verbIndex - 1; k >= Math.max(0, verbIndex - 14); k--) {
    const word = words[k]!;
    if (word.pos === 'PRON' && /^(?:we|i|you|they)$/.test(word.text)) {
      const forIndex = words
        .slice(Math.max(0, k - 5), k)
        .findIndex((w) => w.text === 'for' || w.text === 'about');
      if (forIndex >= 0) {
        const from = Math.max(0, k - 5) + forIndex + 1;
        const np = words.slice(from, k).filter((w) => ['NOUN', 'PROPN', 'ADJ'].includes(w.pos));
        // Its position, so "for every boat we note…" reads as describing each boat.
        const first = words.indexOf(np[0]!, from);
        if (np.length > 0) return { text: np.map((w) => w.text).join(' '), start: first };
      }
      return undefined;
    }
    if (/^(?:which|that|who)$/.test(word.text)) {
      let end = k - 1;
      if (end >= 0 && words[end]!.text === ',') end--;
      if (end >= 0 && (words[end]!.pos === 'NOUN' || words[end]!.pos === 'PROPN'))
        return { text: words[end]!.text, start: 0 };
      return undefined;
    }
    if (word.text === '.' || word.text === ';') return undefined;
  }
  return undefined;
}

/**
 * The noun phrase just before a verb ("each tank" in "each tank has"), skipping modal words and a
 * relative pronoun; "tiles in a mosaic with…" gives tiles, contained in the mosaic.
 */
function subjectBefore(words: ReturnType<typeof analyse>, verbIndex: number): Subject | undefined {
  let end = verbIndex - 1;
  while (
    end >= 0 &&
    /^(?:can|may|will|should|must|also|usually|always|often|typically|each|all|just|only|both|then|that|which|who|will|would|do|does|should)$/.test(
      words[end]!.text,
    )
  )
    end--;
  // "Riders enrol with…", "Volunteers check in with…": the subject is before the verb.
  if (words[verbIndex]?.pos === 'ADP' && end >= 1) {
    let k = end;
    if (/^(?:up|in|on|out)$/.test(words[k]!.text) && k >= 1) k--;
    if (words[k]!.pos === 'VERB' && k >= 1 && ['NOUN', 'PROPN'].includes(words[k - 1]!.pos)) end = k - 1;
  }
  if (end < 0) return undefined;
  const last = words[end]!;
  if (!(
    last.pos === 'NOUN' ||
    last.pos === 'PROPN' ||
    (last.pos === 'ADJ' && (/s$/.test(last.text) || words[end - 1]?.pos === 'DET'))
  ))
    return undefined;
  let start = end;
  while (
    start > 0 &&
    (['NOUN', 'PROPN', 'ADJ'].includes(words[start - 1]!.pos) || isGerundModifier(words, start - 1)) &&
    end - start < 2
  )
    start--;
  const text = words
    .slice(start, end + 1)
    .map((w) => w.text)
    .join(' ');
  // "each lesson is assigned to a court with …": the list is the booking's.
  if (
    start >= 3 &&
    words[start - 1]!.pos === 'DET' &&
    words[start - 2]!.text === 'to' &&
    /^(?:belongs?|linked|assigned|tied|attached|connected|related)$/.test(words[start - 3]!.text)
  ) {
    let first = start - 3;
    while (first > 0 && (words[first - 1]!.pos === 'AUX' || words[first - 1]!.pos === 'ADV')) first--;
    const child = subjectBefore(words, first);
    if (child !== undefined) return { ...child, container: text, linkedTo: { text, start } };
  }
  // "an assignment links a person to a project with a role": the list is the linking thing's.
  if (start >= 3 && words[start - 1]!.pos === 'DET' && /^(?:to|with|and)$/.test(words[start - 2]!.text)) {
    for (let k = start - 3; k >= Math.max(1, start - 7); k--) {
      if (!/^(?:links?|connects?|ties|pairs?|joins?|matches)$/.test(words[k]!.text)) continue;
      const linking = subjectBefore(words, k);
      if (linking !== undefined) return linking;
      break;
    }
  }
  if (
    start >= 3 &&
    words[start - 1]!.pos === 'DET' &&
    // "i book walks for a dog with a time": the walks', each for one dog.
    (/^(?:in|of|on|inside|within|under)$/.test(words[start - 2]!.text) ||
      (words[start - 2]!.text === 'for' && /[^s]s$/.test(words[start - 3]!.text))) &&
    (['NOUN', 'PROPN'].includes(words[start - 3]!.pos) ||
      (words[start - 2]!.text === 'for' && words[start - 4]?.pos === 'VERB'))
  )
    return { text: words[start - 3]!.text, start: start - 3, container: text };
  // "readers leave comments on articles with a text": the comments', each on one article.
  if (
    start >= 2 &&
    /^(?:on|to|for|about|under)$/.test(words[start - 1]!.text) &&
    words[start - 2]!.pos === 'NOUN' &&
    /[^s]s$/.test(words[start - 2]!.text) &&
    /[^s]s$/.test(words[end]!.text) &&
    words[start - 3]?.pos === 'VERB'
  )
    return { text: words[start - 2]!.text, start: start - 2, container: text };
  return { text, start };
}

function sentenceAfter(sentence: string, words: ReturnType<typeof analyse>, verbIndex: number): string {
  // Re-find the verb in the original text so parentheses and punctuation survive.
  const lower = sentence.toLowerCase();
  let position = 0;
  for (let k = 0; k <= verbIndex; k++) {
    const at = lower.indexOf(words[k]!.text.split('-')[0]!, position);
    if (at < 0) break;
    position = at + words[k]!.text.length;
  }
  return sentence
    .slice(position)
    .replace(/^\s*(?:\/\s*)?/, '')
    .replace(/^(?:a|an|the)?\s*(?:lot|lots|bunch|couple) of\s+/i, '');
}

/**
 * Whether a parenthesis lists examples of a plural rather than its fields: "(e.g. news, sports)",
 * "(news, sports...)", or after "many categories" single words that no field list would hold.
 */
function sampleValues(before: string, inner: string, items: readonly string[], phrase: NounPhrase): boolean {
  if (/^\s*(?:e\.?\s?g\b\.?|i\.?e\b\.?|like|such as|for (?:example|instance)|say)\b/i.test(inner))
    return true;
  if (/(?:\.\.\.|…|\betc\.?)\s*$/i.test(inner)) return true;
  if (
    !phrase.writtenPlural ||
    !/\b(?:many|several|multiple|various|different|any number of)\s+\S+$/i.test(before.trim())
  )
    return false;
  const typical = new Set(kbEntityOf(phrase)?.fields.map((f) => f.name) ?? []);
  return items.every((item) => {
    const word = item.trim().toLowerCase();
    return /^[\p{L}-]+$/u.test(word) && knowledgeBase().fieldWord(word) === undefined && !typical.has(word);
  });
}

/** Resources a sentence names without describing them: "fleet app with depots and their vans". */
function addMentionedEntities(reading: Reading, sentence: string, next: () => number): void {
  // Words in parentheses are values or examples ("a category (books, games)"), not resources.
  const text = sentence.toLowerCase().replace(/\([^()]*\)/g, ' ');
  const words = analyse(text);
  for (const np of nounPhrases(text)) {
    const full = nounPhrase(np.text);
    if (full === undefined) continue;
    if (classifies(reading, words, np.start, np.end)) continue;
    const phrase = compoundName(reading, full, np.text);
    if (phrase === undefined) continue;
    if (resolve(reading, phrase) !== undefined) continue;
    const applications =
      full.words.length > 1 && applicationWords.has(full.words.at(-1)!) ? applicationSubjects(full) : [];
    if (applications.length > 0) {
      for (const application of applications) addApplicationSubject(reading, application, full.words, next());
      continue;
    }
    // A plural "noun" followed by a determiner or number is a verb: "a permit grants one driver".
    const verbLike = np.nextPos === 'DET' || np.nextPos === 'NUM';
    if (
      phrase.writtenPlural &&
      !verbLike &&
      np.counted !== true &&
      !boundWord.test(phrase.words[0]!) &&
      !isFieldWord(phrase) &&
      kbEntityOf(phrase) !== undefined &&
      !isApplicationModifier(sentence, np.text)
    )
      addEntity(reading, phrase, next());
  }
}

/**
 * "Suppliers are companies with a tax id", "a mentor is an employee who…": the one noun after a
 * copula whose subject is a resource says what kind of thing the subject is; it is no resource of its
 * own. A list after the copula ("the products are books, games and toys") names things.
 */
function classifies(
  reading: Reading,
  words: ReturnType<typeof analyse>,
  start: number,
  end: number,
): boolean {
  let k = start - 1;
  if (/^(?:a|an)$/.test(words[k]?.text ?? '')) k--;
  if (!/^(?:are|is)$/.test(words[k]?.text ?? '')) return false;
  if (/^(?:,|and|or|\/)$/.test(words[end + 1]?.text ?? '')) return false;
  const subject = subjectBefore(words, k);
  const phrase = subject === undefined ? undefined : nounPhrase(subject.text);
  return phrase !== undefined && resolve(reading, phrase) !== undefined;
}

/** "a bookstore app", "recipes api": the noun describes the application, not data it stores. */
function isApplicationModifier(sentence: string, np: string): boolean {
  const after = sentence.toLowerCase().split(np)[1] ?? '';
  const nextWord = /^\s*([a-z]+)/.exec(after)?.[1];
  return nextWord !== undefined && applicationWords.has(nextWord) && !/s$/.test(np);
}

export type { FieldDraft };
