import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('acts said of a pronoun in chatty requests', () => {
  it('reads "i rate them 1-5" as a score on the resource the pronoun stands for', async () => {
    const { design } = await readPlan('i brew beers at home. i rate them 1-5. beers have a name and a style');
    const rating = design.resources.find((r) => r.name === 'beer')!.fields.find((f) => f.name === 'rating');
    expect(rating).toBeDefined();
    expect([rating!.minimum, rating!.maximum]).toEqual([1, 5]);
  });

  it('reads "log when i prune them" as a dated record of the act on that resource', async () => {
    const { resources, links } = await readPlan(
      'i look after old trees and i want to log when i prune them. trees have a species and an age',
    );
    expect(resources['pruning']).toEqual(expect.arrayContaining(['pruned_at']));
    expect(links).toContain('pruning>tree');
  });

  it('reads "mark when someone did it" as a completion of the thing named before', async () => {
    const { resources, links } = await readPlan(
      'our garage has maintenance jobs with a title and a due date. we mark when someone did it',
    );
    expect(resources['completion']).toEqual(expect.arrayContaining(['done_at']));
    expect(links).toContain('completion>maintenance_job');
  });

  it('reads "which X did which Y and when" as a dated record of both', async () => {
    const { resources, links } = await readPlan(
      'we want to see which roommate cleaned which room and when. rooms have a name',
    );
    expect(resources['cleaning']).toEqual(expect.arrayContaining(['cleaned_at']));
    expect([...links].sort()).toEqual(['cleaning>room', 'cleaning>roommate']);
  });

  it('takes no scale from a pronoun act without numbers', async () => {
    const { resources } = await readPlan('i rate them honestly. films have a title and a year');
    expect(resources['film']).not.toContain('rating');
  });
});

describe('a "when" clause that only says when something else happens', () => {
  it('makes no record of its act', async () => {
    const { resources } = await readPlan(
      'we sell second-hand bikes. when we repaint them we raise the price. bikes have a brand and a price',
    );
    expect(resources['repainting']).toBeUndefined();
  });
});

describe('the place of a thing asked with a pronoun', () => {
  it('reads "note which drawer they are in" as a field of the resource', async () => {
    const { resources } = await readPlan(
      'i keep spare keys. i want to note which drawer they are in. keys have a label and a colour',
    );
    expect(resources['key']).toEqual(expect.arrayContaining(['label', 'drawer']));
  });
});
