import type { ApiDesign } from '../design/api-design.js';
import type { Planner } from '../planners/planner.js';

/**
 * One line of an eval file: a prompt and what a good design must contain. Names are normalised
 * lowercase without separators; `relations` are `[child, parent]` belongs-to links.
 */
export interface EvalCase {
  readonly id: string;
  readonly prompt: string;
  readonly expect: {
    readonly resources: Readonly<Record<string, readonly string[]>>;
    readonly relations: readonly (readonly [string, string])[];
  };
}

/** Hits and totals for one prompt. */
export interface EvalScore {
  readonly resources: readonly [number, number];
  readonly fields: readonly [number, number];
  readonly relations: readonly [number, number];
  /** Resources the design has, and how many of them the case did not expect. */
  readonly predicted: number;
  readonly extraResources: number;
}

export interface EvalPromptResult {
  readonly id: string;
  readonly ms: number;
  /** The planner's error code when it failed; the prompt then scores zero. */
  readonly errorCode?: string;
  readonly score: EvalScore;
}

export interface EvalReport {
  readonly planner: string;
  readonly prompts: number;
  readonly resourceRecall: number;
  readonly fieldRecall: number;
  readonly relationRecall: number;
  readonly resourcePrecision: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Ids of prompts with any miss, for a reader to inspect. */
  readonly imperfect: readonly string[];
  readonly results: readonly EvalPromptResult[];
}

const normalise = (name: string) => name.replaceAll('_', '').toLowerCase();
/** Every resource has these whether or not the design lists them. */
const implicitFields = ['id', 'createdat', 'updatedat'];

/** Parses an eval file (JSON Lines); a bad line is reported with its number. */
export function parseEvalCases(text: string): EvalCase[] {
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    try {
      const value = JSON.parse(line) as Omit<EvalCase, 'expect'> & { expect?: Partial<EvalCase['expect']> };
      if (typeof value.prompt !== 'string' || typeof value.expect?.resources !== 'object')
        throw new Error('needs "prompt" and "expect.resources"');
      const { resources, relations = [] } = value.expect;
      return [
        {
          id: value.id ?? `line ${index + 1}`,
          prompt: value.prompt,
          expect: { resources: resources!, relations },
        },
      ];
    } catch (error) {
      throw new SyntaxError(`eval file line ${index + 1}: ${(error as Error).message}`);
    }
  });
}

/** Scores a design against what the case expects. Only belongs-to links count as relations. */
export function scoreDesign(design: ApiDesign | undefined, expected: EvalCase['expect']): EvalScore {
  const resources = new Map((design?.resources ?? []).map((r) => [normalise(r.name), r]));
  const links = new Set(
    (design?.relations ?? [])
      .filter((r) => r.kind === 'belongs-to')
      .map((r) => `${normalise(r.from)}>${normalise(r.to)}`),
  );
  let resourceHits = 0;
  let fieldTotal = 0;
  let fieldHits = 0;
  for (const [name, fields] of Object.entries(expected.resources)) {
    const resource = resources.get(name);
    if (resource !== undefined) resourceHits++;
    const have = new Set([...implicitFields, ...(resource?.fields.map((f) => normalise(f.name)) ?? [])]);
    fieldTotal += fields.length;
    fieldHits += fields.filter((f) => have.has(f)).length;
  }
  const relationHits = expected.relations.filter(([child, parent]) => links.has(`${child}>${parent}`)).length;
  const expectedNames = new Set(Object.keys(expected.resources));
  return {
    resources: [resourceHits, expectedNames.size],
    fields: [fieldHits, fieldTotal],
    relations: [relationHits, expected.relations.length],
    predicted: resources.size,
    extraResources: [...resources.keys()].filter((n) => !expectedNames.has(n)).length,
  };
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))]!;
}

const ratio = ([hit, total]: readonly [number, number]) => (total === 0 ? 1 : hit / total);

/**
 * Runs a planner over eval cases and aggregates recall, precision and latency. `warmup` runs every
 * prompt once untimed first, so the figures describe a warmed-up process rather than JIT compilation.
 */
export async function runDesignEval(
  planner: Planner,
  cases: readonly EvalCase[],
  options: { warmup?: boolean } = {},
): Promise<EvalReport> {
  if (options.warmup ?? true) for (const c of cases) await planner.plan(c.prompt).catch(() => undefined);
  const results: EvalPromptResult[] = [];
  for (const c of cases) {
    const started = performance.now();
    let design: ApiDesign | undefined;
    let errorCode: string | undefined;
    try {
      design = (await planner.plan(c.prompt)).design;
    } catch (error) {
      errorCode = (error as { code?: string }).code ?? 'unexpected_error';
    }
    const ms = performance.now() - started;
    results.push({ id: c.id, ms, score: scoreDesign(design, c.expect), ...(errorCode ? { errorCode } : {}) });
  }
  const sum = (key: 'resources' | 'fields' | 'relations') =>
    results.reduce<[number, number]>(([h, t], r) => [h + r.score[key][0], t + r.score[key][1]], [0, 0]);
  const predicted = results.reduce((n, r) => n + r.score.predicted, 0);
  const extra = results.reduce((n, r) => n + r.score.extraResources, 0);
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const perfect = (s: EvalScore) =>
    (['resources', 'fields', 'relations'] as const).every((k) => s[k][0] === s[k][1]);
  return {
    planner: planner.id,
    prompts: cases.length,
    resourceRecall: ratio(sum('resources')),
    fieldRecall: ratio(sum('fields')),
    relationRecall: ratio(sum('relations')),
    resourcePrecision: predicted === 0 ? 0 : (predicted - extra) / predicted,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    imperfect: results.filter((r) => !perfect(r.score)).map((r) => r.id),
    results,
  };
}

/** The report as the lines `pnpm eval` prints. */
export function formatEvalReport(report: EvalReport, source: string): string {
  return [
    `${report.planner} planner eval: ${report.prompts} prompts from ${source}`,
    `  resource recall    ${report.resourceRecall.toFixed(3)}`,
    `  field recall       ${report.fieldRecall.toFixed(3)}`,
    `  relation recall    ${report.relationRecall.toFixed(3)}`,
    `  resource precision ${report.resourcePrecision.toFixed(3)}`,
    `  time per prompt    p50 ${report.p50Ms.toFixed(2)} ms, p95 ${report.p95Ms.toFixed(2)} ms`,
    `  imperfect prompts  ${report.imperfect.join(', ') || 'none'}`,
  ].join('\n');
}
