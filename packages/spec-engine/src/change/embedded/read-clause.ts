import type { Auth } from '../../design/api-design.js';
import { readAuth } from '../../planners/embedded/intent.js';

/** One instruction of a change request, in the request's words (names are resolved when applied). */
export type Intent =
  | { readonly op: 'add'; readonly items: string; readonly target?: string }
  | { readonly op: 'add-resource'; readonly name: string; readonly items?: string; readonly parent?: string }
  | { readonly op: 'remove'; readonly items: string; readonly from?: string }
  | { readonly op: 'rename'; readonly target: string; readonly to: string }
  | { readonly op: 'modify'; readonly target: string; readonly wording: string }
  | { readonly op: 'add-values'; readonly values: string; readonly target: string }
  | { readonly op: 'relate'; readonly child: string; readonly parent: string; readonly required: boolean }
  | { readonly op: 'relate-many'; readonly a: string; readonly b: string }
  | { readonly op: 'unrelate'; readonly a: string; readonly b: string }
  | { readonly op: 'auth'; readonly type: Auth['type']; readonly header?: string };

const resourceNoun = '(?:resource|table|entity|model|collection|endpoint)s?';
const has =
  '(?:also\\s+|now\\s+|each\\s+|should\\s+|must\\s+|will\\s+|can\\s+|to\\s+)*(?:need|needs|have|has|get|gets|carry|carries|store|stores|hold|holds|keep|keeps|track|tracks|record|records|include|includes|contain|contains)';
const be =
  '(?:should|must|can|could|will|shall|has to|have to|needs? to|is to|are to|ought to)\\s+(?:now\\s+|only\\s+|also\\s+|always\\s+)?(?:be|become|allow|accept|take|hold)|(?:is|are)\\s+(?:now\\s+|always\\s+)?';

/** Patterns tried in order; the first that matches reads the clause. */
const readers: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Intent | undefined]> = [
  [
    /^(?:rename|change the name of)\s+(.+?)\s+(?:to|as|into)\s+(.+)$/,
    (m) => ({ op: 'rename', target: m[1]!, to: m[2]! }),
  ],
  [/^call\s+(.+?)\s+(.+?)\s+instead$/, (m) => ({ op: 'rename', target: m[1]!, to: m[2]! })],
  [
    /^(.+?)\s+(?:should|must|will)\s+(?:now\s+)?be\s+(?:called|named|renamed(?:\s+to)?)\s+(.+)$/,
    (m) => ({ op: 'rename', target: m[1]!, to: m[2]! }),
  ],
  [
    /^(?:remove|delete|drop|unlink)\s+(?:the\s+)?(?:link|relation|relationship|connection|association)\s+between\s+(.+?)\s+and\s+(.+)$/,
    (m) => ({ op: 'unrelate', a: m[1]!, b: m[2]! }),
  ],
  [
    /^(.+?)\s+(?:no longer|don'?t|do not|does not|doesn'?t|should not|shouldn'?t)\s+(?:need to\s+)?belongs?\s+to\s+(.+)$/,
    (m) => ({ op: 'unrelate', a: m[1]!, b: m[2]! }),
  ],
  [
    /^(?!.*\b(?:field|column|property|attribute)s?\b)(?:.*\b(?:remove|drop|disable|turn off|no|without)\b.*\b(?:auth|authentication|login|api[ -]?keys?|jwt|security)\b|make\s+(?:the\s+)?(?:api|it|everything)\s+public\b)/,
    () => ({ op: 'auth', type: 'none' }),
  ],
  [
    /^(?!.*\b(?:field|column|property|attribute)s?\b)(?:require|protect|secure|use|add|switch|enable|need|change|turn on)\b.*\b(?:auth\w*|log ?in|sign ?in|api[ -]?keys?|jwt|bearer|oauth)\b/,
    (m) => authIntent(m.input),
  ],
  [
    /^(?:remove|delete|drop|get rid of|take out|eliminate|lose)\s+(.+?)(?:\s+(?:from|on|in|of)\s+(?!the values\b)(.+))?$/,
    (m) => ({ op: 'remove', items: m[1]!, ...(m[2] !== undefined ? { from: m[2] } : {}) }),
  ],
  [
    /^(?:we|you|i)?\s*(?:no longer need|don'?t need|do not need)\s+(.+?)(?:\s+(?:on|in|from|for)\s+(.+?))?(?:\s+any ?more)?$/,
    (m) => ({ op: 'remove', items: m[1]!, ...(m[2] !== undefined ? { from: m[2] } : {}) }),
  ],
  [
    /^(.+?)\s+(?:no longer need|don'?t need|do not need|no longer have|shouldn'?t have|should not have)\s+(.+?)(?:\s+any ?more)?$/,
    (m) => ({ op: 'remove', items: m[2]!, from: m[1]! }),
  ],
  [
    /^(?:add|allow|accept)\s+(.+?)\s+(?:as\s+(?:an?\s+|another\s+)?(?:value|option|choice)s?\s+(?:of|for|to)|to the (?:values|options|choices) of)\s+(.+)$/,
    (m) => ({ op: 'add-values', values: m[1]!, target: m[2]! }),
  ],
  [
    /^(.+?)\s+(?:can|may|could)\s+also\s+be\s+(.+)$/,
    (m) => ({ op: 'add-values', values: m[2]!, target: m[1]! }),
  ],
  [
    /^(?:allow|accept)\s+(.+?)\s+(?:as|for)\s+(?:an?\s+|the\s+)?(.+)$/,
    (m) => ({ op: 'add-values', values: m[1]!, target: m[2]! }),
  ],
  // Both sides having many of the other, said either way, is a join table.
  [
    /^(?:link|connect|relate)?\s*(.+?)\s+(?:and|with|to)\s+(.+?)\s+(?:are\s+|should be\s+|as\s+)?(?:linked\s+)?many[- ]to[- ]many$/,
    (m) => ({ op: 'relate-many', a: m[1]!, b: m[2]! }),
  ],
  [
    /^(?:each|every|a|an|one)?\s*(.+?)\s+(?:has|have|can have)\s+(?:many|several|multiple)\s+(.+?)\s+and\s+(?:each|every|a|an|one)?\s*(.+?)\s+(?:has|have|can have)\s+(?:many|several|multiple)\s+(.+)$/,
    (m) => ({ op: 'relate-many', a: m[1]!, b: m[2]! }),
  ],
  [
    /^(?:link|connect|relate|attach)\s+(.+?)\s+(?:to|with)\s+(.+)$/,
    (m) => ({ op: 'relate', child: m[1]!, parent: m[2]!, required: false }),
  ],
  [
    /^(?:each|every|a|an|the)?\s*(.+?)\s+(?:belongs?|belonging)\s+to\s+(?:an?\s+|one\s+|the\s+|exactly one\s+)?(.+)$/,
    (m) => ({
      op: 'relate',
      child: m[1]!,
      parent: m[2]!,
      required: /\b(?:must|always|exactly)\b/.test(m.input),
    }),
  ],
  [
    /^(?:each|every|a|an|one)?\s*(.+?)\s+(?:has|have|can have)\s+(?:many|several|multiple)\s+(.+)$/,
    (m) => ({ op: 'relate', child: m[2]!, parent: m[1]!, required: false }),
  ],
  [
    new RegExp(
      `^(?:add|create|introduce|make)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?${resourceNoun}\\s+(?:called\\s+|named\\s+|for\\s+)?(.+?)(?:\\s+with\\s+(.+))?$`,
    ),
    (m) => ({ op: 'add-resource', name: m[1]!, ...(m[2] !== undefined ? { items: m[2] } : {}) }),
  ],
  [
    new RegExp(
      `^(?:add|create|introduce|make)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?(.+?)\\s+${resourceNoun}(?:\\s+with\\s+(.+))?$`,
    ),
    (m) => ({ op: 'add-resource', name: m[1]!, ...(m[2] !== undefined ? { items: m[2] } : {}) }),
  ],
  [
    /^(?:add|create|introduce)\s+(?:a\s+|an\s+)?(?:new\s+)?([\w\s-]+?)\s+with\s+(.+)$/,
    (m) => ({ op: 'add-resource', name: m[1]!, items: m[2]! }),
  ],
  [
    /^(?:add|allow)\s+(.+?)\s+(?:to|for)\s+(?:the\s+)?(.+?)\s+(?:values|options|choices|enum)$/,
    (m) => ({ op: 'add-values', values: m[1]!, target: m[2]! }),
  ],
  [
    // Greedy: "a weight in kg to pets" is added to the last thing named.
    /^(?:add|include|introduce|give|store|track|record|put)\s+(.+)\s+(?:to|on|for|in|into|onto)\s+(?:the\s+|each\s+|every\s+|all\s+)?(.+)$/,
    (m) => ({ op: 'add', items: m[1]!, target: m[2]! }),
  ],
  [
    /^give\s+(?:the\s+|each\s+|every\s+|all\s+)?(\S+)\s+(.+)$/,
    (m) => ({ op: 'add', items: m[2]!, target: m[1]! }),
  ],
  [
    new RegExp(`^(?:each|every|all|the)?\\s*(.+?)\\s+${has}\\s+(.+)$`),
    (m) => ({ op: 'add', items: m[2]!, target: m[1]! }),
  ],
  [/^(?:add|include|introduce|store|track|record)\s+(.+)$/, (m) => ({ op: 'add', items: m[1]! })],
  [
    /^(?:make|set|mark|turn|change|convert|switch)\s+(.+?)\s+(?:to be|to|into|as)\s+(.+)$/,
    (m) => ({ op: 'modify', target: m[1]!, wording: m[2]! }),
  ],
  [
    /^(?:limit|restrict)\s+(.+?)\s+to\s+(.+)$/,
    (m) => ({ op: 'modify', target: m[1]!, wording: `one of ${m[2]!}` }),
  ],
  [/^(?:make|set|mark)\s+(.+)$/, (m) => ({ op: 'modify', target: m[1]!, wording: '' })],
  [
    new RegExp(`^(?:the\\s+)?(.+?)\\s+(?:${be})\\s*(.+)$`),
    (m) => ({ op: 'modify', target: m[1]!, wording: m[2]! }),
  ],
  [
    /^(?:the\s+)?(.+?)\s+(?:(?:should|must|will|shall|can)\s+)?(?:defaults?|defaulting)\s+to\s+(.+)$/,
    (m) => ({ op: 'modify', target: m[1]!, wording: `default ${m[2]!}` }),
  ],
];

/** The instruction a clause states, or undefined when no pattern fits it. */
export function readClause(clause: string): Intent | undefined {
  const text = clause.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, read] of readers) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const intent = read(match);
    if (intent !== undefined) return intent;
  }
  return undefined;
}

function authIntent(text: string): Intent | undefined {
  const type = readAuth(text);
  if (type === 'none') return undefined;
  const header = /\bheader\s+(?:called\s+|named\s+)?["'`]?([A-Za-z][A-Za-z0-9-]{0,63})/i.exec(text)?.[1];
  return { op: 'auth', type, ...(type === 'api-key' && header !== undefined ? { header } : {}) };
}
