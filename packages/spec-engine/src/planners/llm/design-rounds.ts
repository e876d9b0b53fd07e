import { DesignValidationError, type DesignIssue } from '../../design/design-validation-error.js';
import { LLMInvalidResponseError } from '../../llm/llm-errors.js';
import type { LLMGenerateObjectResult, LLMProvider } from '../../llm/llm-provider.js';
import { InvalidModelDesignError } from '../planning-error.js';
import { repairPrompt } from './prompts.js';

export interface DesignRoundsRequest<T> {
  /** The planner's id, named in the error when every round failed. */
  readonly plannerId: string;
  readonly provider: LLMProvider;
  readonly system: string;
  readonly schema: Record<string, unknown>;
  readonly schemaName: string;
  /** The first message; repair rounds quote it back with the problems found. */
  readonly prompt: string;
  /** Limit for each model call. */
  readonly timeoutMs: number;
  /** Extra rounds that feed validation problems back to the model. */
  readonly maxRepairs: number;
  readonly signal?: AbortSignal;
  /**
   * Turns an answer into the planner's result. Throwing a DesignValidationError asks for a repair
   * round with its issues; any other error ends the planner.
   */
  readonly accept: (reply: LLMGenerateObjectResult) => T;
}

export interface DesignRoundsResult<T> {
  readonly value: T;
  /** Repair rounds it took: 0 when the first answer was accepted. */
  readonly repairs: number;
  readonly usage: { inputTokens: number; outputTokens: number };
}

/**
 * Asks a model for a design with structured output, feeding back what was wrong with an answer
 * (broken JSON or an invalid design) for up to `maxRepairs` more rounds. Shared by the planners that
 * write a design from a description and from a change request, so both repair answers the same way.
 */
export async function askForDesign<T>(request: DesignRoundsRequest<T>): Promise<DesignRoundsResult<T>> {
  const usage = { inputTokens: 0, outputTokens: 0 };
  let message = request.prompt;
  let issues: readonly DesignIssue[] = [];
  for (let round = 0; round <= request.maxRepairs; round++) {
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let reply: LLMGenerateObjectResult;
    try {
      reply = await request.provider.generateObject({
        prompt: message,
        system: request.system,
        schema: request.schema,
        schemaName: request.schemaName,
        signal,
      });
    } catch (error) {
      // Broken JSON is repairable like any other invalid answer; every other failure ends the planner.
      if (!(error instanceof LLMInvalidResponseError) || round === request.maxRepairs) throw error;
      issues = [{ path: '', message: error.message }];
      message = repairPrompt(request.prompt, error.text, issues);
      continue;
    }
    usage.inputTokens += reply.usage.inputTokens ?? 0;
    usage.outputTokens += reply.usage.outputTokens ?? 0;
    try {
      return { value: request.accept(reply), repairs: round, usage };
    } catch (error) {
      if (!(error instanceof DesignValidationError)) throw error;
      issues = error.issues;
      message = repairPrompt(request.prompt, reply.text, issues);
    }
  }
  throw new InvalidModelDesignError(request.plannerId, issues, request.maxRepairs);
}
