import { shellQuote } from '../shared/shell-quote.js';
import { tarGz } from '../shared/tar-gz.js';

/** Printed after the command with its exit status: job runs report only SUCCESS/FAILED. */
export const EXIT_MARKER = '__SMARTAPIFORGE_EXIT__';
/** Environment variables carrying the workspace archive, `<prefix>0`, `<prefix>1`, ... */
export const BUNDLE_ENV_PREFIX = 'SMARTAPIFORGE_WORKSPACE_';
/**
 * Bytes of base64 per variable: a single argument or environment string may not exceed 128 KiB on
 * Linux (MAX_ARG_STRLEN), so a project's files travel gzipped and split, never inline in the command.
 */
const CHUNK = 96 * 1024;

/**
 * The custom command and environment of one job run. Each run is a fresh container, so the script
 * first recreates the files written so far from the archive in its environment, then runs the
 * command in its folder and prints the exit marker.
 */
export function jobRun(
  workdir: string,
  files: ReadonlyMap<string, Uint8Array>,
  argv: readonly string[],
  cwd = '.',
): { command: string; env: Record<string, string> } {
  const env: Record<string, string> = {};
  const lines = [`mkdir -p ${shellQuote([workdir])} && cd ${shellQuote([workdir])} || exit 1`];
  if (files.size > 0) {
    const encoded = tarGz(files).toString('base64');
    const names: string[] = [];
    for (let start = 0; start < encoded.length; start += CHUNK) {
      const name = `${BUNDLE_ENV_PREFIX}${names.length}`;
      env[name] = encoded.slice(start, start + CHUNK);
      names.push(name);
    }
    const joined = names.map((name) => `"$${name}"`).join(' ');
    lines.push(`printf %s ${joined} | base64 -d | tar -xzf - || exit 1`);
    lines.push(`unset ${names.join(' ')}`);
  }
  lines.push(`cd ${shellQuote([cwd])} && ${shellQuote(argv)}`, `echo "${EXIT_MARKER}$?"`);
  return { command: shellQuote(['sh', '-c', lines.join('\n')]), env };
}
