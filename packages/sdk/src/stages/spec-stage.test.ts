import { describe, expect, it } from 'vitest';
import { createForge } from '../forge.js';

const pairedDesign = {
  name: 'reading-list',
  title: 'Reading List API',
  resources: [
    { name: 'reader', plural: 'readers', fields: [{ name: 'name', type: 'string', required: true }] },
    { name: 'book', plural: 'books', fields: [{ name: 'title', type: 'string', required: true }] },
  ],
  relations: [{ kind: 'many-to-many', from: 'reader', to: 'book' }],
};

describe('the spec stage', () => {
  it('serves a many-to-many relation through its join resource, with a 409 for a pair linked twice', async () => {
    const forge = createForge();
    try {
      const spec = await forge.spec({ design: pairedDesign });
      expect(spec.warnings.filter((warning) => warning.includes('many-to-many'))).toEqual([]);
      const paths = (spec.openapi as { paths: Record<string, Record<string, { responses: object }>> }).paths;
      expect(Object.keys(paths).filter((path) => path.includes('reader-books'))).toEqual([
        '/reader-books',
        '/reader-books/{id}',
        '/readers/{id}/reader-books',
        '/books/{id}/reader-books',
      ]);
      expect(Object.keys(paths['/reader-books']!['post']!.responses)).toContain('409');
    } finally {
      await forge.close();
    }
  });

  it('warns that a resource linked with itself is not stored, with the wording that stores it', async () => {
    const forge = createForge();
    try {
      const spec = await forge.spec({
        design: { ...pairedDesign, relations: [{ kind: 'many-to-many', from: 'reader', to: 'reader' }] },
      });
      expect(spec.warnings.filter((warning) => warning.includes('many-to-many'))).toEqual([
        expect.stringMatching(/^readers are linked with each other many-to-many.*reader_link/),
      ]);
    } finally {
      await forge.close();
    }
  });

  it('has no such warning for a design without one', async () => {
    const forge = createForge();
    try {
      const spec = await forge.spec({ design: { ...pairedDesign, relations: [] } });
      expect(spec.warnings.filter((warning) => warning.includes('many-to-many'))).toEqual([]);
    } finally {
      await forge.close();
    }
  });
});
