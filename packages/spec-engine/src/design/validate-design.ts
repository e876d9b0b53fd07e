// A namespace import lets the bundler drop what the package never uses of zod (its 40 locales).
import * as z from 'zod';
import { apiDesignSchema, type ApiDesign } from './api-design.js';
import { checkDesign } from './check-design.js';
import { DesignValidationError, type DesignIssue } from './design-validation-error.js';
import { expandManyToMany } from './many-to-many.js';
import { normaliseDesign } from './normalise-design.js';

/** `['resources', 1, 'fields', 0, 'name']` → `resources[1].fields[0].name`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

/**
 * Validates anything (a planner's output, a user's JSON) as an ApiDesign: schema first, then the
 * semantic checks, then normalisation into the single form the compiler and scaffolders expect.
 * Deterministic and idempotent. Throws `DesignValidationError` listing every problem with its path.
 */
export function parseDesign(input: unknown): ApiDesign {
  const parsed = apiDesignSchema.safeParse(input);
  if (!parsed.success) {
    const issues: DesignIssue[] = parsed.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: issue.message,
    }));
    throw new DesignValidationError(issues);
  }
  const issues = checkDesign(parsed.data);
  if (issues.length > 0) throw new DesignValidationError(issues);
  // Join resources the design did not declare are checked like declared ones (names, clashes), and a
  // problem with one is reported on the relation that made it, which is what the author wrote.
  const expanded = expandManyToMany(parsed.data);
  if (expanded !== parsed.data) {
    const joinIssues = checkDesign(expanded).map((issue) => onRelation(issue, parsed.data, expanded));
    if (joinIssues.length > 0) throw new DesignValidationError(joinIssues);
  }
  // Re-parsing gives the normalised design the schema's key order and proves it still fits the schema.
  return apiDesignSchema.parse(normaliseDesign(expanded));
}

/** Moves an issue found on an added join resource onto the many-to-many relation that added it. */
function onRelation(issue: DesignIssue, given: ApiDesign, expanded: ApiDesign): DesignIssue {
  const index = /^resources\[(\d+)\]/.exec(issue.path)?.[1];
  if (index === undefined || Number(index) < given.resources.length) return issue;
  const join = expanded.resources[Number(index)]!.name;
  const k = expanded.relations.findIndex((r) => r.kind === 'many-to-many' && r.through === join);
  return {
    path: `relations[${k}]`,
    message: `its join resource "${join}" (${issue.path.slice(`resources[${index}]`.length + 1) || 'name'}): ${issue.message}; set "through" to another name`,
  };
}

/**
 * JSON Schema (draft 2020-12) of the design a planner must produce, for LLM structured output. It
 * describes the input shape, so fields with defaults are optional.
 */
export function apiDesignJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(apiDesignSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
