import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { SandboxUnavailableError } from '../errors.js';
import { encodeFrame, FrameReader } from './agent-frames.js';
import { isChildOf } from './bwrap-handshake.js';

/**
 * A reply from the agent on one channel; `t` is its type (`stdout`, `exit`, `ok`, `error`, ...).
 * `body` holds the raw bytes it carries (a forwarded connection's data, a file read), else is empty.
 */
export interface AgentMessage {
  readonly t: string;
  readonly body?: Buffer;
  readonly [field: string]: unknown;
}

/** One conversation with the agent: an exec, a file operation or a forwarded TCP connection. */
export interface AgentChannel {
  /** `body`: raw bytes to carry (a file's content, a forwarded connection's data). */
  send(op: string, fields?: Record<string, unknown>, body?: Uint8Array): void;
  /** Stops delivering replies; the agent may still send a few, which are dropped. */
  close(): void;
}

/** Delivered to every open channel when the agent (and so the sandbox) is gone. */
export const AGENT_GONE: AgentMessage = { t: 'gone' };

/**
 * The host side of the agent protocol (see sandbox-agent.cjs): frames (agent-frames.ts) over the bwrap
 * process's stdin/stdout, with replies routed to channels by number.
 */
export class AgentConnection {
  readonly #process: ChildProcessWithoutNullStreams;
  readonly #channels = new Map<number, (message: AgentMessage) => void>();
  #nextChannel = 1;
  #stderrTail = '';
  #gone = false;
  /** Resolves once the agent has said it is ready; rejects if the sandbox dies first. */
  readonly ready: Promise<void>;
  /** Resolves when the sandbox process has exited, for whatever reason. */
  readonly exited: Promise<void>;

  constructor(process: ChildProcessWithoutNullStreams) {
    this.#process = process;
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stderrTail = (this.#stderrTail + chunk).slice(-2000);
    });
    // Writes after the sandbox died fail with EPIPE; the exit handling below already reports that.
    process.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      process.once('close', () => resolve());
      process.once('error', (error) => {
        this.#stderrTail += error.message;
        resolve();
      });
    });
    this.ready = new Promise((resolve, reject) => {
      this.#channels.set(0, (message) => {
        if (message.t === 'ready') resolve();
        else reject(this.#unavailable());
      });
    });
    // A create given up before the agent came up (aborted) never awaits this.
    this.ready.catch(() => {});
    const frames = new FrameReader(
      (header, body) => {
        const { c = 0, ...message } = header as AgentMessage & { c?: number };
        this.#channels.get(c)?.({ ...message, body });
      },
      // Only something inside writing to the agent's stdout could garble it: the sandbox is ended.
      (reason) => {
        this.#stderrTail += `the agent broke its protocol (${reason})`;
        this.#process.kill('SIGKILL');
      },
    );
    process.stdout.on('data', (chunk: Buffer) => frames.push(chunk));
    void this.exited.then(() => {
      this.#gone = true;
      for (const deliver of [...this.#channels.values()]) deliver(AGENT_GONE);
      this.#channels.clear();
    });
  }

  open(onMessage: (message: AgentMessage) => void): AgentChannel {
    const c = this.#nextChannel++;
    // Nothing would ever answer a channel opened on a dead sandbox; say so at once instead.
    if (this.#gone) queueMicrotask(() => onMessage(AGENT_GONE));
    else this.#channels.set(c, onMessage);
    return {
      send: (op, fields, body) => {
        const stdin = this.#process.stdin;
        if (!stdin.writable) return;
        stdin.cork();
        for (const part of encodeFrame({ ...fields, c, op }, body)) stdin.write(part);
        stdin.uncork();
      },
      close: () => this.#channels.delete(c),
    };
  }

  /** A one-shot request (write, read) that the agent answers with `ok` or `error`. */
  request(op: string, fields: Record<string, unknown>, body?: Uint8Array): Promise<AgentMessage> {
    return new Promise((resolve, reject) => {
      const channel = this.open((message) => {
        channel.close();
        if (message.t === 'ok') resolve(message);
        else if (message.t === 'gone') reject(this.#unavailable());
        else reject(new Error(String(message.message)));
      });
      channel.send(op, fields, body);
    });
  }

  /**
   * Ends the sandbox. SIGKILL to the namespace's pid 1 takes every process in the namespace along,
   * and bwrap exits only once they are all gone, so this resolves when nothing is left. Killing bwrap
   * itself would resolve before its namespace has finished dying; it is the fallback for when the
   * namespace child is unknown or already gone.
   */
  async kill(namespaceInit?: number): Promise<void> {
    if (namespaceInit !== undefined && isChildOf(namespaceInit, this.#process.pid)) {
      try {
        process.kill(namespaceInit, 'SIGKILL');
      } catch {
        // Died meanwhile (a cgroup.kill, say) and bwrap reaped it: bwrap is exiting on its own.
      }
    } else {
      this.#process.kill('SIGKILL');
    }
    await this.exited;
  }

  #unavailable(): SandboxUnavailableError {
    const reason = this.#stderrTail.trim();
    // The usual cause: a bound path (workspace root, mount) that the sandbox user may not traverse.
    const hint = /Permission denied/.test(reason)
      ? ' Every bound path must be readable by the sandbox user (nobody when the host runs as root).'
      : '';
    return new SandboxUnavailableError(
      `The bubblewrap sandbox is not running${reason ? `: ${reason}.` : '.'}${hint}`,
      {
        details: { stderr: this.#stderrTail },
      },
    );
  }
}
