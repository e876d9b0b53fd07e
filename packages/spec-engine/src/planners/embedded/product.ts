import type { Reading } from './drafts.js';
import { isFieldWord, kbEntityOf, nounPhrase, resolve, type NounPhrase } from './mentions.js';

/** Words after a thing's name that make it the name of an application: "expense tracker". */
export const applicationWords = new Set(
  'tracker tracking app application api apis system manager management log logger logging database db platform catalog catalogue registry backend service builder planner organizer organiser board site website portal tool directory journal'.split(
    ' ',
  ),
);

/** Words that may stand before a sentence's opening name: "A blog…", "I need my shop…". */
const openers = /^(?:a|an|the|my|our|this|your)$/;

/**
 * "A blog with posts and comments", "a school app with students and teachers": a singular name that
 * opens the clause and is followed only by things known as resources names what the API is for, not
 * a resource of it. Returns those things, or undefined when the name is a resource after all: it is
 * given fields or links of its own ("a blog has a title and many posts"), the request describes it
 * elsewhere, or something in the list is not a known resource. After an application word ("platform",
 * "recipe app") any plural thing counts, since the name itself says it is the application.
 */
export function productContents(
  reading: Reading,
  subject: { readonly phrase: NounPhrase; readonly before?: string },
  verb: string,
  items: readonly string[],
): NounPhrase[] | undefined {
  const { phrase } = subject;
  if (phrase.writtenPlural) return undefined;
  const application = applicationWords.has(phrase.words.at(-1)!);
  if (verb !== 'with' && !application) return undefined;
  if (subject.before !== undefined && !openers.test(subject.before)) return undefined;
  if (resolve(reading, phrase)?.described === true) return undefined;
  const contents: NounPhrase[] = [];
  for (const item of items) {
    const words = item.replace(/\([^()]*\)/g, ' ').trim();
    if (!/^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/u.test(words)) return undefined;
    const thing = nounPhrase(words);
    if (thing === undefined || !thing.writtenPlural || isFieldWord(thing)) return undefined;
    const known = kbEntityOf(thing) !== undefined || resolve(reading, thing)?.described === true;
    if (!known && !application) return undefined;
    contents.push(thing);
  }
  return contents.length > 0 ? contents : undefined;
}

/** A name read as the product, with what it holds and the note that says so. */
export interface ProductName {
  readonly note: { readonly path: string; readonly text: string };
  readonly contents: readonly string[];
}

/** Notes that a name was read as the product rather than a resource. */
export function readAsProduct(reading: Reading, name: string, contents: readonly NounPhrase[]): ProductName {
  const note = {
    path: 'design',
    text: `read "${name}" as what the API is for, not a resource: it holds ${contents.map((c) => c.plural.replaceAll('_', ' ')).join(', ')}`,
  };
  reading.inferred.push(note);
  return { note, contents: contents.map((c) => resolve(reading, c)?.key ?? c.key) };
}

/**
 * "A blog with posts and comments. The blog has a title.": a later sentence gives the name fields of
 * its own, so it is a resource after all, and what it was said to hold belongs to it.
 */
export function productIsResource(reading: Reading, product: ProductName, resource: string): void {
  const at = reading.inferred.indexOf(product.note);
  if (at >= 0) reading.inferred.splice(at, 1);
  for (const child of product.contents) {
    if (child === resource || !reading.entities.has(child)) continue;
    if (
      reading.links.some((l) => [l.child, l.parent].includes(child) && [l.child, l.parent].includes(resource))
    )
      continue;
    reading.links.push({
      kind: 'belongs-to',
      child,
      parent: resource,
      because: `${resource.replaceAll('_', ' ')} with ${child.replaceAll('_', ' ')}`,
      stated: true,
    });
  }
}
