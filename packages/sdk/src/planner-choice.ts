import { ForgeError } from '@smartapiforge/errors';
import {
  createDefaultPlannerChain,
  createHuggingFace,
  createLLMPlanner,
  createOllama,
  createOpenAICompatible,
  createPlannerChain,
  createThreadedEmbeddedPlanner,
  type LLMProvider,
  type Planner,
} from '@smartapiforge/spec-engine';
import { UnknownAdapterError } from './adapters.js';

export const llmNames = ['embedded', 'ollama', 'hf', 'openai', 'auto'] as const;
export type LLMName = (typeof llmNames)[number];

/**
 * How prompts become designs: a Planner, an LLMProvider (wrapped in the LLM planner), or a name.
 * `embedded` (the default) needs no model; `ollama`, `hf` and `openai` call that model and fall back to
 * the embedded planner, recording the hops; `auto` is the PRD's chain, Ollama → Hugging Face → embedded.
 */
export type PlannerChoice = Planner | LLMProvider | LLMName;

export interface PlannerChoiceOptions {
  /** Model id for a named LLM (defaults: Ollama `mistral:7b`, the Hugging Face default, `OPENAI_MODEL`). */
  readonly model?: string;
}

export function resolvePlanner(
  choice: PlannerChoice = 'embedded',
  options: PlannerChoiceOptions = {},
): Planner {
  if (typeof choice === 'object') {
    return 'plan' in choice ? choice : withFallback(createLLMPlanner({ provider: choice }));
  }
  const model = options.model;
  switch (choice) {
    case 'embedded':
      return createThreadedEmbeddedPlanner();
    case 'auto':
      return createDefaultPlannerChain(model === undefined ? {} : { ollama: { model } });
    case 'ollama':
      return withFallback(createLLMPlanner({ provider: createOllama(model === undefined ? {} : { model }) }));
    case 'hf':
      return withFallback(
        createLLMPlanner({ provider: createHuggingFace(model === undefined ? {} : { model }) }),
      );
    case 'openai':
      return withFallback(createLLMPlanner({ provider: openAIFromEnvironment(model) }));
    default:
      throw new UnknownAdapterError('llm', choice, llmNames);
  }
}

function withFallback(planner: Planner): Planner {
  return createPlannerChain([planner, createThreadedEmbeddedPlanner()]);
}

/** OPENAI_BASE_URL (default api.openai.com), OPENAI_API_KEY and OPENAI_MODEL, as OpenAI's own tools read them. */
function openAIFromEnvironment(model: string | undefined) {
  const chosen = model ?? process.env.OPENAI_MODEL;
  if (!chosen) {
    throw new ForgeError(
      'adapter_config',
      'The openai planner needs a model: pass --model NAME or set OPENAI_MODEL.',
    );
  }
  return createOpenAICompatible({
    baseUrl: process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
    model: chosen,
    ...(process.env.OPENAI_API_KEY ? { apiKey: process.env.OPENAI_API_KEY } : {}),
  });
}
