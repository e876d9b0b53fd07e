import { ForgeError } from '@smartapiforge/errors';

export const exitCodes = { ok: 0, failed: 1, badInput: 2, interrupted: 130 } as const;

/** Error codes that mean the user's input needs changing rather than something on our side failing. */
const badInputCodes = new Set([
  'prompt_empty',
  'prompt_unrecognised',
  'invalid_design',
  'output_exists',
  'unknown_adapter',
  'adapter_config',
]);

export function exitCodeFor(error: unknown): number {
  if (!ForgeError.isInstance(error)) return exitCodes.failed;
  const code = typeof error.details.causeCode === 'string' ? error.details.causeCode : error.code;
  return badInputCodes.has(code) ? exitCodes.badInput : exitCodes.failed;
}
