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

/** Resolves once the child's stdout matches `pattern`; rejects if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${seen}`)));
  });
}
