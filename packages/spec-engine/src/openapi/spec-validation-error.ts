import { ForgeError } from '@smartapiforge/errors';

/** One problem in an OpenAPI document; `path` is a JSON pointer into it (`/components/schemas/Pet`). */
export interface SpecIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `validateOpenApi` with every problem found. */
export class SpecValidationError extends ForgeError {
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    const lines = issues.slice(0, 50).map((issue) => `- ${issue.path || '/'}: ${issue.message}`);
    if (issues.length > 50) lines.push(`- … and ${issues.length - 50} more`);
    super(
      'invalid_openapi',
      `The OpenAPI document has ${issues.length} problem${issues.length === 1 ? '' : 's'}. Fix the parts at these ` +
        `JSON pointers (for a compiled document, fix the design and compile again):\n${lines.join('\n')}`,
      { details: { issues } },
    );
    this.issues = issues;
  }
}
