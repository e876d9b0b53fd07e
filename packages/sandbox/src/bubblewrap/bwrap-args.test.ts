import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBwrapArgs, SANDBOX_NODE_PATH, sandboxNodePath, toSandboxPath } from './bwrap-args.js';

describe('buildBwrapArgs', () => {
  const args = buildBwrapArgs({
    workspace: { hostDir: '/host/ws' },
    agentPath: '/pkg/sandbox-agent.cjs',
    nodePath: '/opt/node/bin/node',
    mounts: [{ hostPath: '/cache/node_modules', sandboxPath: 'node_modules' }],
  });
  const joined = args.join(' ');

  it('binds the workspace read-write and mounts read-only at workspace-relative paths', () => {
    expect(joined).toContain('--bind /host/ws /workspace');
    expect(joined).toContain('--ro-bind /cache/node_modules /workspace/node_modules');
    expect(joined).toContain('--ro-bind /opt/node /opt/node');
  });

  it('mounts a memory workspace as a tmpfs of its own, capped in size, before the mounts inside it', () => {
    const memoryArgs = buildBwrapArgs({
      workspace: { memory: true, sizeMb: 64 },
      agentPath: '/a.cjs',
      nodePath: '/usr/bin/node',
      mounts: [{ hostPath: '/cache/node_modules', sandboxPath: 'node_modules' }],
    });
    const line = memoryArgs.join(' ');
    expect(line).toContain(`--size ${64 * 2 ** 20} --tmpfs /workspace`);
    expect(line).not.toContain('--bind /host');
    expect(line.indexOf('--tmpfs /workspace')).toBeLessThan(line.indexOf('/workspace/node_modules'));
  });

  it('makes the root read-only only after every mount point exists', () => {
    const remount = args.indexOf('--remount-ro');
    expect(args.lastIndexOf('--ro-bind')).toBeLessThan(remount);
    expect(args.lastIndexOf('--bind')).toBeLessThan(remount);
  });

  it('isolates every namespace and starts from an empty environment', () => {
    for (const flag of ['--unshare-all', '--die-with-parent', '--new-session', '--clearenv']) {
      expect(args).toContain(flag);
    }
    expect(joined).toContain('--cap-drop ALL');
    expect(args).not.toContain('--share-net');
  });

  it('resolves sandbox paths against /workspace', () => {
    expect(toSandboxPath('node_modules')).toBe('/workspace/node_modules');
    expect(toSandboxPath('/opt/cache')).toBe('/opt/cache');
    expect(toSandboxPath('../escape')).toBe('/escape');
  });

  it('takes system folders from a runtime image and binds the host node into it', async () => {
    const rootfs = await mkdtemp(path.join(tmpdir(), 'rootfs-'));
    await mkdir(path.join(rootfs, 'usr'));
    await mkdir(path.join(rootfs, 'etc'));
    await symlink('usr/lib', path.join(rootfs, 'lib'));
    const imageArgs = buildBwrapArgs({
      workspace: { hostDir: '/host/ws' },
      agentPath: '/a.mjs',
      nodePath: '/usr/bin/node',
      rootfs,
    });
    const line = imageArgs.join(' ');
    expect(line).toContain(`--ro-bind ${rootfs}/usr /usr`);
    expect(line).toContain(`--ro-bind ${rootfs}/etc /etc`);
    expect(line).toContain('--symlink usr/lib /lib');
    expect(line).not.toMatch(/--ro-bind \/usr \/usr/);
    expect(line).toContain(`--ro-bind /usr/bin/node ${SANDBOX_NODE_PATH}`);
    expect(sandboxNodePath('/usr/bin/node', rootfs)).toBe(SANDBOX_NODE_PATH);
    expect(sandboxNodePath('/usr/bin/node', undefined)).toBe('/usr/bin/node');
  });
});
