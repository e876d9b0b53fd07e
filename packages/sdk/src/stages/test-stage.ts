import type { SandboxHop } from '@smartapiforge/sandbox';
import type { ProjectRuntime } from '@smartapiforge/scaffolders';
import { implementHandlers, type HandlerOutcome } from '../implement-handlers.js';
import { writeProjectFiles } from '../output-dir.js';
import type { Planned } from '../repair-loop.js';
import { runStage, type StageContext } from '../run-stage.js';
import type { ProjectTestReport } from '../test-in-sandbox.js';
import type { Pipeline } from './pipeline.js';
import { runProjectTests } from './project-tests.js';
import type { Scaffolded } from './scaffold-stage.js';

export interface TestedProject {
  readonly test: ProjectTestReport;
  /** Spec-first with a model: each custom operation's handler, kept or not. */
  readonly handlers?: HandlerOutcome[];
}

/**
 * The test stage: the project's own tests in the sandbox. Spec-first projects with an LLMProvider as
 * `llm` then get model-written handlers for custom operations, each kept only when its contract test passes.
 */
export async function testProject(
  pipeline: Pipeline,
  ctx: StageContext,
  planned: Planned,
  scaffolded: Scaffolded,
  runtime: ProjectRuntime,
  sandboxHops: SandboxHop[],
  maxRepairs: number | undefined,
): Promise<TestedProject> {
  const { project, contents } = scaffolded;
  const provider = await pipeline.sandboxProvider();
  const runTests = (files: Readonly<Record<string, string>>) =>
    runProjectTests(pipeline.typeCheckers, provider, project, files, runtime, {
      signal: ctx.signal,
      onLine: (line) => ctx.emit({ type: 'log', stage: 'test', line }),
      warm: pipeline.warmSandboxes,
      onHops: (hops) => sandboxHops.push(...hops),
    });
  const test = await runStage(ctx, 'test', () => runTests(contents));
  ctx.emit({ type: 'test:result', ...test.counts, durationMs: Math.max(test.checkMs, test.testMs) });
  if (!planned.contract || !pipeline.handlerModel) return { test };
  const implemented = await implementHandlers({
    llm: pipeline.handlerModel,
    contract: planned.contract,
    files: contents,
    runTests,
    ...(maxRepairs === undefined ? {} : { maxRepairs }),
    ...(ctx.signal === undefined ? {} : { signal: ctx.signal }),
    onOutcome: (outcome) =>
      ctx.emit({
        type: 'log',
        stage: 'test',
        line: `${outcome.operation}: ${outcome.kept ? `model-written handler kept (${outcome.file})` : `501 stub kept: ${outcome.reason ?? ''}`}`,
      }),
  });
  const handlers = implemented.outcomes;
  const kept = Object.fromEntries(
    handlers.filter((h) => h.kept).map((h) => [h.file, implemented.files[h.file]!]),
  );
  await writeProjectFiles(scaffolded.outDir, kept);
  return { test, handlers };
}
