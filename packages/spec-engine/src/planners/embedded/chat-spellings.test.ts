import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';
import { expandShorthand } from './shorthand.js';

describe('chat spellings of common words', () => {
  it.each([
    ['need smth that stores jars', 'need something that stores jars'],
    ['i lend them out and never get em back', 'i lend them out and never get them back'],
    ['u can see ur list', 'you can see your list'],
    ['cuz im gonna forget', 'because im going to forget'],
    ['i gotta log rides', 'i have to log rides'],
    ['setlists r for a gig', 'setlists are for a gig'],
    ['let ppl book classes', 'let people book classes'],
  ])('writes "%s" as "%s"', (text, written) => {
    expect(expandShorthand(text)).toBe(written);
  });

  it('leaves words that only contain the short forms alone', () => {
    for (const text of [
      'emails and items',
      'a U-boat',
      'menu items',
      'u-turns per route',
      'part r of form b',
    ])
      expect(expandShorthand(text)).toBe(text);
  });

  it('reads the values of a list after "smth that stores"', async () => {
    const { resources } = await readPlan('need smth that stores my jams (flavour, jar size)');
    expect(resources.jam).toEqual(expect.arrayContaining(['flavour', 'jar_size']));
  });
});

describe('a wish for software that keeps things', () => {
  it.each([
    ['i need an app that stores my pickles (brine, jar date)', 'pickle', ['brine', 'jar_date']],
    ['we want a simple tool to track our kayaks (hull number, colour)', 'kayak', ['hull_number', 'colour']],
  ])('reads "%s" as keeping the things with their values', async (prompt, name, fields) => {
    const { resources } = await readPlan(prompt);
    expect(resources[name]).toEqual(expect.arrayContaining(fields));
  });
});
