import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import type { Reading } from './drafts.js';
import { nounPhrase } from './mentions.js';
import { renameResource } from './rename.js';

/** Whether words are one of the knowledge base's names for a kind of business or application. */
export const namesBusiness = (words: string): boolean =>
  knowledgeBase().domains.some((d) => d.cues.en.includes(words));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "food truck menu items", "ski school lesson slots": a name read as its last three words whose first
 * words are the end of a business the request writes in full before them (truck_menu_item, after
 * "food") is named by what follows the business. Only a business cut by the name's length counts: a
 * whole word before a head ("maintenance requests", "vet visits") says what kind of thing it is. A
 * name that is itself a business ("pet store") is kept.
 */
export function dropBusinessWords(reading: Reading, text: string, assumptions: Assumption[]): void {
  const lower = text.toLowerCase();
  for (const entity of [...reading.entities.values()]) {
    const words = entity.key.split('_');
    if (words.length < 2) continue;
    const written = new RegExp(
      `((?:[a-z][a-z-]*\\s+){0,2})${words.slice(0, -1).map(escape).join('\\s+')}\\s+${escape(words.at(-1)!)}`,
    ).exec(lower);
    if (written === null) continue;
    const before = written[1]!
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    let cut = 0;
    for (let j = words.length - 1; j >= 1 && cut === 0; j--)
      for (let k = 0; k < before.length; k++)
        if (namesBusiness([...before.slice(k), ...words.slice(0, j)].join(' '))) {
          cut = j;
          break;
        }
    const rest = words.slice(cut);
    if (cut === 0 || namesBusiness(rest.join(' '))) continue;
    const phrase = nounPhrase(entity.plural.split('_').slice(cut).join(' '));
    if (phrase === undefined || reading.entities.has(phrase.key)) continue;
    renameResource(reading, entity.key, phrase.key, phrase.plural, assumptions);
    assumptions.push({
      path: phrase.key,
      text: `named ${phrase.key.replaceAll('_', ' ')} without "${words.slice(0, cut).join(' ')}", the business it is kept for`,
    });
  }
}
