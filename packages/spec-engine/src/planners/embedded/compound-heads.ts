import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Assumption } from '../planner.js';
import { namesBusiness } from './business-names.js';
import type { Reading } from './drafts.js';
import { nounPhrase, type NounPhrase } from './mentions.js';
import { analyse, singularOf, type Word } from './nlp.js';
import { renameResource } from './rename.js';

/**
 * Heads that say only what kind of record a thing is, not what it is about: "incident reports",
 * "maintenance requests", "delivery slots" are named by their modifier as much as by their head.
 */
export const genericHeads = new Set(
  'report request job entry log slot item record note line detail form sheet file case reading result window period permit check'.split(
    ' ',
  ),
);

/**
 * "We track incident reports. Each report has a severity": a resource a reader named by a generic
 * head alone takes the compound the request writes for it, when every compound of that head the
 * request writes has the same modifier and the head is never written as a plural of its own (which
 * would make the compound one kind among others). A modifier that is itself a resource ("workout
 * sets", sets of a workout) says whose the rows are, not what they are, and is left to the link
 * readers.
 */
export function keepCompoundsOfGenericHeads(
  reading: Reading,
  sentences: readonly string[],
  assumptions: Assumption[],
): void {
  for (const entity of [...reading.entities.values()]) {
    if (!genericHeads.has(entity.key)) continue;
    const modifiers = new Set<string>();
    let alone = false;
    // A modifier the resource holds as a field or a link ("sensor readings" with a sensor_id) says
    // whose the rows are.
    const whose = (modifier: string) =>
      reading.entities.has(modifier) ||
      entity.fields.some((f) => f.name === modifier || f.name === `${modifier}_id`) ||
      reading.links.some((l) => l.child === entity.key && l.parent === modifier);
    for (const [index, sentence] of sentences.entries()) {
      const words = analyse(sentence.toLowerCase());
      // A title without a verb ("Clinic notes") names what the application is for, not the rows.
      if (index === 0 && words.length <= 4 && !words.some((w) => w.pos === 'VERB' || w.pos === 'AUX'))
        continue;
      words.forEach((word, i) => {
        if (!['NOUN', 'PROPN'].includes(word.pos) || singularOf(word.text) !== entity.key) return;
        const modifier = modifierBefore(words, i);
        if (modifier === undefined) {
          if (word.text !== entity.key) alone = true;
        } else if (!whose(modifier)) modifiers.add(modifier);
      });
    }
    if (alone || modifiers.size !== 1) continue;
    const phrase = nounPhrase(`${[...modifiers][0]!} ${entity.key}`);
    if (phrase === undefined || phrase.key === entity.key) continue;
    renameResource(reading, entity.key, phrase.key, phrase.plural, assumptions);
    assumptions.push({
      path: phrase.key,
      text: `named ${phrase.key.replaceAll('_', ' ')} as the request writes it: "${entity.key}" alone says only what kind of record it is`,
    });
  }
}

/** The noun (or -ing noun: "tasting notes") written just before a head, if any. */
function modifierBefore(words: readonly Word[], head: number): string | undefined {
  const before = words[head - 1];
  if (before === undefined || !/^[a-z][a-z-]+$/.test(before.text)) return undefined;
  if (before.pos === 'NOUN' && singularOf(before.text) === before.text) return before.text;
  // "keep tasting notes", "the cleaning logs": a gerund after a verb or a determiner names the kind.
  if (
    before.text.endsWith('ing') &&
    ['VERB', 'NOUN'].includes(before.pos) &&
    ['VERB', 'AUX', 'DET', 'ADJ', 'ADV', 'ADP', 'PRON', 'CCONJ', 'PUNCT', undefined].includes(
      words[head - 2]?.pos,
    )
  )
    return before.text;
  return undefined;
}

/**
 * The name a compound mentioned in prose gives its resource when the knowledge base knows only its
 * last words. A noun that says what kind of thing it is keeps its place ("committee members", "shift
 * reports": the knowledge base may complete a committee member from a member, never rename it), and
 * so does the work an agent does ("delivery drivers": deliveries usually belong to a driver). The
 * modifier is dropped where it says where or whose the thing is: a compound of its own before the
 * head or before a compound the knowledge base knows ("ice cream van menu items"), a business whose
 * usual things include the head's ("clinic patients"), another thing the knowledge base knows before
 * a head that usually belongs to things ("desk reservations", "customer orders"; "board members" stay)
 * or a resource of the request; and where the whole compound names a kind of business ("guitar
 * lessons") or the modifier is an adjective ("daily check-ins").
 */
export function compoundName(reading: Reading, phrase: NounPhrase, written: string): NounPhrase | undefined {
  const kb = knowledgeBase();
  if (kb.entityFor(phrase.words.join(' ')) !== undefined) return phrase;
  const writtenWords = written.split(' ');
  for (let n = phrase.words.length - 1; n >= 1; n--) {
    const head = kb.entityFor(phrase.words.slice(-n).join(' '));
    if (head === undefined) continue;
    const tail = nounPhrase(writtenWords.slice(-n).join(' '));
    const modifier = phrase.words.slice(0, -n);
    if (n > 1 || modifier.length > 1) return tail;
    const word = modifier[0]!;
    if (
      analyse(written)[0]?.pos !== 'NOUN' ||
      namesBusiness(written) ||
      namesBusiness(phrase.words.join(' '))
    )
      return tail;
    if (reading.entities.has(word)) return tail;
    // "desk reservations", "hotel rooms": a thing the knowledge base knows is what a record that
    // belongs to things is of, and the readers of compounds link the two; a head that belongs to
    // nothing ("board members", "camper vans") is a kind of its own.
    const known = kb.entityFor(word);
    if (known !== undefined)
      return known.parents.includes(head.name) || head.parents.length === 0 ? phrase : tail;
    // "clinic patients", "gym members": a business whose usual things include the head's.
    return businessOf(word, phrase.words.slice(-n).join(' ')) ? tail : phrase;
  }
  return phrase;
}

/** Whether a word names a business the knowledge base keeps the head's things for. */
function businessOf(word: string, head: string): boolean {
  const kb = knowledgeBase();
  return kb.domains.some((d) => d.cues.en.includes(word) && kb.entityFor(head, d.id)?.domain === d.id);
}
