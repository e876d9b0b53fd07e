import type { Assumption } from '../planner.js';
import type { Reading } from './drafts.js';
import { renameResource } from './rename.js';
import { genericHeads } from './compound-heads.js';
import { escapeRegExp } from './words.js';

/**
 * "Each conference talk has speakers. Talks have a title", "yoga classes (title, capacity) … a class
 * has many attendees": people name a thing in full once and by its head elsewhere. Read sentence by
 * sentence, the compound and its head are two resources; they are one, named as the request names it
 * where it gives its values, or by the head when both or neither are described, the
 * modifier being the setting ("conference") or a kind ("short films"). A generic head ("report",
 * "entry") names nothing alone, so there the compound's name stays. The head must be written alone
 * somewhere: a resource the knowledge base proposed under the head's name is not the request's short
 * form. A compound whose modifier is itself a resource ("workout sets" beside workouts) names whose
 * the rows are, and one linked to its head ("subtasks" of a task) is a thing of its own: both stay apart.
 */
export function mergeShortForms(reading: Reading, text: string, assumptions: Assumption[]): void {
  const lower = text.toLowerCase();
  for (const compound of [...reading.entities.values()]) {
    const split = /^([a-z]+)_([a-z]+)$/.exec(compound.key);
    if (split === null || !reading.entities.has(compound.key)) continue;
    const [, modifier, head] = split as unknown as [string, string, string];
    const short = reading.entities.get(head);
    if (short === undefined || reading.entities.has(modifier)) continue;
    const linked = reading.links.some(
      (l) => [l.child, l.parent].includes(compound.key) && [l.child, l.parent].includes(head),
    );
    const headAlone = new RegExp(
      `(?<!\\b${escapeRegExp(modifier)}[\\s-]+)\\b${escapeRegExp(head)}(?:e?s)?\\b`,
    );
    if (linked || !headAlone.test(lower)) continue;
    const [full, alone] = [compound.fields.length > 0, short.fields.length > 0];
    const keepCompound = full !== alone ? full : genericHeads.has(head);
    const [kept, merged] = keepCompound ? [compound, short] : [short, compound];
    renameResource(reading, merged.key, kept.key, kept.plural, assumptions);
    assumptions.push({
      path: kept.key,
      text: `read ${merged.plural.replaceAll('_', ' ')} and ${kept.plural.replaceAll('_', ' ')} as one resource, named ${kept.plural.replaceAll('_', ' ')}`,
    });
  }
}
