import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fixtureDesigns } from '../../test/fixtures/designs.js';
import { tableModels } from '../sql/table-model.js';
import { renderPrismaSchema } from './render-prisma-schema.js';

// Prisma's own schema engine (the WebAssembly build behind `prisma validate` and `prisma format`).
const prisma = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as {
  validate(params: string): void;
  get_dmmf(params: string): string;
};

interface DmmfField {
  name: string;
  dbName: string | null;
  kind: 'scalar' | 'object' | 'enum';
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  uniqueFields: string[][];
}

function dmmf(schema: string): DmmfModel[] {
  const params = JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true });
  prisma.validate(params);
  return (JSON.parse(prisma.get_dmmf(params)) as { datamodel: { models: DmmfModel[] } }).datamodel.models;
}

// The Prisma type (and native type) each SQL column type of the migration must come back as.
const expectedTypes: Record<string, [string, string | null]> = {
  text: ['String', null],
  bigint: ['BigInt', null],
  'double precision': ['Float', null],
  boolean: ['Boolean', null],
  date: ['DateTime', 'Date'],
  timestamptz: ['DateTime', 'Timestamptz'],
  uuid: ['String', 'Uuid'],
  jsonb: ['Json', null],
};

describe('renderPrismaSchema', () => {
  describe.each(Object.entries(fixtureDesigns))('%s', (_name, { design }) => {
    it('is a valid Prisma schema describing exactly the tables of the SQL migration', () => {
      const models = dmmf(renderPrismaSchema(design));
      const tables = tableModels(design);
      expect(models.map((model) => model.dbName).sort()).toEqual(tables.map((table) => table.table).sort());
      for (const table of tables) {
        const model = models.find((candidate) => candidate.dbName === table.table)!;
        const scalars = model.fields.filter((field) => field.kind === 'scalar');
        const column = (name: string) => scalars.find((field) => (field.dbName ?? field.name) === name);
        const columns = ['id', 'created_at', 'updated_at', ...(table.owned ? ['owner_id'] : [])];
        expect(scalars.map((field) => field.dbName ?? field.name).sort()).toEqual(
          [...columns, ...table.columns.map((c) => c.name)].sort(),
        );
        for (const sqlColumn of table.columns) {
          const field = column(sqlColumn.name)!;
          const [type, nativeType] = expectedTypes[sqlColumn.sqlType]!;
          expect([field.type, field.nativeType?.[0] ?? null], sqlColumn.name).toEqual([type, nativeType]);
          expect(field.isRequired, sqlColumn.name).toBe(sqlColumn.notNull);
        }
        const scope = table.owned ? ['owner_id'] : [];
        const columnOf = (fieldName: string) => {
          const field = scalars.find((candidate) => candidate.name === fieldName)!;
          return field.dbName ?? field.name;
        };
        const uniqueColumns = model.uniqueFields.map((fields) => fields.map(columnOf));
        for (const unique of table.uniques)
          expect(uniqueColumns).toContainEqual([...scope, ...unique.fields]);
        for (const key of table.foreignKeys) {
          const relation = model.fields.find(
            (field) => field.kind === 'object' && field.relationFromFields?.[0] === column(key.field)!.name,
          )!;
          expect(relation.relationOnDelete).toBe(key.onDelete === 'cascade' ? 'Cascade' : 'Restrict');
          expect(models.find((candidate) => candidate.name === relation.type)!.dbName).toBe(key.parentTable);
          expect(relation.relationToFields).toEqual(key.ownerScoped ? ['id', 'ownerId'] : ['id']);
        }
      }
    });
  });

  it('is refused by Prisma when a relation is broken, so the check above can fail', () => {
    const schema = renderPrismaSchema(fixtureDesigns['pet-store']!.design).replace(
      'references: [id]',
      'references: [nope]',
    );
    expect(() => dmmf(schema)).toThrow(/nope/);
  });
});
