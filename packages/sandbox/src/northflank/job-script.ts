import { posix } from 'node:path';
import { shellQuote } from '../shared/shell-quote.js';

/** Printed after the command with its exit status: job runs report only SUCCESS/FAILED. */
export const EXIT_MARKER = '__SMARTAPIFORGE_EXIT__';

/**
 * The custom command of one job run. Each run is a fresh container, so the script first recreates
 * the files written so far, then runs the command in its folder and prints the exit marker.
 */
export function jobRunCommand(
  workdir: string,
  files: ReadonlyMap<string, Uint8Array>,
  argv: readonly string[],
  cwd = '.',
): string {
  const lines = [`mkdir -p ${shellQuote([workdir])} && cd ${shellQuote([workdir])} || exit 1`];
  for (const [path, content] of files) {
    lines.push(
      `mkdir -p ${shellQuote([posix.dirname(path)])} && printf %s ${Buffer.from(content).toString('base64')} | base64 -d > ${shellQuote([path])}`,
    );
  }
  lines.push(`cd ${shellQuote([cwd])} && ${shellQuote(argv)}`, `echo "${EXIT_MARKER}$?"`);
  return shellQuote(['sh', '-c', lines.join('\n')]);
}
