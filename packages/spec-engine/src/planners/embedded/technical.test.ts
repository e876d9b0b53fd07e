import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();

describe('words about the API itself', () => {
  it('are not resources beside the ones the request keeps', async () => {
    const design = await plan(
      'Write REST endpoints with good docs for a garden planner: plants have a name and a watering interval, and beds have a size.',
    );
    expect(names(design)).toEqual(['bed', 'plant']);
  });

  it('stay resources when they hold values of their own', async () => {
    const design = await plan(
      'A documentation portal: docs have a title, a slug and a body, and writers have a name.',
    );
    expect(names(design)).toEqual(['doc', 'writer']);
  });
});
