import { reservedIn } from '../design/reserved-words.js';

/**
 * The SQL table name for a collection's wire name (`special-events` → `special_events`,
 * `user` → `user_records`): lower snake_case, never a reserved word, unique among `taken`. Only storage
 * sees it; the contract's own names stay untouched on the wire.
 */
export function storageName(wireName: string, taken: readonly string[]): string {
  let name = wireName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
  if (name === '' || /^[0-9]/.test(name)) name = `t_${name}`;
  if (reservedIn(name, ['SQL']).length > 0) name = `${name}_records`;
  let candidate = name;
  for (let i = 2; taken.includes(candidate); i++) candidate = `${name}_${i}`;
  return candidate;
}
