import { storedPairs, type ApiDesign } from '@smartapiforge/spec-engine';
import { expect } from 'vitest';
import type { ContractReport } from '../../src/index.js';

/**
 * The contract suite's cases that link a pair twice, delete one side of a pair and list one side's
 * linked records (see pair-cases.ts) ran for every join resource of the design, two of each, and
 * passed: neither skipped nor missing because the suite failed to see a join.
 */
export function expectPairCasesPassed(design: ApiDesign, report: ContractReport): void {
  const cases = report.cases.filter((item) =>
    / twice is answered with 409$| repeats a linked |: also removes its \/\S+ pairs and |: lists exactly the records linked with one$/.test(
      item.name,
    ),
  );
  expect(cases.map((item) => `${item.name}: ${item.status}`)).toEqual(
    cases.map((item) => `${item.name}: passed`),
  );
  expect(cases).toHaveLength(6 * storedPairs(design).size);
}
