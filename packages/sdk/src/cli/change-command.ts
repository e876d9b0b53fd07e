import path from 'node:path';
import type { ChangeResult } from '../change-types.js';
import { failureCode, StageFailedError } from '../errors.js';
import type { ForgeEvent } from '../events.js';
import { createForge } from '../forge.js';
import type { CliIo } from './generate-command.js';
import { deploymentRegistry } from './deployment-registry.js';
import { serveUntilStopped } from './serve-deployment.js';
import { requestVersionSwitch } from './version-control.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { createProgressPrinter } from './progress-printer.js';

export interface ChangeCommandOptions {
  readonly projectDir: string;
  readonly request: string;
  readonly json: boolean;
  readonly dryRun: boolean;
  readonly allowBreaking: boolean;
  readonly allowDestructive: boolean;
  readonly test: boolean;
  readonly deploy: boolean;
  readonly verbose: boolean;
}

/**
 * `forge change <project-dir> "<request>"`: prints the classified diffs first; a dry run stops there.
 * When a running `forge generate` serves the project, that process switches its URL to the new
 * version (same URL, data kept); otherwise the new version is served from here until Ctrl-C.
 */
export async function runChangeCommand(options: ChangeCommandOptions, io: CliIo): Promise<number> {
  const projectDir = path.resolve(options.projectDir);
  if (options.request.trim() === '') {
    io.stderr('forge: change needs a request, e.g. forge change ./pets "add an owner name to pets".\n');
    return exitCodes.badInput;
  }
  const registry = deploymentRegistry();
  const live = options.deploy
    ? (await registry.list()).find((entry) => path.resolve(entry.outDir) === projectDir && entry.control)
    : undefined;
  const forge = createForge();
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = createProgressPrinter(io.stderr, {
    verbose: options.verbose,
    interactive: io.interactive,
  });
  const onProgress = (event: ForgeEvent) => {
    progress.onEvent(event);
    if (options.json) return;
    if (event.type === 'diff') io.stderr(describeDiff(event));
    if (event.type === 'migration' && event.file)
      io.stderr(`  migration ${event.file}: ${event.steps.join('; ')}\n`);
    if (event.type === 'merged')
      for (const conflict of event.conflicts)
        io.stderr(
          `  ! conflict in ${conflict.path} at line ${conflict.firstLine} (${conflict.regions} region(s))\n`,
        );
  };
  let result: ChangeResult;
  try {
    result = await forge.change(projectDir, options.request, {
      dryRun: options.dryRun,
      allowBreaking: options.allowBreaking,
      allowDestructive: options.allowDestructive,
      test: options.test,
      // A running `forge generate` owns the live deployment; it switches it once the change is written.
      deploy: options.deploy && live === undefined,
      signal: abort.signal,
      onProgress,
    });
    if (live?.control && !options.dryRun) {
      io.stderr(`forge: switching ${live.url} to version ${result.version}\n`);
      const started = performance.now();
      const deployment = await requestVersionSwitch(live.control, projectDir, abort.signal);
      // The serving process deployed it; the wait for its switch is this change's deploy time.
      const timings = { ...result.timings, deploy: Math.round(performance.now() - started) };
      result = { ...result, deployment, timings };
    }
  } catch (error) {
    progress.stop();
    await forge.close();
    if (abort.signal.aborted) return exitCodes.interrupted;
    if (options.json) io.stdout(`${JSON.stringify(failureLine(error))}\n`);
    io.stderr(`forge: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodeFor(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  progress.stop();
  if (options.json) io.stdout(`${JSON.stringify(successLine(result))}\n`);
  else io.stdout(describeResult(result));
  if (!result.deployment || live) {
    await forge.close();
    return exitCodes.ok;
  }
  // Served from this process: like generate, until Ctrl-C, and switchable by the next change.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await serveUntilStopped(
    forge,
    result.deployment,
    { name: result.design.name, outDir: projectDir },
    stopped,
    io,
  );
  return exitCodes.ok;
}

function describeDiff(event: Extract<ForgeEvent, { type: 'diff' }>): string {
  const lines = event.openapi.changes.map(
    (change) =>
      `  ${change.breaking ? '! breaking  ' : change.impact === 'documentation' ? '  docs      ' : '+ compatible'} ${change.description}\n`,
  );
  const destructive = event.design.changes
    .filter((change) => change.destructive)
    .map((change) => `  ! destroys data: ${change.description}\n`);
  const verdict = event.openapi.breaking ? 'breaking' : 'non-breaking';
  return `\nContract ${event.fromVersion} → ${event.toVersion} (${verdict}):\n${lines.join('') || '  no contract change\n'}${destructive.join('')}\n`;
}

function describeResult(result: ChangeResult): string {
  const parts = [
    `\n${result.applied ? 'Changed' : 'Dry run, nothing changed'}: ${result.projectDir} → ${result.version}\n`,
  ];
  if (result.migration) parts.push(`Migration: ${result.migration.file}\n`);
  if (result.deployment)
    parts.push(`\nAPI live: ${result.deployment.url}\nDocs:     ${result.deployment.docsUrl}\n`);
  return parts.join('');
}

/** The one line of `--json`: stable keys scripts rely on. */
function successLine(result: ChangeResult) {
  return {
    ok: true,
    applied: result.applied,
    version: result.version,
    previousVersion: result.previousVersion,
    diff: {
      breaking: result.diff.breaking,
      changes: result.diff.changes.map(({ path: where, kind, breaking }) => ({
        path: where,
        kind,
        breaking,
      })),
    },
    destructive: result.designDiff.destructive,
    migration: result.migration?.file ?? null,
    conflicts: result.conflicts,
    tests: result.test?.counts ?? null,
    deployment: result.deployment ? { url: result.deployment.url, docsUrl: result.deployment.docsUrl } : null,
    timings: result.timings,
  };
}

function failureLine(error: unknown) {
  const details =
    error instanceof Error && 'details' in error ? (error.details as Record<string, unknown>) : {};
  return {
    ok: false,
    stage: error instanceof StageFailedError ? error.stage : null,
    error: { code: failureCode(error), message: error instanceof Error ? error.message : String(error) },
    ...(Array.isArray(details['conflicts']) ? { conflicts: details['conflicts'] } : {}),
    ...(Array.isArray(details['changes']) ? { changes: details['changes'] } : {}),
  };
}
