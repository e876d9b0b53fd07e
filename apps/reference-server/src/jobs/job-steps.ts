import { isChangeInput, type JobInput } from '../store/store.js';
import { changeApiSteps } from './change-api.js';
import { generateApiSteps, type StepDefinition } from './generate-api.js';

/** The steps a job runs: a change request's, or generate-api's for a new API. */
export const stepsFor = (input: JobInput): readonly StepDefinition[] =>
  isChangeInput(input) ? changeApiSteps : generateApiSteps;
