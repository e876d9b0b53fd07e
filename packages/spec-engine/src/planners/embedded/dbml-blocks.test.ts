import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readSchemaText } from './schema-blocks.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const fields = (design: ApiDesign, resource: string) =>
  Object.fromEntries(design.resources.find((r) => r.name === resource)!.fields.map((f) => [f.name, f]));

describe('DBML tables and capitalised schema keywords', () => {
  it('reads DBML tables one column a line, with bracketed settings and refs', async () => {
    const design = await plan(`Table vessels {
  id int [pk]
  imo varchar [unique, not null]
  berths int [default: 4]
}
Table voyages {
  id int [pk]
  vessel_id int [ref: > vessels.id]
  sails_on date
}`);
    expect(design.resources.map((r) => r.name)).toEqual(['vessel', 'voyage']);
    expect(fields(design, 'vessel').imo).toMatchObject({ type: 'string', required: true, unique: true });
    expect(fields(design, 'vessel').berths).toMatchObject({ type: 'integer', default: 4 });
    expect(fields(design, 'voyage').sails_on).toMatchObject({ type: 'date' });
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toEqual(['voyage>vessel']);
  });

  it('reads a one-line table with columns between commas', async () => {
    const design = await plan(
      'Table kiln { code varchar unique, max_temp int }\nTable firing { kiln_id int references kiln, fired_at timestamp }',
    );
    expect(Object.keys(fields(design, 'kiln'))).toEqual(['code', 'max_temp']);
    expect(fields(design, 'firing').fired_at).toMatchObject({ type: 'datetime' });
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toEqual(['firing>kiln']);
  });

  it('reads "Model" written with a capital as the Prisma keyword', async () => {
    const design = await plan('Model Locker { number String, floor Int }');
    expect(fields(design, 'locker').floor).toMatchObject({ type: 'integer' });
  });

  it('leaves a table in prose with braces alone', () => {
    expect(readSchemaText('we need a table { for six people }').tables).toEqual([]);
  });
});
