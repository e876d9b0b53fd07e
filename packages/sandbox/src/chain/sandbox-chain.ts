import { ForgeError } from '@smartapiforge/errors';
import { SandboxUnavailableError } from '../errors.js';
import type { Sandbox, SandboxHop, SandboxProvider } from '../sandbox-provider.js';

/**
 * The PRD's fallback: tries each provider in order and returns the first sandbox that boots. The
 * sandbox's `hops` say which providers failed (with their error code and how long they took) and
 * which one won. Capabilities are what every member offers, since callers cannot know in advance
 * which member will serve them.
 */
export function createSandboxChain(providers: readonly SandboxProvider[]): SandboxProvider {
  if (providers.length === 0) throw new TypeError('createSandboxChain needs at least one provider.');
  return {
    specificationVersion: 'v1',
    provider: `chain(${providers.map((member) => member.provider).join(',')})`,
    capabilities: {
      network: providers.every((member) => member.capabilities.network),
      ports: providers.every((member) => member.capabilities.ports),
      limits: [...new Set(providers.map((member) => member.capabilities.limits))].join(' | '),
      persistentFiles: providers.every((member) => member.capabilities.persistentFiles !== false),
      // Runtime names work only where every member maps them; a chain with a host provider takes paths.
      ...(providers.every((member) => member.capabilities.runtimes)
        ? {
            runtimes: providers
              .map((member) => member.capabilities.runtimes!)
              .reduce((common, names) => common.filter((name) => names.includes(name))),
          }
        : {}),
    },
    async create(options = {}) {
      const hops: SandboxHop[] = [];
      for (const member of providers) {
        const started = performance.now();
        try {
          const sandbox = await member.create(options);
          hops.push({ provider: member.provider, ms: performance.now() - started });
          return withHops(sandbox, hops);
        } catch (error) {
          // The caller gave up: that is no reason to boot the next provider.
          if (options.signal?.aborted) throw error;
          hops.push({
            provider: member.provider,
            code: ForgeError.isInstance(error) ? error.code : 'error',
            message: error instanceof Error ? error.message : String(error),
            ms: performance.now() - started,
          });
        }
      }
      throw new SandboxUnavailableError(
        `No sandbox provider could create a sandbox: ${hops.map((hop) => `${hop.provider} (${hop.code}: ${hop.message})`).join('; ')}.`,
        { details: { hops }, isRetryable: true },
      );
    },
  };
}

/** Delegates rather than spreads, so providers whose sandboxes are class instances keep working. */
function withHops(sandbox: Sandbox, hops: readonly SandboxHop[]): Sandbox {
  return {
    id: sandbox.id,
    hops,
    writeFiles: (files) => sandbox.writeFiles(files),
    readFile: (path) => sandbox.readFile(path),
    exec: (command, args, options) => sandbox.exec(command, args, options),
    spawn: (command, args, options) => sandbox.spawn(command, args, options),
    exposePort: (port) => sandbox.exposePort(port),
    destroy: () => sandbox.destroy(),
  };
}
