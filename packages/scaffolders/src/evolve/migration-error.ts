import { ForgeError } from '@smartapiforge/errors';

/**
 * Why a migration cannot be planned: `destructive_change_refused` (it would drop or narrow data and
 * the caller did not allow that), `invalid_rename` (a rename names a resource or field that is not
 * there), `unsupported_change` (no safe SQL exists for it).
 */
export type MigrationErrorCode = 'destructive_change_refused' | 'invalid_rename' | 'unsupported_change';

/** A schema change that will not be written as a migration; nothing was produced. */
export class MigrationError extends ForgeError {
  declare readonly code: MigrationErrorCode;

  constructor(code: MigrationErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, { details });
  }
}
