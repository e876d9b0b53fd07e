/** `order` → "an order", `task_list` → "a task list": a name in a sentence a user reads. */
export function withArticle(identifier: string): string {
  const words = identifier.replaceAll('_', ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** Plural modifiers that English compounds do keep: "sales order", "sports team", "goods receipt". */
export const pluralModifiers: ReadonlySet<string> = new Set([
  'sales',
  'sports',
  'goods',
  'news',
  'arts',
  'savings',
  'customs',
  'clothes',
]);

/** `text` as a regular expression that matches it literally: the request's words are never patterns. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** First words of a bound on how many ("max guests", "minimum players"): a value, never rows of their own. */
export const boundWord = /^(?:max|maximum|min|minimum|total|num|number|count|no)$/;
