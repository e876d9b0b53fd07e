import { withArticle } from './words.js';
import { knowledgeBase, type KbDomain, type KbEntity, type KbField } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import type { EntityDraft, Reading } from './drafts.js';
import type { FieldDraft } from './field-reader.js';
import { matchDomain } from './domain-match.js';
import { linkIdFields } from './id-fields.js';
import { restoreUserWords } from './user-words.js';
import { saidAlready } from './said-already.js';
import { proposeAround, splitCompounds } from './vague.js';
import { addEntity, kbEntityOf, nounPhrase } from './mentions.js';
import { sensesByCompany } from './senses.js';
import { dropTechnicalResources } from './technical.js';

/** Fewer fields than this and a known entity is completed with its usual ones. */
const sparse = 2;

/** The knowledge base's domain a request is about ("a dental clinic", "mon cabinet"), if it names one. */
export function findDomain(texts: readonly string[]): KbDomain | undefined {
  return matchDomain(texts)?.domain;
}

/** The domain a request names and the cue that named it ("yoga studio" for a studio). */
export function findDomainCue(texts: readonly string[]): { domain: KbDomain; cue: string } | undefined {
  return matchDomain(texts);
}

/** Proposes a domain's usual resources for a request that names only the domain. */
export function proposeDomain(
  reading: Reading,
  domain: KbDomain,
  assumptions: Assumption[],
  /** The request's words for what the API is for ("bike repair shop"), quoted in the assumptions. */
  said?: string,
  /** The words of the request that named the domain ("barbershop"), whose nouns name its things. */
  cue?: string,
): void {
  const kb = knowledgeBase();
  for (const word of domain.coreWords) {
    const known = kb.entityFor(word.replaceAll('_', ' '), domain.id);
    if (known === undefined) continue;
    const phrase = nounPhrase(userNameFor(known, `${cue ?? ''} ${said ?? ''}`) ?? word.replaceAll('_', ' '));
    if (phrase === undefined) continue;
    addEntity(reading, phrase, reading.entities.size);
    assumptions.push({
      path: phrase.key,
      text: `proposed ${phrase.plural.replaceAll('_', ' ')}: the usual core of ${withArticle(domain.id)} API${said === undefined ? '' : `, for "${said}"`}`,
    });
  }
}

/**
 * The user's own word for the people of a domain, where the words that named the domain hold one of
 * their English synonyms: a barbershop's stylists are its barbers, a hairdresser's its hairdressers.
 * Only a word for a person who does the work counts (-er, -or, -ist, -ian, -ant, -ent): a business
 * named after the things it keeps ("an animal hospital", "a newsletter signup") names a kind, not
 * the request's word for the record. A synonym counts as a whole word or as the start of a closed
 * compound ("barbershop").
 */
export function userNameFor(entity: KbEntity, words: string): string | undefined {
  const written = words
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
  if (written.length === 0) return undefined;
  if (written.includes(entity.name)) return undefined;
  return entity.synonyms.en.find(
    (name) =>
      /^[a-z]{2,}(?:er|or|ist|ian|ant|ent)$/.test(name) &&
      written.some((w) => w === name || (w.startsWith(name) && w.length - name.length >= 3)),
  );
}

/**
 * The knowledge base's entity for a resource, by its name or a synonym. A compound the knowledge base
 * knows only by its head ("maintenance ticket") takes the head's entity only where the head has one
 * sense, or the request's domain picks one: another sense would describe another thing (a ticket to
 * an event).
 */
export function kbEntityFor(entity: EntityDraft, domain?: KbDomain): KbEntity | undefined {
  const phrase = nounPhrase(entity.key.replaceAll('_', ' '));
  if (phrase === undefined) return undefined;
  const known = kbEntityOf(phrase, domain?.id);
  const kb = knowledgeBase();
  if (known === undefined || phrase.words.length < 2 || kb.entityFor(phrase.words.join(' ')) !== undefined)
    return known;
  const tail = phrase.words
    .map((_, at) => phrase.words.slice(at + 1).join(' '))
    .find((words) => words !== '' && kb.entityFor(words) !== undefined);
  const senses = tail === undefined ? [] : kb.senses(tail);
  return senses.length > 1 && known.domain !== domain?.id ? undefined : known;
}

/**
 * Completes resources the request names with few or no fields from the knowledge base ("and comments"
 * → a comment's body), links known parents ("contacts" of "companies"), and turns "quantity per
 * warehouse" into a resource of its own, and `<thing>_id` fields into links (`text` is the request, for
 * the things it names). Every addition is recorded as an assumption.
 */
export function complete(
  reading: Reading,
  assumptions: Assumption[],
  domain: KbDomain | undefined,
  text = '',
): void {
  const kb = knowledgeBase();
  dropTechnicalResources(reading, assumptions);
  restoreUserWords(reading, text, assumptions);
  proposeAround(reading, text, assumptions);
  splitCompounds(reading, text, assumptions);
  linkIdFields(reading, text, assumptions);
  const senses = sensesByCompany(reading, domain);
  const knownAs = (entity: EntityDraft) => kbEntityFor(entity, senses.get(entity.key) ?? domain);
  for (const { entity, other, field } of reading.perFields) {
    const a = reading.entities.get(entity);
    const b = reading.entities.get(other);
    if (a === undefined || b === undefined) continue;
    const [ka, kb2] = [knownAs(a)?.name, knownAs(b)?.name];
    const known = kb.entities.find(
      (e) =>
        e.parents.some((p) => p === a.key || p === ka) && e.parents.some((p) => p === b.key || p === kb2),
    );
    const phrase = nounPhrase((known?.name ?? `${a.key}_${b.key}`).replaceAll('_', ' '))!;
    const join = addEntity(reading, phrase, Math.max(a.order, b.order) + 0.5);
    join.described = true;
    if (!join.fields.some((f) => f.name === field.name)) join.fields.push(field);
    for (const parent of [a.key, b.key])
      if (!reading.links.some((l) => l.child === join.key && l.parent === parent))
        reading.links.push({
          kind: 'belongs-to',
          child: join.key,
          parent,
          because: `"${field.source.trim()}"`,
          stated: true,
          required: true,
        });
    assumptions.push({
      path: join.key,
      text: `"${field.source.trim()}" is kept per ${b.key.replaceAll('_', ' ')} and ${a.key.replaceAll('_', ' ')}, so ${join.key} links them`,
    });
  }
  const linkedAsChild = (key: string) =>
    reading.links.filter((l) => l.kind === 'belongs-to' && l.child === key).length;
  for (const entity of reading.entities.values()) {
    const known = knownAs(entity);
    if (known === undefined || entity.declared === true) continue;
    const perFields = reading.perFields.filter((p) => p.entity === entity.key).length;
    if (entity.fields.length + linkedAsChild(entity.key) + perFields >= sparse) continue;
    const why =
      entity.fields.length === 0 && linkedAsChild(entity.key) === 0
        ? 'the request gives none'
        : 'the request gives few';
    let kindNoted = false;
    for (const field of known.fields) {
      if (saidAlready(entity.fields, field, known)) continue;
      // A field named after another resource would shadow the link to it ("posts" on a blog).
      if (
        reading.entities.has(field.name) ||
        [...reading.entities.values()].some((e) => e.plural === field.name)
      )
        continue;
      entity.fields.push(fromKnowledge(field));
      if (!kindNoted) noteKind(entity, known, assumptions);
      kindNoted = true;
      assumptions.push({
        path: `${entity.key}.${field.name}`,
        text: `added ${field.name} (${typeText(field)}) by convention for ${withArticle(entity.key)}: ${why}`,
      });
    }
  }
  linkUsualPairs(reading, assumptions, knownAs);
  // Usual parents: a contact belongs to a company, an appointment to a patient.
  const entities = [...reading.entities.values()];
  for (const entity of entities) {
    const known = knownAs(entity);
    if (known === undefined) continue;
    for (const parentName of known.parents) {
      const parent = entities.find(
        (e) => e !== entity && (e.key === parentName || knownAs(e)?.name === parentName),
      );
      if (parent === undefined) continue;
      const connected = reading.links.some(
        (l) =>
          (l.child === entity.key && l.parent === parent.key) ||
          (l.child === parent.key && l.parent === entity.key),
      );
      if (connected || linkedAsChild(entity.key) >= 2 || pairedThrough(reading, entity.key, parent.key))
        continue;
      if (
        reading.links.some(
          (l) =>
            l.kind === 'many-to-many' &&
            [l.child, l.parent].includes(entity.key) &&
            [l.child, l.parent].includes(parent.key),
        )
      )
        continue;
      reading.links.push({
        kind: 'belongs-to',
        child: entity.key,
        parent: parent.key,
        because: 'usual',
        stated: false,
      });
      if (!assumptions.some((a) => a.path === entity.key && a.text.startsWith('completed')))
        noteKind(entity, known, assumptions);
      assumptions.push({
        path: `${entity.key}.${parent.key}_id`,
        text: `assumed each ${entity.key.replaceAll('_', ' ')} belongs to ${withArticle(parent.key)}${domain ? ` (usual in ${withArticle(domain.id)} API)` : ''}`,
      });
    }
  }
}

/**
 * The request's word names the resource; the knowledge base's entity only completes it. Where the
 * two differ ("flat" completed as a property), the plan says so once.
 */
function noteKind(entity: EntityDraft, known: KbEntity, assumptions: Assumption[]): void {
  if (known.name === entity.key) return;
  if (assumptions.some((a) => a.path === entity.key && a.text.startsWith('completed'))) return;
  assumptions.push({
    path: entity.key,
    text: `completed ${entity.key.replaceAll('_', ' ')} with what ${withArticle(known.name)} usually has`,
  });
}

/**
 * Whether the request's pairing record of the two (a recipe_ingredient belonging to both) is read
 * already. A ride belonging to a bike and a station pairs nothing, so the record must be named so.
 */
function pairedThrough(reading: Reading, a: string, b: string): boolean {
  // A record read as the pairing itself ("which patrons attended each workshop" → attendance).
  if (reading.joins.some((j) => [j.a, j.b].sort().join() === [a, b].sort().join())) return true;
  return [`${a}_${b}`, `${b}_${a}`].some((pair) =>
    [a, b].every((side) =>
      reading.links.some((l) => l.kind === 'belongs-to' && l.child === pair && l.parent === side),
    ),
  );
}

/**
 * Playlists and tracks, orders and products: two resources the knowledge base pairs through a join
 * entity of its own (a playlist entry, an order line) are many-to-many when the request names both,
 * links them in no way and names no such join.
 */
function linkUsualPairs(
  reading: Reading,
  assumptions: Assumption[],
  knownAs: (entity: EntityDraft) => KbEntity | undefined,
): void {
  const entities = [...reading.entities.values()];
  const kbNames = new Map(entities.map((e) => [knownAs(e)?.name ?? e.key, e]));
  for (const join of knowledgeBase().entities) {
    // Only entities that are the pairing itself ("playlist_entry", "order_item", "scout_badge"), not
    // a record of their own that two things also own (a cake order, a piano service, a race result).
    if (kbNames.has(join.name) || !isPairing(join)) continue;
    for (const pair of joinPairs(join)) {
      const [a, b] = pair.map((p) => kbNames.get(p));
      if (a === undefined || b === undefined || a === b) continue;
      if (
        reading.links.some((l) => [l.child, l.parent].includes(a.key) && [l.child, l.parent].includes(b.key))
      )
        continue;
      if (pairedThrough(reading, a.key, b.key)) continue;
      const [child, parent] = [a.key, b.key].sort() as [string, string];
      reading.links.push({ kind: 'many-to-many', child, parent, because: 'usual', stated: false });
      assumptions.push({
        path: `${child}.${parent}`,
        text: `linked ${a.plural.replaceAll('_', ' ')} and ${b.plural.replaceAll('_', ' ')} many-to-many, as ${join.name.replaceAll('_', ' ')}s usually pair them`,
      });
    }
  }
}

/**
 * Whether an entity is nothing but the pairing of two things: named after both ("scout_badge" of a
 * scout and a badge) or as a line or entry of its owner ("order_item", "playlist_entry").
 */
function isPairing(entity: KbEntity): boolean {
  if (/_(?:entry|item|line|link)$/.test(entity.name)) return true;
  return entity.parents.some((a) => entity.parents.some((b) => a !== b && entity.name === `${a}_${b}`));
}

/**
 * The pairs a join entity links: its two parents, or, when it names the side that owns it
 * ("order_item" of an order), that side with each of the others (an order's line is a product, a
 * menu item, a book or a wine).
 */
export function joinPairs(join: KbEntity): [string, string][] {
  if (join.parents.length === 2) return [[join.parents[0]!, join.parents[1]!]];
  const owner = join.parents.find((p) => join.name.startsWith(`${p}_`));
  return owner === undefined ? [] : join.parents.filter((p) => p !== owner).map((p) => [owner, p]);
}

export function fromKnowledge(field: KbField): FieldDraft {
  return {
    name: field.name,
    words: field.name.split('_'),
    type: field.type,
    typedBy: 'stated',
    ...(field.format !== undefined ? { format: field.format } : {}),
    required: field.required,
    unique: field.unique,
    ...(field.enumValues !== undefined ? { enumValues: [...field.enumValues] } : {}),
    ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
    ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
    ...(field.default !== undefined ? { defaultText: String(field.default) } : {}),
    foreignKey: false,
    many: false,
    source: field.name,
    origin: 'knowledge',
  };
}

function typeText(field: KbField): string {
  if (field.enumValues !== undefined) return `one of ${field.enumValues.join('/')}`;
  if (field.format === 'money') return 'money';
  return field.type;
}
