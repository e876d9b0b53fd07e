import { posix } from 'node:path';
import { SandboxMountError } from '../errors.js';
import type { SandboxMount } from '../sandbox-provider.js';
import type { RuntimeDefinition } from './runtime-catalog.js';

/**
 * Sorts a cloud sandbox's mounts into those its runtime template already holds (dropped: the
 * dependency cache of the same runtime) and those that must be uploaded. Where the provider cannot
 * upload, any other mount is refused with a SandboxMountError naming the provider and the mount.
 */
export function planRemoteMounts(
  provider: string,
  runtime: RuntimeDefinition | undefined,
  mounts: readonly SandboxMount[] | undefined,
  canUpload: boolean,
): SandboxMount[] {
  const uploads: SandboxMount[] = [];
  for (const mount of mounts ?? []) {
    const inside = posix.normalize(mount.sandboxPath).replace(/\/$/, '');
    if (mount.runtime !== undefined && mount.runtime === runtime?.name && runtime.provides.includes(inside)) {
      continue;
    }
    if (!canUpload) {
      const why =
        mount.runtime === undefined
          ? 'it cannot reach host folders'
          : `its ${runtime ? `"${runtime.name}"` : 'chosen'} image does not hold the "${mount.runtime}" dependency set at ${mount.sandboxPath}`;
      throw new SandboxMountError(
        `${provider} cannot mount ${mount.hostPath} at ${mount.sandboxPath}: ${why}. Write the files with writeFiles, or create the sandbox with the runtime that holds them (image: "${mount.runtime ?? 'node20-express'}").`,
        { details: { provider, hostPath: mount.hostPath, sandboxPath: mount.sandboxPath } },
      );
    }
    uploads.push(mount);
  }
  return uploads;
}

/** A host root filesystem cannot be an image for a cloud provider; names its runtimes instead. */
export function refuseHostImage(provider: string, image: string | undefined): void {
  if (image !== undefined && image.startsWith('/')) {
    throw new SandboxMountError(
      `${provider} cannot use the host folder ${image} as its image: ask for a runtime by name (node20-express, python-fastapi) or a ${provider} template/image.`,
      { details: { provider, image } },
    );
  }
}
