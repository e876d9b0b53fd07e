import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('a copula that classifies its subject', () => {
  it('gives the values after the class to the subject, and makes no resource of the class', async () => {
    const vendors = await plan(
      'Vendors are companies with a vat number and a website. Vendors supply parts; a part has a sku.',
    );
    expect(names(vendors)).toEqual(['part', 'vendor']);
    expect(fieldsOf(vendors, 'vendor')).toEqual(expect.arrayContaining(['vat_number', 'website']));
    const tutors = await plan(
      'Our tutors are students that have a subject and an hourly rate. Tutors teach lessons.',
    );
    expect(names(tutors)).not.toContain('student');
    expect(fieldsOf(tutors, 'tutor')).toEqual(expect.arrayContaining(['subject', 'hourly_rate']));
  });
});

describe('an id written as two words', () => {
  it('is a value when the request names its thing nowhere else', async () => {
    const design = await plan('Suppliers are companies that have a tax id and an address.');
    expect(names(design)).toEqual(['supplier']);
    expect(fieldsOf(design, 'supplier')).toEqual(expect.arrayContaining(['tax_id', 'address']));
  });

  it('links to its thing when the request names it', async () => {
    const design = await plan('Readings have a value and a sensor id. Sensors have a location.');
    expect(fieldsOf(design, 'reading')).toEqual(['value', 'sensor_id']);
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toContain('reading>sensor');
  });
});
