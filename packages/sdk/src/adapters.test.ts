import { ForgeError } from '@smartapiforge/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDeployer, resolveSandbox, UnknownAdapterError } from './adapters.js';

const localSandbox = () => resolveSandbox('local');

describe('adapter resolution', () => {
  afterEach(() => {
    delete process.env.NORTHFLANK_PROJECT_ID;
  });

  it('defaults to the offline adapters', async () => {
    expect((await resolveSandbox()).provider).toBe('bubblewrap');
    expect((await resolveDeployer(undefined, localSandbox)).provider).toBe('local');
  });

  it('loads cloud adapters by name', async () => {
    expect((await resolveSandbox('e2b')).provider).toBe('e2b');
    expect((await resolveDeployer('vercel', localSandbox)).provider).toBe('vercel');
    expect((await resolveDeployer('fly', localSandbox)).provider).toBe('fly');
  });

  it('turns a list of names into a fallback chain', async () => {
    const chain = await resolveSandbox(['e2b', 'local']);
    expect(chain.provider).not.toBe('e2b');
    // The chain offers only what every member can do: bubblewrap has no network.
    expect(chain.capabilities.network).toBe(false);
    const deployers = await resolveDeployer(['vercel', 'local'], localSandbox);
    expect(deployers.provider).not.toBe('vercel');
  });

  it('takes cloud settings from the environment and asks remote sandboxes for runtimes by name', async () => {
    process.env.NORTHFLANK_PROJECT_ID = 'forge';
    const northflank = await resolveSandbox('northflank');
    expect(northflank.capabilities.runtimes).toEqual(['node20-express', 'python-fastapi']);
    expect((await resolveSandbox('e2b')).capabilities.runtimes).toContain('python-fastapi');
    // A chain with a host provider takes host paths, so it offers no runtime names.
    expect((await resolveSandbox(['e2b', 'local'])).capabilities.runtimes).toBeUndefined();
  });

  it('passes instances through untouched', async () => {
    const sandbox = await resolveSandbox('local');
    expect(await resolveSandbox(sandbox)).toBe(sandbox);
  });

  it('names the choices when the name is unknown', async () => {
    await expect(resolveSandbox('docker' as never)).rejects.toThrow(UnknownAdapterError);
    await expect(resolveDeployer('heroku' as never, localSandbox)).rejects.toThrow(/local, vercel, fly/);
  });

  it('says which setting a cloud sandbox is missing', async () => {
    const error = await resolveSandbox('northflank').catch((failure: unknown) => failure);
    expect(ForgeError.isInstance(error) && error.code).toBe('adapter_config');
    expect((error as Error).message).toMatch(/NORTHFLANK_PROJECT_ID/);
  });
});
