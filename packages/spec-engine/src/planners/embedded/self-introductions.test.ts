import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';
import { withoutSelfIntroduction } from './self-introductions.js';
import { withoutApproximations, withoutGreeting } from './chatter.js';

describe("the writer's introduction of themselves", () => {
  it.each([
    ["i'm a piano teacher with 12 pupils", 'i have 12 pupils'],
    ['we are a small bakery w/ two ovens', 'we have two ovens'],
    ["I'm a locksmith and I track my jobs", 'I track my jobs'],
    ['im just a hobby gardener, so i need to log plantings', 'i need to log plantings'],
  ])('reads "%s" as "%s"', (sentence, read) => {
    expect(withoutSelfIntroduction(sentence)).toBe(read);
  });

  it('leaves sentences that introduce no one alone', () => {
    expect(withoutSelfIntroduction('a teacher with many pupils has a name')).toBe(
      'a teacher with many pupils has a name',
    );
  });

  it('makes no resource of the writer, and gives "their" values to the things they have', async () => {
    const { resources } = await readPlan(
      'hi im a swim coach w/ about 20 swimmers, wanna keep their names + an emergency contact',
    );
    expect(Object.keys(resources)).toEqual(['swimmer']);
    expect(resources.swimmer).toEqual(expect.arrayContaining(['emergency_contact']));
  });
});

describe('chat around counts and greetings', () => {
  it.each([
    ['about 20 swimmers', '20 swimmers'],
    ['we have like 30 kids', 'we have 30 kids'],
    ['~12 tanks', '12 tanks'],
    ["i'd like 3 reminders", "i'd like 3 reminders"],
  ])('reads "%s" as "%s"', (text, read) => {
    expect(withoutApproximations(text)).toBe(read);
  });

  it.each([
    ['hi i track hives', 'i track hives'],
    ['Hey there, we need an api for dogs', 'we need an api for dogs'],
    ['hives have a name', 'hives have a name'],
  ])('reads "%s" as "%s"', (text, read) => {
    expect(withoutGreeting(text)).toBe(read);
  });
});
