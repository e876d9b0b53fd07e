import { failureCode } from '../errors.js';

export const exitCodes = { ok: 0, failed: 1, badInput: 2, interrupted: 130 } as const;

/** Error codes that mean the user's input needs changing rather than something on our side failing. */
const badInputCodes = new Set([
  'prompt_empty',
  'prompt_unrecognised',
  'invalid_design',
  'output_exists',
  'invalid_option',
  'unknown_adapter',
  'adapter_config',
]);

export function exitCodeFor(error: unknown): number {
  return badInputCodes.has(failureCode(error)) ? exitCodes.badInput : exitCodes.failed;
}
