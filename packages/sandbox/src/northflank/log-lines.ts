import { EXIT_MARKER } from './job-script.js';

/** One entry of Northflank's log API: `log` is the container runtime's line, `stdout F text`. */
export interface NorthflankLogLine {
  readonly log: string;
  readonly ts: string;
}

export interface ParsedLine {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  /** Set on the line carrying the exit marker. */
  readonly exitCode?: number;
}

const CRI_LINE = /^(stdout|stderr) ([FP]) (.*)$/s;
const MARKER_AT_END = new RegExp(`^(.*)${EXIT_MARKER}(\\d+)$`, 's');

/**
 * Splits a log line into its stream and text. The runtime prefixes each line with the stream and F
 * (a full line, newline stripped) or P (partial, no newline); a line without the prefix is stdout.
 * The exit marker may share a line with output that did not end in a newline.
 */
export function parseLogLine(line: NorthflankLogLine): ParsedLine {
  const cri = CRI_LINE.exec(line.log);
  const stream = (cri?.[1] ?? 'stdout') as 'stdout' | 'stderr';
  const body = cri ? cri[3]! : line.log;
  const marker = stream === 'stdout' ? MARKER_AT_END.exec(body) : null;
  if (marker) return { stream, text: marker[1]!, exitCode: Number(marker[2]) };
  return { stream, text: cri?.[2] === 'P' ? body : `${body}\n` };
}
