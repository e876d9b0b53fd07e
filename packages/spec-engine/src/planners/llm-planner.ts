import { apiDesignJsonSchema, parseDesign } from '../design/validate-design.js';
import { addedJoinAssumptions } from './join-assumptions.js';
import type { LLMProvider } from '../llm/llm-provider.js';
import { keepIdentifiersOnly } from './llm/data-only-design.js';
import { askForDesign } from './llm/design-rounds.js';
import { describePrompt, revisePrompt, systemPrompt } from './llm/prompts.js';
import { knowledgeContext } from './llm/knowledge-context.js';
import type { Assumption, PlanOptions, PlanResult, Planner } from './planner.js';
import { PromptError } from './prompt-error.js';

export interface LLMPlannerSettings {
  readonly provider: LLMProvider;
  /** Limit for each model call, repairs included; the PRD's inference budget is 6 s. */
  readonly timeoutMs?: number;
  /** Extra rounds that feed validation problems back to the model. */
  readonly maxRepairs?: number;
}

// Built once: zod's JSON Schema export walks the whole model.
let cachedSchema: Record<string, unknown> | undefined;
/** The design's schema plus the `assumptions` list models are asked for (kept out of the design). */
const designSchema = () => (cachedSchema ??= withAssumptions(apiDesignJsonSchema()));

/**
 * `schema` with `extra` properties beside the design's own, and the `assumptions` list every model
 * planner asks for (kept out of the design).
 */
export function withAssumptions(
  schema: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  return {
    ...schema,
    properties: {
      ...properties,
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
      ...extra,
    },
  };
}

/**
 * Takes the model's assumptions out of its answer. They are shown to users, never compiled, but are
 * still model text: kept short, on one line, and only as many as a reader can take in.
 */
function takeAssumptions(answer: unknown): { design: unknown; assumptions: Assumption[] } {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
    return { design: answer, assumptions: [] };
  const { assumptions: raw, ...design } = answer as Record<string, unknown>;
  const clean = (value: unknown, max: number) =>
    typeof value === 'string'
      ? value
          // eslint-disable-next-line no-control-regex -- removing control characters is the point
          .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]+/g, ' ')
          .trim()
          .slice(0, max)
      : '';
  const assumptions = (Array.isArray(raw) ? raw : [])
    .slice(0, 50)
    .map((a) => ({
      path: clean((a as { path?: unknown })?.path, 120),
      text: clean((a as { text?: unknown })?.text, 300),
    }))
    .filter((a) => a.text !== '');
  return { design, assumptions };
}

/**
 * Plans with a language model: the design's JSON Schema as structured output, then `parseDesign`;
 * an invalid answer gets `maxRepairs` more rounds with the problems fed back. Free text in the answer
 * is dropped before validation, so a prompt can only ever reach the design as checked identifiers.
 * Each result can be revised with what later stages found wrong with it (see `PlanResult.revise`).
 */
export function createLLMPlanner(settings: LLMPlannerSettings): Planner {
  const { provider } = settings;
  const id = `llm:${provider.provider}`;
  const timeoutMs = settings.timeoutMs ?? 6000;
  const maxRepairs = settings.maxRepairs ?? 1;

  /** One request to the model (a description or a revision), with its repair rounds. */
  async function answer(prompt: string, request: string, options: PlanOptions): Promise<PlanResult> {
    options.signal?.throwIfAborted();
    const started = performance.now();
    const schema = designSchema();
    const system = systemPrompt(schema);
    const { value, repairs, usage } = await askForDesign({
      plannerId: id,
      provider,
      system,
      schema,
      schemaName: 'api_design',
      prompt: request,
      timeoutMs,
      maxRepairs,
      signal: options.signal,
      accept: (reply) => {
        const warnings: string[] = [];
        const taken = takeAssumptions(reply.object);
        const given = keepIdentifiersOnly(taken.design, warnings);
        const design = parseDesign(given);
        const assumptions = [...taken.assumptions, ...addedJoinAssumptions(given, design)];
        return { design, warnings, assumptions };
      },
    });
    const { design, warnings, assumptions } = value;
    if (repairs > 0)
      warnings.push(
        `The model's first answer was invalid; repaired in ${repairs} round${repairs === 1 ? '' : 's'}.`,
      );
    return {
      design,
      planner: id,
      warnings,
      assumptions,
      durationMs: performance.now() - started,
      usage,
      revise: (failures, reviseOptions = {}) =>
        answer(prompt, revisePrompt(prompt, design, failures), reviseOptions),
    };
  }

  return {
    id,
    async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
      options.signal?.throwIfAborted();
      if (typeof prompt !== 'string' || prompt.trim() === '')
        throw new PromptError('prompt_empty', 'The prompt is empty.');
      return answer(prompt, describePrompt(prompt, knowledgeContext(prompt)), options);
    },
  };
}
