import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

describe('embedded planner: terse links between noun compounds', () => {
  it('reads "X per Y" where Y is a noun compound', async () => {
    const design = await plan('climbing gym: wall sections, holds per wall section (colour, grade)');
    expect(links(design)).toContain('hold belongs-to wall_section');
  });

  it('reads a list item "X per Y" without parentheses where Y is a noun compound', async () => {
    const design = await plan('ferry app - ferry routes, sailings per ferry route, tickets per sailing');
    expect(links(design)).toEqual(
      expect.arrayContaining(['sailing belongs-to ferry_route', 'ticket belongs-to sailing']),
    );
  });

  it('reads "a Y\'s Xs with …" where Y is a noun compound as Xs belonging to Y', async () => {
    const design = await plan(
      "bakery app: bread recipes, a bread recipe's steps with a duration and a temperature",
    );
    expect(links(design)).toContain('step belongs-to bread_recipe');
    const step = design.resources.find((r) => r.name === 'step');
    expect(step?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['duration', 'temperature']));
  });

  it("keeps a verb before a possessive out of the owner's name", async () => {
    const design = await plan("Orders have a total. Each order stores customer's name and customer's email.");
    expect(design.resources.map((r) => r.name)).not.toContain('stores_customer');
  });
});
