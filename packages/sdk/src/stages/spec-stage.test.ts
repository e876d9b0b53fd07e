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
  it('warns that a many-to-many relation is not served, with the wording that stores the pairing', async () => {
    const forge = createForge();
    try {
      const spec = await forge.spec({ design: pairedDesign });
      expect(spec.warnings).toContain(
        'readers and books are linked many-to-many in the design, but the generated API does not serve many-to-many links yet, so it stores no pairing of them. To store one, ask for a record that links both (for example "reader_book links readers to books").',
      );
      expect(
        Object.keys((spec.openapi as { paths: object }).paths).some((path) =>
          path.includes('books/{id}/readers'),
        ),
      ).toBe(false);
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
