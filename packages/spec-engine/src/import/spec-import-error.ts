import { ForgeError } from '@smartapiforge/errors';

export type SpecImportErrorCode =
  | 'import_invalid_yaml'
  | 'import_not_openapi'
  | 'import_unsupported_version'
  | 'import_circular_ref'
  | 'import_too_large'
  | 'import_unmappable';

/** The input cannot be imported; `location` says where (a line and column, or a JSON pointer). */
export class SpecImportError extends ForgeError {
  declare readonly code: SpecImportErrorCode;
  readonly location: string | undefined;

  constructor(
    code: SpecImportErrorCode,
    message: string,
    options: { location?: string; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(code, options.location ? `${message} (at ${options.location})` : message, {
      cause: options.cause,
      details: { location: options.location, ...options.details },
    });
    this.location = options.location;
  }
}
