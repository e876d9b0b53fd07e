import type { ApiDesign } from '../design/api-design.js';
import { DesignValidationError } from '../design/design-validation-error.js';
import { parseDesign } from '../design/validate-design.js';
import { startPlan } from '../planners/embedded/nlp.js';
import { ChangeRequestError } from './change-request-error.js';
import { describeEdit } from './describe-edit.js';
import { diffDesigns } from './diff-designs.js';
import { applyIntent } from './embedded/apply-intent.js';
import { splitClauses } from './embedded/clauses.js';
import { readClause } from './embedded/read-clause.js';
import { settleRenames } from './embedded/settle-renames.js';
import { startWorking, type WorkingDesign } from './embedded/working-design.js';
import type { ChangePlan, ChangePlanner, DesignEdit, DesignRename } from './types.js';

const MAX_REQUEST_CHARS = 4000;

/**
 * Reads change requests against a design with the embedded planner's English tooling (wink-nlp, the
 * knowledge base): "add an owner name and a vaccinated flag to pets", "orders need a status", "rename
 * body to content", "drop the legacy field", "make email unique", "priority should be one of low,
 * normal, high", "add comments to posts". Every clause must be read: a request it cannot fully read
 * is refused with what it did understand and a rewrite it can, never applied in part.
 */
export function createEmbeddedChangePlanner(): ChangePlanner {
  return {
    id: 'embedded',
    async planChange(current, request, options = {}) {
      options.signal?.throwIfAborted();
      const started = performance.now();
      if (typeof request !== 'string' || request.trim() === '')
        throw new ChangeRequestError(
          'change_empty',
          'The change request is empty; say what to add, remove, rename or change.',
          {
            rewrite: exampleRequest(current),
          },
        );
      if (request.length > MAX_REQUEST_CHARS)
        throw new ChangeRequestError(
          'change_not_understood',
          `The change request is longer than ${MAX_REQUEST_CHARS} characters; send it in parts.`,
        );
      startPlan();
      const working = startWorking(current);
      const unread: string[] = [];
      for (const clause of splitClauses(request)) {
        const intent = readClause(clause);
        const reason = intent === undefined ? 'no instruction fits it' : applyIntent(working, intent);
        if (reason === undefined) working.understood.push(clause);
        else unread.push(`"${clause}" (${reason})`);
      }
      const { design, edits, renames } = finish(current, working);
      if (unread.length > 0) {
        throw new ChangeRequestError(
          'change_not_understood',
          `Could not read ${unread.join('; ')}.${edits.length > 0 ? ` Understood: ${edits.map(describeEdit).join('; ')}.` : ' Nothing else was understood.'}`,
          {
            understood: edits,
            unread,
            rewrite: [...edits.map(describeEdit), exampleRequest(current)].join('; '),
          },
        );
      }
      if (edits.length === 0)
        throw new ChangeRequestError(
          'change_no_effect',
          `The design already is what "${working.understood.join('; ')}" asks for; nothing changes.`,
          { rewrite: exampleRequest(current) },
        );
      return {
        design,
        edits,
        renames,
        assumptions: working.assumptions,
        planner: 'embedded',
        durationMs: performance.now() - started,
      };
    },
  };
}

function finish(
  current: ApiDesign,
  working: WorkingDesign,
): Pick<ChangePlan, 'design'> & { edits: DesignEdit[]; renames: DesignRename[] } {
  let design: ApiDesign;
  try {
    design = parseDesign({ ...working.design, version: current.version });
  } catch (error) {
    if (!(error instanceof DesignValidationError)) throw error;
    throw new ChangeRequestError(
      'change_invalid',
      `The change leaves an invalid design: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}.`,
      { cause: error },
    );
  }
  const renames = settleRenames(working.renames, design);
  const edits = diffDesigns(current, design, { renames }).changes.map((c) => c.edit);
  return { design, edits, renames };
}

/** An instruction written against this design, in a form the planner reads. */
export function exampleRequest(design: ApiDesign): string {
  const resource =
    design.resources.find((r) => r.fields.some((f) => f.type !== 'reference')) ?? design.resources[0]!;
  const field = resource.fields.find((f) => f.type !== 'reference') ?? resource.fields[0]!;
  return `add a notes field to ${resource.plural}; make ${field.name.replaceAll('_', ' ')} of ${resource.plural} required`;
}
