import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { plainListShapes } from './chatty-lists.js';

// Sentences written for these tests; none comes from an eval set.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const fieldNames = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)?.fields.map((f) => f.name) ?? [];

describe('chat shapes of a list of what is kept', () => {
  it('rewrites idioms of keeping and lists without a verb into the plain shapes', () => {
    expect(plainListShapes('i wanna keep track of my kites: the colour')).toBe(
      'i want to track my kites: the colour',
    );
    expect(plainListShapes('the club needs boats logged: the name')).toBe(
      'the club we track boats: the name',
    );
    expect(plainListShapes('i log dives, for each one the depth and the site')).toBe(
      'i log dives; each dive has the depth and the site',
    );
    expect(plainListShapes('For every kite: the colour and the size')).toBe(
      'each kite has the colour and the size',
    );
    expect(plainListShapes('i fly kites. for each kite the colour')).toBe(
      'i fly kites. each kite has the colour',
    );
    // "for each" before a verb is already a sentence of its own.
    expect(plainListShapes('for each kite we store the colour')).toBe('for each kite we store the colour');
  });

  it('reads the fields of a list after "keep track of my …:"', async () => {
    const design = await plan('i wanna keep track of my kites: the colour, the size and where it is kept.');
    expect(fieldNames(design, 'kite')).toEqual(expect.arrayContaining(['colour', 'size', 'location']));
  });

  it('reads "for each one the …" as the fields of the things named before', async () => {
    const design = await plan('i log dives, for each one the depth, the site and how long it took.');
    expect(fieldNames(design, 'dive')).toEqual(expect.arrayContaining(['depth', 'site', 'duration']));
  });

  it('reads "needs boats logged:" as the list of what each boat holds', async () => {
    const design = await plan('our club needs boats logged: the name, the length and whether it is insured.');
    expect(fieldNames(design, 'boat')).toEqual(expect.arrayContaining(['name', 'length', 'insured']));
  });
});
