import { describe, expect, it } from 'vitest';
import { SandboxUnavailableError } from '../errors.js';
import type { Sandbox, SandboxProvider } from '../sandbox-provider.js';
import { createSandboxChain } from './sandbox-chain.js';

function member(provider: string, outcome: 'ok' | Error, ports = true): SandboxProvider {
  return {
    specificationVersion: 'v1',
    provider,
    capabilities: { network: true, ports, limits: provider },
    async create() {
      if (outcome !== 'ok') throw outcome;
      return {
        id: `${provider}-1`,
        exec: async () => ({ exitCode: 0, stdout: provider, stderr: '', durationMs: 1 }),
      } as unknown as Sandbox;
    },
  };
}

describe('sandbox chain', () => {
  it('uses the first provider that boots and reports every hop', async () => {
    const chain = createSandboxChain([
      member('e2b', new SandboxUnavailableError('no key')),
      member('northflank', new Error('socket hang up')),
      member('bubblewrap', 'ok', false),
    ]);
    expect(chain.capabilities).toEqual({
      network: true,
      ports: false,
      limits: 'e2b | northflank | bubblewrap',
      persistentFiles: true,
    });
    const sandbox = await chain.create();
    expect(sandbox.id).toBe('bubblewrap-1');
    expect((await sandbox.exec('true', [])).stdout).toBe('bubblewrap');
    expect(sandbox.hops).toEqual([
      { provider: 'e2b', code: 'sandbox_unavailable', message: 'no key', ms: expect.any(Number) },
      { provider: 'northflank', code: 'error', message: 'socket hang up', ms: expect.any(Number) },
      { provider: 'bubblewrap', ms: expect.any(Number) },
    ]);
  });

  it('fails with every hop when none boots, and stops at once when aborted', async () => {
    const chain = createSandboxChain([member('a', new Error('down')), member('b', new Error('down too'))]);
    await expect(chain.create()).rejects.toMatchObject({
      code: 'sandbox_unavailable',
      details: { hops: [{ provider: 'a' }, { provider: 'b' }] },
    });
    const controller = new AbortController();
    const aborting: SandboxProvider = {
      ...member('slow', 'ok'),
      async create() {
        controller.abort();
        throw new DOMException('aborted', 'AbortError');
      },
    };
    const second = member('never', 'ok');
    await expect(
      createSandboxChain([aborting, second]).create({ signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
