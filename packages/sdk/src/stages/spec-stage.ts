import {
  type ApiDesign,
  compileOpenApi,
  lintOpenApi,
  parseDesign,
  toJson,
  toYaml,
  validateOpenApi,
} from '@smartapiforge/spec-engine';
import { SpecLintError } from '../errors.js';
import type { SpecResult } from '../forge-types.js';
import type { Planned } from '../repair-loop.js';
import { runStage, type StageContext } from '../run-stage.js';
import { validateContract, type SpecFirstContract } from '../spec-first.js';

/** The compile and validate stages: the design's OpenAPI 3.1 contract, or a spec-first document checked. */
export async function specFrom(ctx: StageContext, planned: Planned): Promise<SpecResult> {
  if (planned.contract) return contractSpec(ctx, planned.contract, planned);
  const compiled = await runStage(ctx, 'compile', () => {
    const design = parseDesign(planned.design);
    return { design, openapi: compileOpenApi(design) as unknown as Record<string, unknown> };
  });
  const findings = await runStage(ctx, 'validate', async () => {
    await validateOpenApi(compiled.openapi);
    const found = lintOpenApi(compiled.openapi);
    const errors = found.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) throw new SpecLintError(errors);
    return found.filter((finding) => finding.severity === 'warn');
  });
  ctx.emit({ type: 'spec', openapi: compiled.openapi, operations: countOperations(compiled.openapi) });
  return {
    ...compiled,
    yaml: toYaml(compiled.openapi),
    json: toJson(compiled.openapi),
    warnings: [
      ...planned.warnings,
      ...unservedLinkWarnings(compiled.design),
      ...findings.map((finding) => `${finding.ruleId} at ${finding.path}: ${finding.message}`),
    ],
    assumptions: planned.assumptions ?? [],
    hops: planned.hops,
    repairs: [...ctx.repairs],
  };
}

/** Spec-first: the contract is the user's document, checked against the OpenAPI 3.1 meta-schemas, never rewritten. */
async function contractSpec(
  ctx: StageContext,
  contract: SpecFirstContract,
  planned: Planned,
): Promise<SpecResult> {
  ctx.emit({ type: 'stage-skip', stage: 'compile', reason: 'the imported document is the contract' });
  const exampleWarnings = await runStage(ctx, 'validate', () => validateContract(contract.document));
  ctx.emit({ type: 'spec', openapi: contract.document, operations: countOperations(contract.document) });
  return {
    design: contract.design,
    openapi: contract.document,
    yaml: toYaml(contract.document),
    json: toJson(contract.document),
    warnings: [...planned.warnings, ...exampleWarnings],
    assumptions: planned.assumptions ?? [],
    hops: planned.hops,
    repairs: [...ctx.repairs],
  };
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function countOperations(openapi: Record<string, unknown>): number {
  const paths = (openapi.paths ?? {}) as Record<string, Record<string, unknown>>;
  return Object.values(paths).reduce(
    (total, item) => total + Object.keys(item).filter((key) => httpMethods.has(key)).length,
    0,
  );
}

/**
 * Many-to-many relations a design states but that no generated stack serves yet: neither the contract
 * nor the project gets a join table or routes for them. Said rather than dropped silently, with the
 * wording that gets the pairing stored: a record that links both.
 */
function unservedLinkWarnings(design: ApiDesign): string[] {
  const plural = (name: string) =>
    design.resources.find((resource) => resource.name === name)?.plural ?? name;
  return design.relations
    .filter((relation) => relation.kind === 'many-to-many')
    .map(
      ({ from, to }) =>
        `${plural(from)} and ${plural(to)} are linked many-to-many in the design, but the generated API does not serve many-to-many links yet, so it stores no pairing of them. To store one, ask for a record that links both (for example "${from}_${to} links ${plural(from)} to ${plural(to)}").`,
    );
}
