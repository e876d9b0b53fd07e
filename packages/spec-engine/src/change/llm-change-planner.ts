import type { ApiDesign } from '../design/api-design.js';
import { apiDesignJsonSchema, parseDesign } from '../design/validate-design.js';
import type { LLMProvider } from '../llm/llm-provider.js';
import { keepIdentifiersOnly } from '../planners/llm/data-only-design.js';
import { askForDesign } from '../planners/llm/design-rounds.js';
import { withAssumptions } from '../planners/llm-planner.js';
import { ChangeRequestError } from './change-request-error.js';
import { diffDesigns } from './diff-designs.js';
import { changePrompt, changeSystemPrompt } from './llm-change-prompts.js';
import { checkRenames, keepCurrentWording, splitAnswer } from './model-answer.js';
import type { ChangePlan, ChangePlanner } from './types.js';

export interface LLMChangePlannerSettings {
  readonly provider: LLMProvider;
  /** Limit for each model call, repairs included. */
  readonly timeoutMs?: number;
  /** Extra rounds that feed validation problems back to the model. */
  readonly maxRepairs?: number;
}

let cachedSchema: Record<string, unknown> | undefined;
/** The design's schema plus the `assumptions` and `renames` a model answers beside it. */
function answerSchema(): Record<string, unknown> {
  const name = { type: 'string', pattern: '^[a-z][a-z0-9_]{0,62}$' };
  return (cachedSchema ??= withAssumptions(apiDesignJsonSchema(), {
    renames: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        properties: { kind: { enum: ['resource', 'field'] }, resource: name, from: name, to: name },
        required: ['kind', 'from', 'to'],
        additionalProperties: false,
      },
    },
  }));
}

/**
 * Plans a change with a language model: it gets the current design and the request and answers the
 * whole new design, with the renames it made and what it assumed. The answer is checked like any
 * model design (free text dropped, `parseDesign`, repair rounds); the edits are the design diff, with
 * renames only where the model stated them and the designs agree.
 */
export function createLLMChangePlanner(settings: LLMChangePlannerSettings): ChangePlanner {
  const { provider } = settings;
  const id = `llm:${provider.provider}`;
  const timeoutMs = settings.timeoutMs ?? 20_000;
  const maxRepairs = settings.maxRepairs ?? 1;

  return {
    id,
    async planChange(current: ApiDesign, request: string, options = {}): Promise<ChangePlan> {
      options.signal?.throwIfAborted();
      if (typeof request !== 'string' || request.trim() === '')
        throw new ChangeRequestError(
          'change_empty',
          'The change request is empty; say what to add, remove, rename or change.',
        );
      const started = performance.now();
      const schema = answerSchema();
      const system = changeSystemPrompt(schema);
      const prompt = changePrompt(current, request);
      const { value, usage } = await askForDesign({
        plannerId: id,
        provider,
        system,
        schema,
        schemaName: 'api_design_change',
        prompt,
        timeoutMs,
        maxRepairs,
        signal: options.signal,
        accept: (reply) => {
          const answer = splitAnswer(reply.object);
          const dataOnly = keepIdentifiersOnly(answer.design, []);
          const design = parseDesign({
            ...(keepCurrentWording(current, dataOnly, answer.renames) as object),
            version: current.version,
          });
          return { design, answer };
        },
      });
      const { design, answer } = value;
      const assumptions = [...answer.assumptions];
      const renames = checkRenames(current, design, answer.renames, assumptions);
      const edits = diffDesigns(current, design, { renames }).changes.map((c) => c.edit);
      if (edits.length === 0)
        throw new ChangeRequestError(
          'change_no_effect',
          `${id} answered the design unchanged; say what to add, remove, rename or change.`,
        );
      return {
        design,
        edits,
        renames,
        assumptions,
        planner: id,
        durationMs: performance.now() - started,
        usage,
      };
    },
  };
}
