import { parseDesign } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { fixtureDesigns } from '../../test/fixtures/designs.js';
import { renderMigration } from './render-migration.js';
import { constraintName } from './sql-names.js';
import { tableModels } from './table-model.js';

describe('renderMigration', () => {
  it('creates parents before children, with RESTRICT keys outside joins, unique constraints, checks and indexes', () => {
    const sql = renderMigration(fixtureDesigns.library!.design);
    expect(sql.indexOf('CREATE TABLE "authors"')).toBeLessThan(sql.indexOf('CREATE TABLE "books"'));
    expect(sql).toContain('"id" uuid PRIMARY KEY DEFAULT gen_random_uuid()');
    expect(sql).toContain('CONSTRAINT "authors_email_key" UNIQUE ("email")');
    expect(sql).toContain(
      'CONSTRAINT "books_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE RESTRICT',
    );
    expect(sql).toContain(`"genre" text CHECK ("genre" IN ('fiction', 'non_fiction', 'poetry'))`);
    expect(sql).toContain('CREATE INDEX "books_author_id_idx" ON "books" ("author_id");');
    expect(sql).not.toContain('ROW LEVEL SECURITY');
  });

  it('scopes owned rows: per-owner uniqueness and keys that cannot point at another owner', () => {
    const sql = renderMigration(fixtureDesigns['notes-jwt']!.design);
    expect(sql).toContain('CONSTRAINT "notes_slug_key" UNIQUE ("owner_id", "slug")');
    expect(sql).toContain('CONSTRAINT "notebooks_id_owner_id_key" UNIQUE ("id", "owner_id")');
    expect(sql).toContain(
      'FOREIGN KEY ("notebook_id", "owner_id") REFERENCES "notebooks" ("id", "owner_id")',
    );
  });

  it("makes a join table's pair a unique key, per owner where the pairs are owned", () => {
    const shared = renderMigration(fixtureDesigns['courses-many-to-many']!.design);
    expect(shared).toContain(
      'CONSTRAINT "student_courses_student_id_course_id_key" UNIQUE ("student_id", "course_id")',
    );
    const owned = renderMigration(fixtureDesigns['notes-jwt']!.design);
    expect(owned).toContain(
      'CONSTRAINT "note_tags_note_id_tag_id_key" UNIQUE ("owner_id", "note_id", "tag_id")',
    );
    // A resource linked with itself is stored as before: no join, so no pair key.
    const self = parseDesign({
      name: 'people',
      title: 'People',
      resources: [{ name: 'person', plural: 'people', fields: [{ name: 'name', type: 'string' }] }],
      relations: [{ kind: 'many-to-many', from: 'person', to: 'person' }],
    });
    expect(renderMigration(self)).not.toMatch(/_key" UNIQUE/);
  });

  it("cascades a delete to a join's pair rows only, and on an owned join only to the owner's", () => {
    const shared = renderMigration(fixtureDesigns['courses-many-to-many']!.design);
    expect(shared).toContain(
      'CONSTRAINT "student_courses_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "students" ("id") ON DELETE CASCADE',
    );
    expect(shared).toContain(
      'CONSTRAINT "student_courses_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE',
    );
    expect(shared).toContain(
      'CONSTRAINT "lessons_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE RESTRICT',
    );
    const owned = renderMigration(fixtureDesigns['notes-jwt']!.design);
    // The owned side's key includes owner_id, so a cascade from a note reaches that note's owner's pairs only.
    expect(owned).toContain(
      'CONSTRAINT "note_tags_note_id_fkey" FOREIGN KEY ("note_id", "owner_id") REFERENCES "notes" ("id", "owner_id") ON DELETE CASCADE',
    );
    expect(owned).toContain(
      'CONSTRAINT "notes_notebook_id_fkey" FOREIGN KEY ("notebook_id", "owner_id") REFERENCES "notebooks" ("id", "owner_id") ON DELETE RESTRICT',
    );
    const reach = new Map(
      tableModels(fixtureDesigns['notes-jwt']!.design).map((t) => [t.table, t.cascadesTo]),
    );
    expect(Object.fromEntries(reach)).toEqual({
      notebooks: [],
      notes: ['note_tags'],
      tags: ['note_tags'],
      note_tags: [],
    });
  });

  it('escapes enum values as SQL literals', () => {
    const design = parseDesign({
      name: 'quotes',
      title: 'Quotes',
      resources: [
        { name: 'quote', plural: 'quotes', fields: [{ name: 'mood', type: 'enum', enumValues: ["it's"] }] },
      ],
    });
    expect(renderMigration(design)).toContain(`IN ('it''s')`);
  });

  it('keeps derived names within PostgreSQL limits without collisions', () => {
    const long = 'a'.repeat(40);
    const first = constraintName(long, `${long}_x`, 'key');
    const second = constraintName(long, `${long}_y`, 'key');
    expect(first).toHaveLength(63);
    expect(first).not.toBe(second);
  });
});
