import { ForgeError } from '@smartapiforge/errors';

/** One problem in a design; `path` reads like code, e.g. `resources[1].fields[0].name`. */
export interface DesignIssue {
  readonly path: string;
  readonly message: string;
}

/** Thrown by `parseDesign` with every problem found, so a planner or user can fix them in one pass. */
export class DesignValidationError extends ForgeError {
  readonly issues: readonly DesignIssue[];

  constructor(issues: readonly DesignIssue[]) {
    const lines = issues.map((issue) => `- ${issue.path || '(design)'}: ${issue.message}`);
    super(
      'invalid_design',
      `The API design has ${issues.length} problem${issues.length === 1 ? '' : 's'}; fix them and try again:\n${lines.join('\n')}`,
      { details: { issues } },
    );
    this.issues = issues;
  }
}
