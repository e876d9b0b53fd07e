import { describe, expect, it } from 'vitest';
import { RESPONSE_MARKER, splitInvocationOutput } from './function-harness.js';

describe('splitInvocationOutput', () => {
  const response = JSON.stringify({ status: 200, headers: [], body: '' });

  it('takes the response line and keeps what came before it as logs', () => {
    expect(splitInvocationOutput(`booting\n${RESPONSE_MARKER}${response}\n`)).toEqual({
      logs: 'booting\n',
      response,
    });
  });

  it('keeps a log line printed after the response as logs, out of the response', () => {
    const late = '{"level":30,"msg":"request completed"}\n';
    const { logs, response: line } = splitInvocationOutput(`\n${RESPONSE_MARKER}${response}\n${late}`);
    expect(line).toBe(response);
    expect(JSON.parse(line!)).toEqual({ status: 200, headers: [], body: '' });
    expect(logs).toBe(`\n${late}`); // the response line's own end stays as a line break
  });

  it('gives no response when the function died before answering', () => {
    expect(splitInvocationOutput('Error: boom\n')).toEqual({ logs: 'Error: boom\n', response: undefined });
  });
});
