import { ForgeError } from '@smartapiforge/errors';
import type { OpenApiDiff, VersionBump } from './types.js';

/** How far a contract change moves the version: breaking → major, grown or relaxed → minor, words only or nothing → patch. */
export function versionBump(diff: Pick<OpenApiDiff, 'changes'>): VersionBump {
  if (diff.changes.some((c) => c.impact === 'breaking')) return 'major';
  if (diff.changes.some((c) => c.impact === 'compatible')) return 'minor';
  return 'patch';
}

/**
 * The semantic version after a change (`1.0.0` + additive → `1.1.0`). Pre-release and build suffixes
 * are dropped: a released change is a release. Throws `invalid_version` for anything not `x.y.z`.
 */
export function nextVersion(version: string, diff: Pick<OpenApiDiff, 'changes'>): string {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim());
  if (match === null)
    throw new ForgeError('invalid_version', `"${version}" is not a semantic version; write it as 1.2.3.`, {
      details: { version },
    });
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  switch (versionBump(diff)) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
  }
}
