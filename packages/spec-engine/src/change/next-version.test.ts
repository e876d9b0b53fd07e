import { describe, expect, it } from 'vitest';
import { nextVersion, versionBump } from './next-version.js';
import type { OpenApiChange, OpenApiChangeImpact } from './types.js';

const diff = (...impacts: OpenApiChangeImpact[]) => ({
  changes: impacts.map((impact): OpenApiChange => ({
    path: '/x',
    kind: 'documentation-changed',
    impact,
    breaking: impact === 'breaking',
    description: '',
  })),
});

describe('nextVersion', () => {
  it('bumps major for any breaking change, minor for compatible ones, patch for words or nothing', () => {
    expect(nextVersion('1.2.3', diff('compatible', 'breaking'))).toBe('2.0.0');
    expect(nextVersion('1.2.3', diff('documentation', 'compatible'))).toBe('1.3.0');
    expect(nextVersion('1.2.3', diff('documentation'))).toBe('1.2.4');
    expect(nextVersion('1.2.3', diff())).toBe('1.2.4');
    expect(versionBump(diff('breaking'))).toBe('major');
  });

  it('drops pre-release suffixes and a leading v, and refuses what is not a version', () => {
    expect(nextVersion('v0.9.1-beta.2', diff('compatible'))).toBe('0.10.0');
    expect(() => nextVersion('latest', diff())).toThrow(/not a semantic version/);
  });
});
