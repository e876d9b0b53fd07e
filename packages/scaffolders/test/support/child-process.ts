import { spawn, type ChildProcess } from 'node:child_process';
import type { Command } from '../../src/index.js';

/** Runs a generated project's command in `cwd` and collects its output (stdout and stderr together). */
export function run(
  command: Command,
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.command, command.args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Runs bubblewrap with a runtime sandbox's arguments and collects its output. */
export function runInSandbox(args: string[]): Promise<{ code: number | null; output: string }> {
  return run({ command: 'bwrap', args }, process.cwd());
}

/** What a running child has printed so far (stdout and stderr together), collected from its start. */
export interface ChildOutput {
  readonly text: () => string;
  /** Resolves once the output matches `pattern`, checked as stdout comes; rejects if the child exits first. */
  readonly waitFor: (pattern: RegExp) => Promise<void>;
}

export function collectOutput(child: ChildProcess): ChildOutput {
  let seen = '';
  child.stdout!.on('data', (chunk: Buffer) => (seen += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (seen += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    text: () => seen,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(seen)) return;
          child.stdout!.off('data', check);
          resolve();
        };
        child.stdout!.on('data', check);
        check();
        void exited.then((code) => reject(new Error(`server exited early (${code}): ${seen}`)));
      }),
  };
}

/** Resolves once the child's output matches `pattern`, checked as stdout comes; rejects if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  return collectOutput(child).waitFor(pattern);
}
