import { SandboxUnavailableError } from '../errors.js';
import type { NorthflankRequest } from './northflank-api.js';
import { parseLogLine, type NorthflankLogLine } from './log-lines.js';

export interface JobRunOptions {
  readonly jobPath: string;
  readonly command: string;
  readonly env: Readonly<Record<string, string>>;
  readonly pollMs: number;
  readonly onStdout: (chunk: string) => void;
  readonly onStderr: (chunk: string) => void;
}

export interface JobRun {
  /** The exit code the script reported, or null when the run ended without one (aborted, killed). */
  readonly exited: Promise<number | null>;
  /** Aborts the run; safe to call at any time, and more than once. */
  abort(): Promise<void>;
}

interface RunDetails {
  readonly concluded: boolean;
  readonly status: 'SUCCESS' | 'RUNNING' | 'FAILED';
}

/**
 * Starts one job run with the command and follows it: the log API is polled (plain REST has no
 * stream) and new lines are delivered in order until the run has concluded and its last lines read.
 */
export async function startJobRun(request: NorthflankRequest, options: JobRunOptions): Promise<JobRun> {
  const { id: runId } = await request<{ id: string }>('POST', `${options.jobPath}/runs`, {
    runtimeEnvironment: options.env,
    deployment: { docker: { configType: 'customCommand', customCommand: options.command } },
  });
  let aborted: Promise<void> | undefined;
  let delivered = 0;
  let exitCode: number | null = null;

  const readNewLines = async () => {
    const lines = await request<NorthflankLogLine[]>(
      'GET',
      `${options.jobPath}/logs?runId=${encodeURIComponent(runId)}&queryType=range&direction=forward&lineLimit=10000`,
    );
    for (const line of lines.slice(delivered)) {
      const parsed = parseLogLine(line);
      if (parsed.exitCode !== undefined) exitCode = parsed.exitCode;
      if (parsed.text) (parsed.stream === 'stdout' ? options.onStdout : options.onStderr)(parsed.text);
    }
    delivered = Math.max(delivered, lines.length);
  };

  const follow = async (): Promise<number | null> => {
    for (;;) {
      if (aborted) return null;
      const run = await request<RunDetails>('GET', `${options.jobPath}/runs/${runId}`);
      await readNewLines();
      if (aborted) return null;
      if (run.concluded) {
        if (exitCode === null && run.status === 'FAILED') {
          throw new SandboxUnavailableError(
            `Northflank job run ${runId} failed before the command reported an exit status (image pull, scheduling or OOM); see its logs in Northflank.`,
            { details: { provider: 'northflank', runId } },
          );
        }
        return exitCode ?? 0;
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    }
  };
  const exited = follow();
  exited.catch(() => {});
  return {
    exited,
    abort: () =>
      (aborted ??= request<void>('DELETE', `${options.jobPath}/runs/${runId}`).catch(() => {
        // Already concluded runs cannot be aborted; nothing is left running either way.
      })),
  };
}
