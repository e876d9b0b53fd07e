import type { ApiDesign } from '../design/api-design.js';
import type { Planner } from '../planners/planner.js';

/**
 * One line of an eval file: a prompt and what a good design must contain. Names are normalised
 * lowercase without separators; `relations` are `[child, parent]` belongs-to links.
 */
export interface EvalCase {
  readonly id: string;
  readonly prompt: string;
  /** How the request is written (terse, chatty, …), for per-style figures. */
  readonly style?: string;
  readonly expect: {
    readonly resources: Readonly<Record<string, readonly string[]>>;
    readonly relations: readonly (readonly [string, string])[];
    /** Pairs linked many-to-many; a design may link them with a many-to-many relation instead. */
    readonly m2m?: readonly (readonly [string, string])[];
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
  /** Processor time of the plan (user + system), which a loaded machine inflates less than `ms`. */
  readonly cpuMs?: number;
  readonly style?: string;
  /** The case expects a refusal (nothing storable is described). */
  readonly expectsRefusal: boolean;
  readonly ms: number;
  /** The planner's error code when it failed; the prompt then scores zero. */
  readonly errorCode?: string;
  readonly score: EvalScore;
}

/** Recall, precision and refusals over a set of results. */
export interface EvalFigures {
  readonly prompts: number;
  readonly resourceRecall: number;
  readonly fieldRecall: number;
  readonly relationRecall: number;
  readonly resourcePrecision: number;
  /** Refusals of cases that describe nothing storable, and refusals (or failures) of cases that do. */
  readonly refusals: { readonly right: number; readonly wrong: number; readonly expected: number };
  /** Designs produced for cases that expected a refusal. */
  readonly missedRefusals: number;
}

export interface EvalReport extends EvalFigures {
  readonly planner: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Processor time per plan, when the runtime reports it. */
  readonly cpuP50Ms?: number;
  readonly cpuP95Ms?: number;
  /** The same figures for each `style` the cases are labelled with. */
  readonly byStyle: Readonly<Record<string, EvalFigures>>;
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
      const { resources, relations = [], m2m } = value.expect;
      return [
        {
          id: value.id ?? `line ${index + 1}`,
          prompt: value.prompt,
          expect: { resources: resources!, relations, ...(m2m ? { m2m } : {}) },
          ...(typeof (value as { style?: unknown }).style === 'string'
            ? { style: (value as { style: string }).style }
            : {}),
        },
      ];
    } catch (error) {
      throw new SyntaxError(`eval file line ${index + 1}: ${(error as Error).message}`);
    }
  });
}

/**
 * Whether a design's field names include an expected one, matched loosely as the eval sets allow:
 * plural or singular, and with or without an `_id` or `_at` suffix (`post` ~ `post_id`, `published` ~
 * `published_at`, `label` ~ `labels`).
 */
function hasField(have: ReadonlySet<string>, expected: string): boolean {
  const stems = (name: string) => {
    const base = name.replace(/(?:id|at)$/, '');
    return [name, base, `${base}s`, base.replace(/s$/, ''), base.replace(/es$/, '')].filter(
      (s) => s.length > 1,
    );
  };
  const wanted = new Set(stems(expected));
  for (const name of have) if (stems(name).some((s) => wanted.has(s))) return true;
  return false;
}

/**
 * Scores a design against what the case expects. Relations are belongs-to links; a pair the case lists
 * as many-to-many also counts when the design links it with a many-to-many relation, and the join
 * resource that stores such a pair is not counted against precision.
 */
export function scoreDesign(design: ApiDesign | undefined, expected: EvalCase['expect']): EvalScore {
  const resources = new Map((design?.resources ?? []).map((r) => [normalise(r.name), r]));
  const links = new Set(
    (design?.relations ?? [])
      .filter((r) => r.kind === 'belongs-to')
      .map((r) => `${normalise(r.from)}>${normalise(r.to)}`),
  );
  const m2m = (expected.m2m ?? []).map(([a, b]) => [normalise(a), normalise(b)].sort().join('<>'));
  for (const r of design?.relations ?? []) {
    const pair = [normalise(r.from), normalise(r.to)].sort().join('<>');
    if (r.kind === 'many-to-many' && m2m.includes(pair)) {
      links.add(`${normalise(r.from)}>${normalise(r.to)}`);
      links.add(`${normalise(r.to)}>${normalise(r.from)}`);
    }
  }
  let resourceHits = 0;
  let fieldTotal = 0;
  let fieldHits = 0;
  for (const [name, fields] of Object.entries(expected.resources)) {
    const resource = resources.get(normalise(name));
    if (resource !== undefined) resourceHits++;
    const have = new Set([...implicitFields, ...(resource?.fields.map((f) => normalise(f.name)) ?? [])]);
    fieldTotal += fields.length;
    fieldHits += fields.filter((f) => hasField(have, normalise(f))).length;
  }
  const relationHits = expected.relations.filter(([child, parent]) =>
    links.has(`${normalise(child)}>${normalise(parent)}`),
  ).length;
  const expectedNames = new Set(Object.keys(expected.resources).map(normalise));
  // The resource that stores an expected many-to-many pairing is that pairing, not an extra resource.
  const pairJoins = new Set(
    (design?.relations ?? [])
      .filter((r) => r.kind === 'many-to-many' && r.through !== undefined)
      .filter((r) => m2m.includes([normalise(r.from), normalise(r.to)].sort().join('<>')))
      .map((r) => normalise(r.through!)),
  );
  const counted = [...resources.keys()].filter((n) => expectedNames.has(n) || !pairJoins.has(n));
  return {
    resources: [resourceHits, expectedNames.size],
    fields: [fieldHits, fieldTotal],
    relations: [relationHits, expected.relations.length],
    predicted: counted.length,
    extraResources: counted.filter((n) => !expectedNames.has(n)).length,
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
    const cpu = typeof process !== 'undefined' ? process.cpuUsage() : undefined;
    let design: ApiDesign | undefined;
    let errorCode: string | undefined;
    try {
      design = (await planner.plan(c.prompt)).design;
    } catch (error) {
      errorCode = (error as { code?: string }).code ?? 'unexpected_error';
    }
    const ms = performance.now() - started;
    const used = cpu === undefined ? undefined : process.cpuUsage(cpu);
    results.push({
      ...(used !== undefined ? { cpuMs: (used.user + used.system) / 1000 } : {}),
      id: c.id,
      ...(c.style !== undefined ? { style: c.style } : {}),
      expectsRefusal: Object.keys(c.expect.resources).length === 0,
      ms,
      score: scoreDesign(design, c.expect),
      ...(errorCode ? { errorCode } : {}),
    });
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const cpuTimes = results.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs])).sort((a, b) => a - b);
  const perfect = (r: EvalPromptResult) =>
    r.expectsRefusal
      ? r.errorCode !== undefined
      : r.errorCode === undefined &&
        (['resources', 'fields', 'relations'] as const).every((k) => r.score[k][0] === r.score[k][1]);
  const styles = [...new Set(results.map((r) => r.style).filter((s): s is string => s !== undefined))];
  return {
    planner: planner.id,
    ...figures(results),
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    ...(cpuTimes.length === results.length && cpuTimes.length > 0
      ? { cpuP50Ms: percentile(cpuTimes, 0.5), cpuP95Ms: percentile(cpuTimes, 0.95) }
      : {}),
    byStyle: Object.fromEntries(
      styles.map((style) => [style, figures(results.filter((r) => r.style === style))]),
    ),
    imperfect: results.filter((r) => !perfect(r)).map((r) => r.id),
    results,
  };
}

function figures(results: readonly EvalPromptResult[]): EvalFigures {
  const sum = (key: 'resources' | 'fields' | 'relations') =>
    results.reduce<[number, number]>(([h, t], r) => [h + r.score[key][0], t + r.score[key][1]], [0, 0]);
  const predicted = results.reduce((n, r) => n + r.score.predicted, 0);
  const extra = results.reduce((n, r) => n + r.score.extraResources, 0);
  return {
    prompts: results.length,
    resourceRecall: ratio(sum('resources')),
    fieldRecall: ratio(sum('fields')),
    relationRecall: ratio(sum('relations')),
    resourcePrecision: predicted === 0 ? (extra === 0 ? 1 : 0) : (predicted - extra) / predicted,
    refusals: {
      right: results.filter((r) => r.expectsRefusal && r.errorCode !== undefined).length,
      wrong: results.filter((r) => !r.expectsRefusal && r.errorCode !== undefined).length,
      expected: results.filter((r) => r.expectsRefusal).length,
    },
    missedRefusals: results.filter((r) => r.expectsRefusal && r.errorCode === undefined).length,
  };
}

/** The report as the lines `pnpm eval` prints: the figures overall, then a table per style. */
export function formatEvalReport(report: EvalReport, source: string): string {
  const refusals = (f: EvalFigures) =>
    `${f.refusals.right}/${f.refusals.expected} right, ${f.refusals.wrong} wrong, ${f.missedRefusals} missed`;
  const lines = [
    `${report.planner} planner eval: ${report.prompts} prompts from ${source}`,
    `  resource recall    ${report.resourceRecall.toFixed(3)}`,
    `  field recall       ${report.fieldRecall.toFixed(3)}`,
    `  relation recall    ${report.relationRecall.toFixed(3)}`,
    `  resource precision ${report.resourcePrecision.toFixed(3)}`,
    `  refusals           ${refusals(report)}`,
    `  time per prompt    p50 ${report.p50Ms.toFixed(2)} ms, p95 ${report.p95Ms.toFixed(2)} ms (warm process, wall clock)`,
    ...(report.cpuP95Ms !== undefined
      ? [`  processor time     p50 ${report.cpuP50Ms!.toFixed(2)} ms, p95 ${report.cpuP95Ms.toFixed(2)} ms`]
      : []),
    `  imperfect prompts  ${report.imperfect.join(', ') || 'none'}`,
  ];
  const styles = Object.entries(report.byStyle);
  if (styles.length > 0) {
    lines.push(
      '',
      '  | style | prompts | resources | fields | relations | precision | refusals |',
      '  | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [style, f] of styles)
      lines.push(
        `  | ${style} | ${f.prompts} | ${f.resourceRecall.toFixed(3)} | ${f.fieldRecall.toFixed(3)} | ${f.relationRecall.toFixed(3)} | ${f.resourcePrecision.toFixed(3)} | ${f.refusals.right}/${f.refusals.expected}, ${f.refusals.wrong} wrong |`,
      );
  }
  return lines.join('\n');
}
