import type { Assumption } from '../planner.js';
import { addStatedLink, type EntityDraft, type Reading } from './drafts.js';
import { withArticle } from './words.js';
import { addEntity, isFieldWord, kbEntityOf, nounPhrase, resolve } from './mentions.js';
import { holdsPeople } from './resource-fields.js';

/** `customer_id`, `customerId` (already snake-cased to `customer_id`), `customer id`. */
const idName = /^([a-z][a-z0-9_]*?)_id$/;

/**
 * A field named `<thing>_id` holds the id of a row of another resource, whatever layout it came from
 * (a colon list, a typed list, a JSON example, a table, a bullet): it becomes a belongs-to link, the
 * design's foreign key, instead of a plain value. The thing is a resource of the design (by name,
 * plural or synonym: `client_id` when the design calls it customer), or one the request should have:
 * a thing the knowledge base knows or the request names elsewhere (`sensor_id` beside "sensor
 * readings"). A field named after its own resource (`invoice_id` on an invoice) is that row's id,
 * which every resource has already.
 */
export function linkIdFields(reading: Reading, text: string, assumptions: Assumption[]): void {
  // Words as written, `sensor_id` one word, so that an id does not count as a mention of its thing;
  // nor does "a tax id" or "their federation id", an id written as two words.
  const words = new Set(
    text
      .toLowerCase()
      .replace(/\p{L}+[\s-]+ids?\b/gu, ' ')
      .match(/[\p{L}_]+/gu) ?? [],
  );
  for (const entity of [...reading.entities.values()]) {
    // In the order written, so that the first of two ids for one resource ("sender_id, recipient_id")
    // becomes the link and the second the plain id the design keeps beside it.
    for (let i = 0; i < entity.fields.length; i++) {
      const field = entity.fields[i]!;
      if (field.origin === 'knowledge' || field.enumValues !== undefined || field.many) continue;
      const thing = idName.exec(field.name)?.[1];
      if (thing === undefined) continue;
      if (thing === entity.key || thing === entity.plural) {
        entity.fields.splice(i--, 1);
        assumptions.push({
          path: `${entity.key}.${field.name}`,
          text: `read ${field.name} as the ${entity.key.replaceAll('_', ' ')}'s own id, which every resource has`,
        });
        continue;
      }
      // A role people play ("buyer_id") is played by the request's people before it is a resource of
      // its own; a role the request names as a resource ("buyers have …") is that resource.
      const target =
        existingTarget(reading, thing) ??
        personFor(reading, entity, thing) ??
        targetOf(reading, thing, words);
      if (target === undefined || target === entity) continue;
      entity.fields.splice(i--, 1);
      const as = thing === target.key ? undefined : thing;
      if (reading.links.some((l) => l.child === entity.key && l.parent === target.key && l.field === as))
        continue;
      addStatedLink(reading, entity, target, `${entity.key} has "${field.source.trim()}"`, {
        ...(field.required !== undefined ? { required: field.required } : {}),
        ...(as !== undefined ? { field: as } : {}),
      });
      assumptions.push({
        path: `${entity.key}.${field.name}`,
        text: `read ${field.name} as a link from each ${entity.key.replaceAll('_', ' ')} to ${withArticle(target.key)}`,
      });
    }
  }
}

/** The design's resource a `<thing>_id` names, if it has one. */
function existingTarget(reading: Reading, thing: string): EntityDraft | undefined {
  const phrase = nounPhrase(thing.replaceAll('_', ' '));
  return phrase === undefined ? undefined : resolve(reading, phrase);
}

/** The resource a `<thing>_id` points at: one of the design's, or a new one the thing names. */
function targetOf(reading: Reading, thing: string, words: ReadonlySet<string>): EntityDraft | undefined {
  const phrase = nounPhrase(thing.replaceAll('_', ' '));
  if (phrase === undefined) return undefined;
  const known = resolve(reading, phrase);
  if (known !== undefined) return known;
  if (isFieldWord(phrase)) return undefined;
  // A thing the request names only through this id is a resource when the knowledge base knows it
  // or the request speaks of it elsewhere; "external_id" or "stripe_id" name no thing.
  const head = phrase.words.at(-1)!;
  const mentioned = words.has(head) || words.has(phrase.plural.split('_').at(-1)!);
  if (kbEntityOf(phrase) === undefined && !mentioned) return undefined;
  return addEntity(reading, phrase, reading.entities.size);
}

/** Roles people play on a record; an id of one names a person, who is a row of the design's people. */
const personRoles = new Set(
  'owner author creator assignee reporter reviewer approver sender recipient requester organizer organiser host manager submitter editor moderator seller buyer winner loser referee mentor mentee sponsor follower followee inviter invitee payer payee addressee'.split(
    ' ',
  ),
);
/** The resources that hold people, the most general first. */
const people = ['user', 'member', 'employee', 'person', 'staff', 'account'];

/**
 * "assignee_id" where users are kept, "winner_id" where players are: the person the role is played
 * by, in the request's one resource for people (or its most general one where it has several).
 */
function personFor(reading: Reading, entity: EntityDraft, thing: string): EntityDraft | undefined {
  if (!personRoles.has(thing)) return undefined;
  for (const name of people) {
    const found = reading.entities.get(name);
    if (found !== undefined && found !== entity) return found;
  }
  const holders = [...reading.entities.values()].filter((e) => e !== entity && holdsPeople(e));
  return holders.length === 1 ? holders[0] : undefined;
}
