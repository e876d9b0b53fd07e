import { ForgeError } from '@smartapiforge/errors';
import type { ChangeRequestErrorCode, DesignEdit } from './types.js';

/**
 * A change request that cannot be applied as asked. `understood` lists the edits that were read (so a
 * user sees how far the planner got) and `rewrite`, when given, is the request phrased so it can be.
 */
export class ChangeRequestError extends ForgeError {
  declare readonly code: ChangeRequestErrorCode;
  readonly understood: readonly DesignEdit[];

  constructor(
    code: ChangeRequestErrorCode,
    reason: string,
    options: {
      understood?: readonly DesignEdit[];
      rewrite?: string;
      unread?: readonly string[];
      cause?: unknown;
    } = {},
  ) {
    const rewrite = options.rewrite === undefined ? '' : ` Try: "${options.rewrite}"`;
    super(code, `${reason}${rewrite}`, {
      cause: options.cause,
      details: {
        understood: options.understood ?? [],
        ...(options.unread !== undefined ? { unread: options.unread } : {}),
        ...(options.rewrite !== undefined ? { rewrite: options.rewrite } : {}),
      },
    });
    this.understood = options.understood ?? [];
  }
}
