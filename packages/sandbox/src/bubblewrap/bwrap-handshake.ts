import type { ChildProcess, StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/**
 * bwrap flags that report the pid of its namespace child (the sandbox's pid 1) on fd 3 and, with
 * `block`, make that child wait for a byte on fd 4 before it forks the agent. They go before the command.
 */
export function handshakeArgs({ block }: { block: boolean }): string[] {
  return ['--info-fd', '3', ...(block ? ['--block-fd', '4'] : [])];
}

/** stdin, stdout and stderr for the agent protocol, then the handshake's fds. */
export function handshakeStdio({ block }: { block: boolean }): StdioOptions {
  return block ? ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe', 'pipe'];
}

/**
 * The host pid of bwrap's namespace child, from the JSON bwrap writes to the info fd right after
 * creating it (`{"child-pid": 1234, ...}`); undefined when bwrap died first (its stderr says why).
 */
export async function readNamespaceInit(bwrap: ChildProcess): Promise<number | undefined> {
  try {
    let text = '';
    for await (const chunk of (bwrap.stdio[3] as Readable).setEncoding('utf8')) text += chunk;
    const pid = (JSON.parse(text) as { 'child-pid'?: unknown })['child-pid'];
    return typeof pid === 'number' ? pid : undefined;
  } catch {
    // A torn pipe or cut-off JSON: bwrap died, which the agent connection reports.
    return undefined;
  }
}

/** Lets a bwrap started with `block` go on to fork the agent. */
export function releaseBlock(bwrap: ChildProcess): void {
  const go = bwrap.stdio[4] as Writable;
  // A bwrap that died has closed its end; the agent connection reports that, not this pipe.
  go.on('error', () => {});
  go.end('g');
}

/**
 * Whether `pid` is still bwrap's namespace child. Checked before signalling it, so that a pid freed
 * by the child's own exit (and, in theory, reused) is never signalled.
 */
export function isChildOf(pid: number, parent: number | undefined): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces; the fields after it are: state, ppid, ...
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
  } catch {
    return false;
  }
}
