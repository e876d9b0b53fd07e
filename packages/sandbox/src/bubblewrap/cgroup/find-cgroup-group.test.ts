import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGroupDir, findCgroupGroup } from './find-cgroup-group.js';

// A hybrid host (this one's layout): v1 controllers, plus cgroup2 mounted at .../unified.
const HYBRID_MOUNTINFO = `25 30 0:23 / /sys rw,nosuid - sysfs sysfs rw
31 25 0:27 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
38 31 0:34 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw`;
const SYSTEMD_MOUNTINFO = `35 24 0:30 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate`;

describe('defaultGroupDir', () => {
  it("puts the sandboxes' cgroup beside this process's own, on the cgroup2 mount", () => {
    const own = '0::/system.slice/forge.service\n';
    expect(defaultGroupDir(SYSTEMD_MOUNTINFO, own)).toBe(
      '/sys/fs/cgroup/system.slice/smartapiforge-sandboxes',
    );
    const hybrid =
      '4:memory:/user.slice\n1:name=systemd:/user.slice/session-2.scope\n0::/user.slice/session-2.scope';
    expect(defaultGroupDir(HYBRID_MOUNTINFO, hybrid)).toBe(
      '/sys/fs/cgroup/unified/user.slice/smartapiforge-sandboxes',
    );
  });

  it('uses the top of the hierarchy when this process sits there (a container with its own namespace)', () => {
    expect(defaultGroupDir(SYSTEMD_MOUNTINFO, '0::/\n')).toBe('/sys/fs/cgroup/smartapiforge-sandboxes');
  });

  it('reads escaped mount points', () => {
    const spaced = '41 31 0:38 / /mnt/cg\\040two rw - cgroup2 cgroup2 rw';
    expect(defaultGroupDir(spaced, '0::/a/b')).toBe('/mnt/cg two/a/smartapiforge-sandboxes');
  });

  it('says why when there is no cgroup2 mount or no v2 membership', () => {
    expect(() => defaultGroupDir(HYBRID_MOUNTINFO.split('\n').slice(0, 3).join('\n'), '0::/')).toThrow(
      'no cgroup2 file system is mounted',
    );
    expect(() => defaultGroupDir(SYSTEMD_MOUNTINFO, '4:memory:/\n')).toThrow(/no cgroup v2 membership/);
  });
});

/** A folder laid out like a cgroup2 parent; plain files cannot enforce anything, so probes end unusable. */
function fakeParent(controllers: string): string {
  const parent = mkdtempSync(join(tmpdir(), 'fake-cgroup-'));
  writeFileSync(join(parent, 'cgroup.controllers'), controllers);
  writeFileSync(join(parent, 'cgroup.subtree_control'), '');
  return parent;
}

describe('findCgroupGroup', () => {
  it('is unusable, naming the controllers, when memory and pids belong to cgroup v1', () => {
    const group = findCgroupGroup(join(fakeParent('hugetlb\n'), 'sandboxes'));
    expect(group).toEqual({
      usable: false,
      reason: expect.stringMatching(/lacks the memory and pids controllers.*cgroup v1/),
    });
  });

  it('enables the controllers it needs and probes a child cgroup for the files it uses', () => {
    const parent = fakeParent('cpu memory pids\n');
    const dir = join(parent, 'sandboxes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'cgroup.subtree_control'), 'cpu');
    const group = findCgroupGroup(dir);
    expect(readFileSync(join(parent, 'cgroup.subtree_control'), 'utf8')).toBe('+memory +pids');
    expect(readFileSync(join(dir, 'cgroup.subtree_control'), 'utf8')).toBe('+memory +pids');
    // The probe child of a plain folder has none of the interface files a kernel cgroup would.
    expect(group).toEqual({
      usable: false,
      reason: expect.stringContaining('has no memory.max, pids.max, memory.events, cgroup.kill'),
    });
    expect(existsSync(join(dir, `probe-${process.pid}`))).toBe(false);
  });

  it("removes the empty cgroups of owners that are gone, and nobody else's", () => {
    const parent = fakeParent('memory pids');
    const dir = join(parent, 'sandboxes');
    mkdirSync(dir);
    writeFileSync(join(dir, 'cgroup.subtree_control'), 'memory pids');
    const abandoned = join(dir, '2147483646.bwrap-dead');
    const live = join(dir, `${process.pid}.bwrap-live`);
    const foreign = join(dir, 'not-ours');
    for (const path of [abandoned, live, foreign]) mkdirSync(path);
    findCgroupGroup(dir);
    expect([abandoned, live, foreign].map(existsSync)).toEqual([false, true, true]);
  });
});
