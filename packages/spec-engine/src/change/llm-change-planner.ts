import type { ApiDesign } from '../design/api-design.js';
import { DesignValidationError, type DesignIssue } from '../design/design-validation-error.js';
import { apiDesignJsonSchema, parseDesign } from '../design/validate-design.js';
import { LLMInvalidResponseError } from '../llm/llm-errors.js';
import type { LLMGenerateObjectResult, LLMProvider } from '../llm/llm-provider.js';
import { keepIdentifiersOnly } from '../planners/llm/data-only-design.js';
import { repairPrompt } from '../planners/llm/prompts.js';
import { InvalidModelDesignError } from '../planners/planning-error.js';
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
  if (cachedSchema !== undefined) return cachedSchema;
  const schema = apiDesignJsonSchema();
  const name = { type: 'string', pattern: '^[a-z][a-z0-9_]{0,62}$' };
  cachedSchema = {
    ...schema,
    properties: {
      ...(schema['properties'] as Record<string, unknown>),
      assumptions: {
        type: 'array',
        maxItems: 50,
        items: {
          type: 'object',
          properties: { path: { type: 'string' }, text: { type: 'string' } },
          required: ['path', 'text'],
          additionalProperties: false,
        },
      },
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
    },
  };
  return cachedSchema;
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
      const usage = { inputTokens: 0, outputTokens: 0 };
      let message = prompt;
      let issues: readonly DesignIssue[] = [];
      for (let round = 0; round <= maxRepairs; round++) {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
        let reply: LLMGenerateObjectResult;
        try {
          reply = await provider.generateObject({
            prompt: message,
            system,
            schema,
            schemaName: 'api_design_change',
            signal,
          });
        } catch (error) {
          if (!(error instanceof LLMInvalidResponseError) || round === maxRepairs) throw error;
          issues = [{ path: '', message: error.message }];
          message = repairPrompt(prompt, error.text, issues);
          continue;
        }
        usage.inputTokens += reply.usage.inputTokens ?? 0;
        usage.outputTokens += reply.usage.outputTokens ?? 0;
        const answer = splitAnswer(reply.object);
        let design: ApiDesign;
        try {
          const dataOnly = keepIdentifiersOnly(answer.design, []);
          design = parseDesign({
            ...(keepCurrentWording(current, dataOnly, answer.renames) as object),
            version: current.version,
          });
        } catch (error) {
          if (!(error instanceof DesignValidationError)) throw error;
          issues = error.issues;
          message = repairPrompt(prompt, reply.text, issues);
          continue;
        }
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
      }
      throw new InvalidModelDesignError(id, issues, maxRepairs);
    },
  };
}
