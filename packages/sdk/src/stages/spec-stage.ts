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
 * A many-to-many relation of a resource with itself ("people follow people") is the one kind a design
 * states that no stack stores: its join would need two links to one parent, which the nested routes
 * cannot tell apart. Said rather than dropped silently, with the wording that stores the pairing.
 */
function unservedLinkWarnings(design: ApiDesign): string[] {
  return design.relations
    .filter((relation) => relation.kind === 'many-to-many' && relation.from === relation.to)
    .map(({ from }) => {
      const plural = design.resources.find((resource) => resource.name === from)?.plural ?? from;
      return `${plural} are linked with each other many-to-many in the design, but the generated API stores no such pairing: its record would need two links to ${plural}, and a design has one link per pair of resources. To store one, give the design a record (for example ${from}_link) that belongs to a ${from} and keeps the other ${from}'s id in a uuid field (related_${from}_id).`;
    });
}
