import { compileOpenApi } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { fixtureDesigns } from '../../test/fixtures/designs.js';
import { scaffoldExpress } from '../express/scaffold-express.js';
import { formatCache, formatKey } from './format-cache.js';
import { prettierSeedFrom, prettierVersion } from './format-seed.js';
import { formatWithPrettier, recordPrettierFormatting } from './prettier-format.js';

describe('format seed', { timeout: 180_000 }, () => {
  it('answers a seeded key from the seed, read once, and formats anything else', () => {
    let reads = 0;
    const seed = () => (reads++, new Map([[formatKey(['a.ts', 'x']), 'seeded']]));
    const cached = formatCache(10, seed);
    expect(cached(['a.ts', 'x'], () => 'formatted')).toBe('seeded');
    expect(cached(['b.ts', 'y'], () => 'formatted')).toBe('formatted');
    expect(reads).toBe(1);
  });

  it('keeps what two or more projects formatted, sorted, with the Prettier version that made it', () => {
    const seed = prettierSeedFrom([
      new Map([
        ['k2', 'shared'],
        ['k1', 'only here'],
      ]),
      new Map([
        ['k2', 'shared'],
        ['k0', 'also shared'],
      ]),
      new Map([['k0', 'also shared']]),
    ]);
    expect(seed).toEqual({ prettier: prettierVersion(), entries: { k0: 'also shared', k2: 'shared' } });
    expect(Object.keys(seed.entries)).toEqual(['k0', 'k2']);
  });

  it("records each file's formatting under the key the cache looks it up by", () => {
    const files = { '.prettierrc.json': '{ "singleQuote": true }\n', 'src/a.ts': 'const a = "x"\n' };
    const recorded = recordPrettierFormatting(() => formatWithPrettier(files));
    const config = { singleQuote: true };
    expect(recorded.get(formatKey(['src/a.ts', config, files['src/a.ts']]))).toBe("const a = 'x';\n");
    expect(recorded.size).toBe(2);
  });

  it('seeds what the Express projects of different designs share, never a per-resource file', () => {
    const runs = ['library', ...Object.keys(fixtureDesigns).slice(1, 3)].map((name) => {
      const { design } = fixtureDesigns[name]!;
      return recordPrettierFormatting(() => scaffoldExpress(design, compileOpenApi(design)));
    });
    const seed = prettierSeedFrom(runs);
    const seededTexts = new Set(Object.values(seed.entries));
    const { design } = fixtureDesigns.library!;
    const project = scaffoldExpress(design, compileOpenApi(design));
    expect(
      seededTexts.has(project.files['src/app.ts']!) || seededTexts.has(project.files['src/logger.ts']!),
    ).toBe(true);
    expect(seededTexts.has(project.files['src/routes/books.ts']!)).toBe(false);
  });
});
