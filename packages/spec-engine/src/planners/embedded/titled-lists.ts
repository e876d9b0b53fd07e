import { typeWords } from './column-lists.js';
import { isFieldWord, nounPhrase } from './mentions.js';
import { splitOutsideParentheses } from './parenthesis-split.js';

/**
 * "Ferry company: ships with name and capacity, crossings per ship w/ departure time, tickets":
 * a title, then a list of resources, each a plural noun with its fields after with / w/ / + and
 * its owner after "per". Rewritten in the bracketed form the definition reader reads
 * ("…: ships (name, capacity), crossings per ship (departure time), tickets"). A line whose items
 * carry no fields or owners ("Recipe: title, ingredients, steps") is left as it is: there the left
 * side is one resource and the right side its fields.
 */
/**
 * Field names joined by and/or, each a few words after at most an article ("a slot and a host"), with
 * no "of", determiner or preposition inside: names of values, not a phrase about things.
 */
function fieldLike(part: string): boolean {
  return part
    .trim()
    .split(/\s+(?:and|or)\s+|^(?:and|or)\s+/i)
    .filter((chunk) => chunk !== '')
    .every((chunk) => {
      const words = chunk.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/);
      return words.length <= 3 && !words.some((w) => phraseWords.has(w.toLowerCase()));
    });
}
const phraseWords = new Set([
  'a',
  'an',
  'the',
  'each',
  'every',
  'its',
  'their',
  'of',
  'in',
  'to',
  'for',
  'per',
]);

/** What rows are grouped or sorted by in a report, never what identifies one. */
const groupingWords =
  /^(?:(?:the|their|its)\s+)?(?:day|week|month|quarter|year|date|time|hour|status|state|type|kind|category|region|country|city|name|size|price|default)s?$/i;

export function bracketTitledList(line: string): string | undefined {
  if (line.length > 2000) return undefined;
  // Only the line's first sentence is the list; what follows it ("… with names. A product belongs to a
  // category.") stays prose for the sentence readers.
  const end = /[.;!?](?=\s+\S)/.exec(line.trim());
  if (end !== null) {
    const list = bracketTitledList(line.trim().slice(0, end.index));
    return list === undefined ? undefined : `${list}${line.trim().slice(end.index)}`;
  }
  // The title ends at a colon or at a spaced dash ("climbing gym - routes, climbers by licence").
  // Items may carry their own field list in brackets ("sessions (date, pool)"), one level deep.
  const colon = /^([\p{L}][\p{L}\p{N}' -]{0,60}?)(?:\s*:|\s+[-–—])\s+((?:[^():]|\([^():]*\))+)$/u.exec(
    line.trim(),
  );
  if (colon === null) return undefined;
  const resources: { name: string; per?: string; fields: string[] }[] = [];
  for (const written of splitOutsideParentheses(colon[2]!.replace(/[.;]\s*$/, ''), ',')) {
    const own = /^(.*?)\s*\(([^()]*)\)$/.exec(written.trim());
    // "climbers (name, level)": a plural with its own fields is a resource, whatever else the line holds.
    if (own !== null) {
      const phrase = nounPhrase(own[1]!.replace(/^and\s+/i, ''));
      if (phrase?.writtenPlural !== true || !/^[\p{L}][\p{L}\p{N}' -]{0,40}$/u.test(own[1]!))
        return undefined;
      resources.push({ name: own[1]!.replace(/^and\s+/i, ''), fields: [own[2]!] });
      continue;
    }
    if (written.includes('(')) return undefined;
    // "routes from one port to another (with a fare)": each row goes between two of the other
    // resource, an origin and a destination.
    const between =
      /^(?:and\s+)?([\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*)?)\s+(?:going\s+|running\s+)?from\s+(?:one|a)\s+([\p{L}][\p{L}\p{N}'-]*)\s+to\s+another(?:\s+(?:with|w\/|having|\+)\s*(.+))?$/iu.exec(
        written.trim(),
      );
    if (between !== null && nounPhrase(between[1]!)?.writtenPlural === true) {
      const [, name, end, more] = between as unknown as [string, string, string, string | undefined];
      resources.push({
        name,
        fields: [`origin ${end}, destination ${end}`, ...(more === undefined ? [] : [more])],
      });
      continue;
    }
    const part = written;
    const item =
      /^(?:and\s+)?([\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*){0,2}?)(?:\s+per\s+([\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*)?))?(?:\s+by\s+([\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*){0,2}))?(?:\s+(?:with|w\/|having|\+)\s*(.+))?$/iu.exec(
        part.trim(),
      );
    const phrase = item === null ? undefined : nounPhrase(item[1]!);
    // "members by card number": members told apart by their card number, a unique field of theirs;
    // "orders by month" groups rows for a report and says nothing of what is stored.
    const key = item?.[3] !== undefined && !groupingWords.test(item[3]) ? item[3] : undefined;
    // "fish w/ species": an item with fields of its own is a thing kept, even where its plural is
    // written as its singular; a value has no fields.
    const thing =
      phrase?.writtenPlural === true ||
      (item?.[4] !== undefined && phrase !== undefined && !isFieldWord(phrase));
    if (
      item !== null &&
      thing &&
      (item[3] === undefined || key !== undefined) &&
      (item[4] !== undefined || !/\s/.test(item[1]!) || item[2] !== undefined || key !== undefined)
    ) {
      resources.push({
        name: item[1]!,
        ...(item[2] !== undefined ? { per: item[2] } : {}),
        fields: [
          ...(key !== undefined ? [`unique ${key}`] : []),
          ...(item[4] === undefined ? [] : [item[4]]),
        ],
      });
      continue;
    }
    // "with date, queen seen and mite count": what follows a field list's comma is more fields. A
    // part that reads as a phrase of its own ("and orders of a table with the date", "and each
    // member plays in a team") is prose: the line is left to the sentence readers.
    const last = resources.at(-1);
    if (last === undefined || last.fields.length === 0 || !fieldLike(part)) return undefined;
    last.fields.push(part.trim());
  }
  if (resources.length < 2 || !resources.some((r) => r.fields.length > 0 || r.per !== undefined))
    return undefined;
  const written = resources.map(
    (r) =>
      `${r.name}${r.per !== undefined ? ` per ${r.per}` : ''}${r.fields.length > 0 ? ` (${r.fields.join(', ').replace(/\s+\+\s+/g, ' and ')})` : ''}`,
  );
  return `${colon[1]}: ${written.join(', ')}`;
}

/**
 * "fish (species)", "water tests (ph and nitrate)": an item whose brackets name values of its own,
 * not the item's type ("label (text)").
 */
export function hasOwnValues(item: string): boolean {
  const inner = /\(([^()]+)\)\s*$/.exec(item)?.[1];
  return (
    inner !== undefined &&
    !inner
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => typeWords.has(w))
  );
}
