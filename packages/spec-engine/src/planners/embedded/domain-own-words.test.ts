import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe("a vague request's own word for the domain's things", () => {
  it.each([
    ['an api for a barber shop downtown', 'barber'],
    ['we are opening a barbershop and need a backend', 'barber'],
    ['backend for a hairdresser', 'hairdresser'],
  ])('"%s" names the usual staff record after the word it holds', async (prompt, name) => {
    const { resources, links } = await readPlan(prompt);
    expect(Object.keys(resources)).toContain(name);
    expect(Object.keys(resources)).not.toContain('stylist');
    expect(links).toContain(`appointment>${name}`);
  });

  it('keeps the knowledge base name where the request holds no synonym of it', async () => {
    const { resources } = await readPlan('an API for my hair salon');
    expect(Object.keys(resources)).toContain('stylist');
  });
});
