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
  // A change request that needs rewording, a flag, or a project made by forge.
  'change_empty',
  'change_not_understood',
  'change_unknown_target',
  'change_invalid',
  'change_no_effect',
  'breaking_change_refused',
  'destructive_change_refused',
  'invalid_rename',
  'forge_folder_missing',
  'forge_folder_invalid',
  'change_spec_first',
]);

export function exitCodeFor(error: unknown): number {
  return badInputCodes.has(failureCode(error)) ? exitCodes.badInput : exitCodes.failed;
}
