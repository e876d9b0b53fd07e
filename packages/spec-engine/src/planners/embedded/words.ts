/** `order` → "an order", `task_list` → "a task list": a name in a sentence a user reads. */
export function withArticle(identifier: string): string {
  const words = identifier.replaceAll('_', ' ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
