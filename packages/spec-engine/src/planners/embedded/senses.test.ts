import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const fields = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)?.fields.map((f) => f.name) ?? [];

describe('a word’s sense, chosen by the other resources of the request', () => {
  it('reads albums beside photos as photo albums and beside artists as records', async () => {
    const photos = await plan('an api to keep albums and pictures');
    expect(fields(photos, 'album')).not.toContain('release_year');
    expect(fields(photos, 'album')).toContain('title');
    const music = await plan('an api to keep albums, bands and songs');
    expect(fields(music, 'album')).toContain('release_year');
  });

  it('reads tickets beside agents as support requests and beside events as passes', async () => {
    expect(fields(await plan('an api to keep tickets and agents'), 'ticket')).toContain('subject');
    expect(fields(await plan('an api to keep tickets and concerts'), 'ticket')).toContain('price');
  });

  it('reads a car at a garage as a customer’s vehicle, not a rental car', async () => {
    const garage = await plan('our mechanic workshop keeps cars and repairs');
    expect(fields(garage, 'car')).not.toContain('daily_rate');
    expect(fields(garage, 'car')).toContain('plate_number');
    expect(fields(await plan('a car hire firm keeping cars and rentals'), 'car')).toContain('daily_rate');
  });
});
