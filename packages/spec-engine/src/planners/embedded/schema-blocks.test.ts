import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readSchemaText } from './schema-blocks.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const fields = (design: ApiDesign, resource: string) =>
  Object.fromEntries(design.resources.find((r) => r.name === resource)!.fields.map((f) => [f.name, f]));
const relations = (design: ApiDesign) => (design.relations ?? []).map((r) => `${r.kind} ${r.from}>${r.to}`);

describe('schema text in a request', () => {
  it('reads CREATE TABLE columns with their types, keys and checks', async () => {
    const design =
      await plan(`CREATE TABLE shelves (id serial primary key, code varchar(12) not null unique, floor int check (floor >= 0));
CREATE TABLE boxes (
  id serial primary key,
  label text not null,
  weight_kg numeric(8,2),
  status text default 'stored' check (status in ('stored','shipped','lost')),
  shelf_id int not null references shelves(id),
  created_at timestamptz default now()
);`);
    expect(design.resources.map((r) => [r.name, r.plural])).toEqual([
      ['shelf', 'shelves'],
      ['box', 'boxes'],
    ]);
    expect(fields(design, 'shelf').code).toMatchObject({
      type: 'string',
      required: true,
      unique: true,
      maxLength: 12,
    });
    expect(fields(design, 'shelf').floor).toMatchObject({ type: 'integer', minimum: 0 });
    const box = fields(design, 'box');
    expect(Object.keys(box).sort()).toEqual(['label', 'shelf_id', 'status', 'weight_kg']);
    expect(box.label).toMatchObject({ type: 'text', required: true });
    expect(box.status).toMatchObject({
      type: 'enum',
      enumValues: ['stored', 'shipped', 'lost'],
      default: 'stored',
    });
    expect(box.shelf_id).toMatchObject({ type: 'reference', references: 'shelf', required: true });
    expect(relations(design)).toEqual(['belongs-to box>shelf']);
  });

  it('applies table constraints and keeps the prose around the schema', async () => {
    const design = await plan(`We keep our orders in this table:
CREATE TABLE IF NOT EXISTS public."Orders" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_email VARCHAR(254) NOT NULL,
  total NUMERIC(12,2) NOT NULL DEFAULT 0,
  coupon_code TEXT,
  CONSTRAINT total_positive CHECK (total >= 0),
  UNIQUE (coupon_code)
);
Parcels have a tracking number and a weight, and each parcel belongs to an order.`);
    const order = fields(design, 'order');
    expect(Object.keys(order).sort()).toEqual(['coupon_code', 'customer_email', 'total']);
    expect(order.customer_email).toMatchObject({ type: 'email', required: true });
    expect(order.total).toMatchObject({ type: 'number', minimum: 0, required: true });
    expect(order.coupon_code).toMatchObject({ unique: true, required: false });
    expect(relations(design)).toContain('belongs-to parcel>order');
    // What knowledge would have added to an order is not claimed of the table the schema declares.
    const { assumptions } =
      await planner.plan(`CREATE TABLE orders (id serial primary key, code text not null);
Orders have a status.`);
    expect((assumptions ?? []).filter((a) => a.path.startsWith('order.'))).toEqual([]);
  });

  it('reads a Prisma schema: optional fields, enums, defaults, relations and implicit many-to-many', async () => {
    const design = await plan(`Here is my Prisma schema:
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  role  Role    @default(MEMBER)
  posts Post[]
}
model Post {
  id        Int     @id @default(autoincrement())
  title     String
  published Boolean @default(false)
  author    User    @relation(fields: [authorId], references: [id])
  authorId  Int
  tags      Tag[]
}
model Tag { id Int @id
  label String @unique
  posts Post[] }
enum Role { MEMBER ADMIN }`);
    expect(design.resources.map((r) => r.name)).toEqual(['user', 'post', 'tag']);
    const user = fields(design, 'user');
    expect(user.email).toMatchObject({ type: 'email', required: true, unique: true });
    expect(user.name).toMatchObject({ required: false });
    expect(user.role).toMatchObject({ type: 'enum', enumValues: ['MEMBER', 'ADMIN'], default: 'MEMBER' });
    expect(fields(design, 'post').published).toMatchObject({ type: 'boolean', default: false });
    expect(relations(design)).toEqual(['belongs-to post>user', 'many-to-many post>tag']);
  });

  it('reads TypeScript interfaces and GraphQL types, members on one line or many', async () => {
    const ts =
      await plan(`interface Trip { id: string; destination: string; startsOn: Date; budget?: number; travelerId: string }
interface Traveler { id: string; fullName: string; passport: string | null; kind: 'solo' | 'family' }`);
    expect(fields(ts, 'trip').starts_on).toMatchObject({ type: 'date', required: true });
    expect(fields(ts, 'trip').budget).toMatchObject({ type: 'number', required: false });
    expect(fields(ts, 'traveler').passport).toMatchObject({ required: false });
    expect(fields(ts, 'traveler').kind).toMatchObject({ type: 'enum', enumValues: ['solo', 'family'] });
    expect(relations(ts)).toEqual(['belongs-to trip>traveler']);

    const graphql = await plan(`type Query { ships: [Ship] }
type Ship { id: ID! name: String! tonnage: Int voyages: [Voyage!]! }
type Voyage { id: ID! departsAt: String! ship: Ship! }`);
    // The request's own names are kept, never swapped for a synonym the knowledge base prefers.
    expect(graphql.resources.map((r) => r.name)).toEqual(['ship', 'voyage']);
    expect(fields(graphql, 'ship').tonnage).toMatchObject({ type: 'integer', required: false });
    expect(fields(graphql, 'voyage').departs_at).toMatchObject({ required: true });
    expect(relations(graphql)).toEqual(['belongs-to voyage>ship']);
  });

  it('names a table by the singular English gives its plural (houses are not buses)', async () => {
    const design = await plan(
      ['warehouses', 'buses', 'statuses', 'caches', 'addresses', 'courses']
        .map((table) => `CREATE TABLE ${table} (id int primary key, label text);`)
        .join('\n'),
    );
    expect(design.resources.map((r) => r.name)).toEqual([
      'warehouse',
      'bus',
      'status',
      'cache',
      'address',
      'course',
    ]);
  });

  it('leaves prose alone, and bounds what it scans in hostile input', () => {
    expect(readSchemaText('Members have a name {first, last}; type them in.').tables).toEqual([]);
    expect(readSchemaText('a model railway club with model trains').tables).toEqual([]);
    // Unclosed blocks and endless column lists: each scan is bounded, so this returns (a hang would
    // fail the test at its timeout) with what closes, here nothing.
    const hostile = `${'create table t ('.repeat(2000)}${'x int, '.repeat(3000)}`;
    expect(readSchemaText(hostile).tables).toEqual([]);
  });
});
