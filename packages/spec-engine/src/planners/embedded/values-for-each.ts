import type { Reading } from './drafts.js';
import { readField } from './field-reader.js';
import { nounPhrase, resolve } from './mentions.js';

/**
 * "a note for each visit", "also the weather for every outing", "a photo per plant": a sentence that
 * names only a value and the resource it is kept for adds that value to the resource. Said last in a
 * chatty request (often before "would be nice too"), it is easily taken for a record of its own.
 * A value that names a resource stays for the link readers.
 */
const valueForEach =
  /^(?:(?:also|and|plus|maybe|oh|oh and)\s+)*(?:(?:a|an|the|their|its)\s+)?((?:[a-z][\w-]{0,30}\s+){0,2}[a-z][\w-]{0,30})\s+(?:(?:for|on|of)\s+(?:each|every)|per(?:\s+(?:each|every))?)\s+([a-z][\w-]{0,30}(?:\s+[a-z][\w-]{0,30})?)\s*(?:too|as well|also)?$/i;

export function readValuesForEach(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    const match = valueForEach.exec(sentence.trim().replace(/[.!?;,]+$/, ''));
    if (match === null) continue;
    const owner = nounPhrase(match[2]!.toLowerCase());
    const entity = owner === undefined ? undefined : resolve(reading, owner);
    const value = nounPhrase(match[1]!.toLowerCase());
    if (entity === undefined || value === undefined || resolve(reading, value) !== undefined) continue;
    const field = readField(match[1]!.toLowerCase());
    if (field === undefined || entity.fields.some((f) => f.name === field.name)) continue;
    entity.fields.push(field);
    reading.inferred.push({
      path: `${entity.key}.${field.name}`,
      text: `read "${sentence.trim()}" as a value of each ${entity.key.replaceAll('_', ' ')}`,
    });
  }
}
