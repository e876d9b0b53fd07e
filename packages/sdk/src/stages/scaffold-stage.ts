import path from 'node:path';
import { scaffoldProject, type GeneratedProject, type Stack } from '@smartapiforge/scaffolders';
import type { GenerateOptions, ScaffoldResult, SpecResult } from '../forge-types.js';
import { prepareOutputDir, removeStaleFiles, writeProjectFiles } from '../output-dir.js';
import type { Planned } from '../repair-loop.js';
import { runStage, type StageContext } from '../run-stage.js';
import { existingHandlers, scaffoldContract } from '../spec-first.js';
import { forgeFiles } from './forge-record.js';
import { specFrom } from './spec-stage.js';

/** A scaffolded project: the result a caller sees, plus what later stages need. */
export type Scaffolded = ScaffoldResult & {
  readonly project: GeneratedProject;
  readonly contents: Record<string, string>;
};

/** The scaffold stage: the project's files for the contract, in memory, the contract itself included. */
export async function renderProject(
  ctx: StageContext,
  planned: Planned,
  spec: SpecResult,
  stack: Stack,
): Promise<{ project: GeneratedProject; contents: Record<string, string> }> {
  const project = await runStage(ctx, 'scaffold', () =>
    planned.contract
      ? scaffoldContract(stack, planned.contract)
      : scaffoldProject(stack, spec.design, spec.openapi),
  );
  return { project, contents: { ...project.files, 'openapi.yaml': spec.yaml } };
}

/** Compile, validate, scaffold and write: the project for a planned design, on disk. */
export async function scaffoldFrom(
  ctx: StageContext,
  planned: Planned,
  options: Pick<GenerateOptions, 'outDir' | 'overwrite' | 'stack'>,
): Promise<Scaffolded> {
  const spec = await specFrom(ctx, planned);
  const { project, contents } = await renderProject(ctx, planned, spec, options.stack ?? 'express');
  // A repair round rewrites the folder the first round wrote, even if the design's name changed.
  const outDir = ctx.outDir ?? path.resolve(options.outDir ?? spec.design.name);
  await runStage(ctx, 'write', async () => {
    if (ctx.outDir === undefined) await prepareOutputDir(outDir, options.overwrite ?? false);
    else await removeStaleFiles(outDir, ctx.written, contents);
    // Handler files are the user's: regenerating keeps (and tests) what is already there.
    if (planned.contract) Object.assign(contents, await existingHandlers(outDir, contents));
    ctx.outDir = outDir;
    // The project remembers what made it, so that a later change can diff, migrate and merge.
    const record = forgeFiles(project.stack, spec.design, spec.openapi, contents);
    await writeProjectFiles(outDir, { ...contents, ...record });
    ctx.written = [...Object.keys(contents), ...Object.keys(record)];
  });
  const files = [...ctx.written].sort();
  ctx.emit({ type: 'scaffolded', stack: project.stack, outDir, files });
  return { ...spec, outDir, specPath: path.join(outDir, 'openapi.yaml'), files, project, contents };
}
