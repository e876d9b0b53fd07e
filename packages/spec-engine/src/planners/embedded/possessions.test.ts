import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

const read = readPlan;

describe('things the knowledge base knows, said as possessions', () => {
  it.each([
    ['games have reviews', 'game', 'review'],
    ['Courses have a code and lessons.', 'course', 'lesson'],
    ['members have posts', 'member', 'post'],
  ])('"%s" gives the owned thing a resource linked to its owner', async (prompt, owner, owned) => {
    const { resources, links } = await read(prompt);
    expect(resources[owner]).not.toContain(`${owned}s`);
    expect(Object.keys(resources)).toContain(owned);
    expect(links).toContain(`${owned}>${owner}`);
  });

  it('keeps a field list written after a colon as values', async () => {
    const { resources } = await read('Dish: name, ingredients, price');
    expect(Object.keys(resources)).toEqual(['dish']);
    expect(resources.dish).toContain('ingredients');
  });
});
