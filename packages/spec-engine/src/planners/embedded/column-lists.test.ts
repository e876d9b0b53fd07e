import { describe, expect, it } from 'vitest';
import { readColumnLists, readLooseColumn } from './column-lists.js';
import { readSchemaText } from './schema-blocks.js';

const noEnums = { values: new Map<string, string[]>(), spans: [] };
const column = (item: string) => readLooseColumn(item, noEnums);

describe('loose typed columns', () => {
  it('reads the type and modifiers after a name of several words, never into the name', () => {
    expect(column('max seats int > 0 not null')).toMatchObject({
      typed: true,
      column: { name: 'max seats', type: 'integer', minimum: 1, required: true },
    });
    expect(column('code char(6) unique')?.column).toMatchObject({ name: 'code', maxLength: 6, unique: true });
    expect(column('weight numeric (8,2) check (weight between 0 and 500)')?.column).toMatchObject({
      name: 'weight',
      type: 'number',
      minimum: 0,
      maximum: 500,
    });
    expect(column('grade enum(pass, fail) default pass')?.column).toMatchObject({
      type: 'enum',
      enumValues: ['pass', 'fail'],
      defaultText: 'pass',
    });
  });

  it('reads bracketed constraints and foreign keys in any spelling', () => {
    expect(column('barcode (text, unique, required)')?.column).toMatchObject({
      name: 'barcode',
      type: 'text',
      unique: true,
      required: true,
    });
    expect(column('url (text, unique)')?.column).toMatchObject({ name: 'url', type: 'text', unique: true });
    expect(column('shelf_id uuid fk shelves')?.column.references).toBe('shelves');
    expect(column('shelf_id fk')?.column.references).toBe('shelf');
    expect(column('rack_id -> racks')?.column.references).toBe('racks');
    expect(column('hive_id int references hives(id)')?.column.references).toBe('hives');
  });

  it('keeps an English name whose last word is also a type', () => {
    expect(column('renewal date')).toMatchObject({ typed: false, column: { name: 'renewal date' } });
    expect(column('mobile number')?.column.type).toBeUndefined();
    expect(column('summary text')).toMatchObject({ typed: true, plainWordType: true });
  });

  it('reads values between bars as an enum', () => {
    expect(column('stage: draft | live | retired')?.column).toMatchObject({
      type: 'enum',
      enumValues: ['draft', 'live', 'retired'],
    });
  });

  it('refuses clauses and brackets that hold English notes', () => {
    expect(column('we need a unique email')).toBeUndefined();
    expect(column('contact_email (valid email, required)')).toBeUndefined();
  });
});

describe('column lists outside schema languages', () => {
  it('reads "Table x (…)", "x: …" and "x — …" lists with two typed items or more', () => {
    const lists = readColumnLists(
      'Table crates (id uuid pk, label text not null, depot_id uuid fk depots)\ndepot: code text unique, opened_on date. Depots are staffed.\nkilns — name, max temperature',
      noEnums,
    );
    expect(lists.map((l) => [l.name, l.columns.map((c) => c.name)])).toEqual([
      ['crates', ['id', 'label', 'depot_id']],
      ['depot', ['code', 'opened_on']],
    ]);
  });

  it('reads a name with its columns on the lines under it, at any depth, and drops a title over them', () => {
    const text =
      'Storage\n- Racks\n  - code text unique\n  - levels int > 0\n- Parcels\n  - rack_id fk racks\n  - weight_kg numeric';
    const { tables, outline } = readSchemaText(text);
    expect(tables.map((t) => t.name)).toEqual(['Racks', 'Parcels']);
    expect(outline).not.toContain('Storage');
  });

  it('leaves plain field lists to the English reader', () => {
    expect(readColumnLists('Owners: name, phone, email\nPets\n- name\n- species', noEnums)).toEqual([]);
  });

  it('answers quickly on hostile input', () => {
    const hostile = `x: ${'a int ('.repeat(5000)}\n${'  - b int > 0\n'.repeat(5000)}`;
    expect(Array.isArray(readColumnLists(hostile, noEnums))).toBe(true);
  });
});
