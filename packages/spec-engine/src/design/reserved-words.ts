/**
 * Words that break generated code when used as identifiers. Field names become JS/TS properties and
 * destructured variables, Python attributes and SQL columns, so all three lists apply to them; resource
 * names become variables and class names (JS/TS, Python) while their plurals become table names (SQL).
 * Lists are lower-case because identifiers are lower snake_case.
 */

/** ECMAScript reserved words (strict mode included) plus names that are hazardous as object keys. */
const javascript = [
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'constructor',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'prototype',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
];

/** Python hard keywords (soft keywords such as `match` and `type` are valid identifiers). */
const python = [
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'false',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'none',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'true',
  'try',
  'while',
  'with',
  'yield',
];

/**
 * PostgreSQL's fully reserved key words and those that cannot be column names (appendix C of its
 * manual). Words reserved only in the SQL standard (`date`, `position`, `value`) are left out: every
 * mainstream engine accepts them as column names, and rejecting them would forbid ordinary fields.
 */
const sql = [
  'all',
  'analyse',
  'analyze',
  'and',
  'any',
  'array',
  'as',
  'asc',
  'asymmetric',
  'authorization',
  'binary',
  'both',
  'case',
  'cast',
  'check',
  'collate',
  'collation',
  'column',
  'concurrently',
  'constraint',
  'create',
  'cross',
  'current_catalog',
  'current_date',
  'current_role',
  'current_schema',
  'current_time',
  'current_timestamp',
  'current_user',
  'default',
  'deferrable',
  'desc',
  'distinct',
  'do',
  'else',
  'end',
  'except',
  'false',
  'fetch',
  'for',
  'foreign',
  'freeze',
  'from',
  'full',
  'grant',
  'group',
  'having',
  'ilike',
  'in',
  'initially',
  'inner',
  'intersect',
  'into',
  'is',
  'isnull',
  'join',
  'lateral',
  'leading',
  'left',
  'like',
  'limit',
  'localtime',
  'localtimestamp',
  'natural',
  'not',
  'notnull',
  'null',
  'offset',
  'on',
  'only',
  'or',
  'order',
  'outer',
  'overlaps',
  'placing',
  'primary',
  'references',
  'returning',
  'right',
  'select',
  'session_user',
  'similar',
  'some',
  'symmetric',
  'system_user',
  'table',
  'tablesample',
  'then',
  'to',
  'trailing',
  'true',
  'union',
  'unique',
  'user',
  'using',
  'variadic',
  'verbose',
  'when',
  'where',
  'window',
  'with',
];

export type ReservedLanguage = 'JavaScript/TypeScript' | 'Python' | 'SQL';

const lists: ReadonlyArray<readonly [ReservedLanguage, ReadonlySet<string>]> = [
  ['JavaScript/TypeScript', new Set(javascript)],
  ['Python', new Set(python)],
  ['SQL', new Set(sql)],
];

/** The languages in which `word` is reserved, limited to `languages`; empty when it is safe. */
export function reservedIn(
  word: string,
  languages: readonly ReservedLanguage[] = ['JavaScript/TypeScript', 'Python', 'SQL'],
): ReservedLanguage[] {
  return lists.filter(([language, words]) => languages.includes(language) && words.has(word)).map(([l]) => l);
}

/**
 * Words no resource may be named. A resource's name is only ever a property name or part of a longer
 * identifier in JavaScript/TypeScript (`repositories.class`, `ClassRepository`), where keywords are
 * allowed, and the Python stack writes a keyword name with a trailing underscore (`class_`), so keywords
 * stay the user's words. These two would shadow what every object inherits. (A name whose generated
 * schema names collide, such as `problem` with the shared `Problem`, is refused by its own check.)
 */
export const reservedResourceNames: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/**
 * Properties every resource has implicitly (`id`, timestamps, the owner column) or that would clash
 * with list query parameters (`limit`, `offset`, `sort`).
 */
export const reservedFieldNames: ReadonlySet<string> = new Set([
  'id',
  'created_at',
  'updated_at',
  'owner_id',
  'limit',
  'offset',
  'sort',
]);
