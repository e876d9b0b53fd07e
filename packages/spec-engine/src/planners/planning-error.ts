import { ForgeError } from '@smartapiforge/errors';
import type { DesignIssue } from '../design/design-validation-error.js';

/** A model kept answering with designs that fail validation, even after the repair rounds. */
export class InvalidModelDesignError extends ForgeError {
  declare readonly code: 'llm_design_invalid';
  readonly issues: readonly DesignIssue[];

  constructor(planner: string, issues: readonly DesignIssue[], repairs: number) {
    super(
      'llm_design_invalid',
      `${planner} produced no valid design after ${repairs} repair round${repairs === 1 ? '' : 's'}; ` +
        'try a larger model, or the embedded planner.',
      { isRetryable: true, details: { planner, issues } },
    );
    this.issues = issues;
  }
}
