import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readLayout } from './structure.js';

const planner = createEmbeddedPlanner();
const shape = (design: ApiDesign) =>
  Object.fromEntries(design.resources.map((r) => [r.name, r.fields.map((f) => f.name)]));
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from}>${r.to}`).sort();

describe('nested lists', () => {
  it('reads a bullet with its fields indented under it, one per line or as a comma list', () => {
    const layout = readLayout(
      'Studio data\n* Easels\n    * height, tilt\n* Models\n    * name\n    * hourly fee',
    );
    expect(layout.blocks.map((b) => [b.name, b.items])).toEqual([
      ['Easels', ['height', 'tilt']],
      ['Models', ['name', 'hourly fee']],
    ]);
    expect(layout.lines).toEqual(['Studio data']);
  });

  it('makes a list nested among fields a resource that belongs to the outer one', async () => {
    const design = (
      await planner.plan(
        '1. Orchards\n   - name\n   - region\n   - Trees\n      - variety\n      - planted on',
      )
    ).design;
    expect(shape(design)).toMatchObject({ orchard: ['name', 'region'] });
    expect(shape(design).tree).toEqual(expect.arrayContaining(['variety', 'planted_on']));
    expect(links(design)).toEqual(['tree>orchard']);
  });

  it('reads a field named after another listed resource as a link, whatever the marker', async () => {
    const design = (await planner.plan('• Kennels\n   • code, size\n• Dogs\n   • name\n   • kennel')).design;
    expect(links(design)).toEqual(['dog>kennel']);
  });

  it('reads a title over definition lines as a title, even when a field is a "max" or "min" something', () => {
    const layout = readLayout(
      'Depot\n* Rack: code, aisle, max load in kg\n* Crate: label, min temperature, weight\n* Transfer records the crate, from rack, to rack',
    );
    expect(layout.blocks.map((b) => b.name)).not.toContain('Depot');
  });

  it('leaves sentences under a title to the English reader', () => {
    const layout = readLayout(
      'Requirements\n  - Users can create posts and share them\n  - Posts have comments from other members',
    );
    expect(layout.blocks).toEqual([]);
  });

  it('reads a resource named Field as a thing stored, as farms and sports grounds have them', async () => {
    const design = (
      await planner.plan(
        'Orchard records\n- Grove (name, region)\n- Field (grove, area, crop)\n- Harvest (field, date, yield_kg)',
      )
    ).design;
    expect(shape(design)).toMatchObject({ field: expect.arrayContaining(['area', 'crop']) });
    expect(links(design)).toEqual(['field>grove', 'harvest>field']);
  });
});
