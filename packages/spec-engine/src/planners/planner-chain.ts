import { ForgeError } from '@smartapiforge/errors';
import { createHuggingFace, type HuggingFaceSettings } from '../llm/huggingface.js';
import { createOllama, type OllamaSettings } from '../llm/ollama.js';
import { createEmbeddedPlanner } from './embedded-planner.js';
import { createLLMPlanner } from './llm-planner.js';
import type { PlanHop, PlanOptions, PlanResult, Planner } from './planner.js';

/**
 * Tries planners in order and returns the first design; every attempt is recorded in `hops`. A
 * caller's abort stops the chain at once. When all fail, the last planner's error is thrown with the
 * hops in its details (the last is usually the embedded planner, whose PromptError says how to fix
 * the prompt).
 */
export function createPlannerChain(planners: readonly Planner[]): Planner {
  if (planners.length === 0) throw new TypeError('createPlannerChain needs at least one planner');
  return {
    id: `chain(${planners.map((p) => p.id).join('>')})`,
    async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
      const started = performance.now();
      const hops: PlanHop[] = [];
      let lastError: unknown;
      for (const planner of planners) {
        options.signal?.throwIfAborted();
        const hopStarted = performance.now();
        try {
          const result = await planner.plan(prompt, options);
          hops.push({
            planner: planner.id,
            ok: true,
            ms: performance.now() - hopStarted,
            ...(result.usage ? { usage: result.usage } : {}),
          });
          const fellBack =
            hops.length > 1 ? [`Planned with ${planner.id} after ${describeFailures(hops)}.`] : [];
          return {
            ...result,
            warnings: [...fellBack, ...result.warnings],
            durationMs: performance.now() - started,
            hops,
          };
        } catch (error) {
          if (options.signal?.aborted) throw error;
          const errorCode = ForgeError.isInstance(error) ? error.code : 'unexpected_error';
          hops.push({ planner: planner.id, ok: false, errorCode, ms: performance.now() - hopStarted });
          lastError = error;
        }
      }
      if (ForgeError.isInstance(lastError)) lastError.details['hops'] = hops;
      throw lastError;
    },
  };
}

function describeFailures(hops: readonly PlanHop[]): string {
  return hops
    .filter((hop) => !hop.ok)
    .map((hop) => `${hop.planner} failed (${hop.errorCode})`)
    .join(', ');
}

export interface DefaultPlannerChainSettings {
  readonly ollama?: OllamaSettings;
  /** `false` leaves Hugging Face out; without a token (here or in HF_TOKEN) it is left out too. */
  readonly huggingFace?: HuggingFaceSettings | false;
  /** Per model call; defaults to the LLM planner's 6 s. */
  readonly timeoutMs?: number;
}

/** The PRD's chain: local Ollama, then Hugging Face, then the embedded planner, which needs nothing. */
export function createDefaultPlannerChain(settings: DefaultPlannerChainSettings = {}): Planner {
  const timeoutMs = settings.timeoutMs;
  const planners: Planner[] = [createLLMPlanner({ provider: createOllama(settings.ollama), timeoutMs })];
  const hf = settings.huggingFace;
  if (hf !== false && (hf?.token ?? process.env['HF_TOKEN']) !== undefined)
    planners.push(createLLMPlanner({ provider: createHuggingFace(hf), timeoutMs }));
  planners.push(createEmbeddedPlanner());
  return createPlannerChain(planners);
}
