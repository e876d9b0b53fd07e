import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';
import { timeSpan, withSpansOfSubjects } from './time-spans.js';

describe('a span of time said as its two ends', () => {
  it('reads the two ends sharing one head, or each with its own', () => {
    expect(timeSpan('guests reserve tables for a start and end time')?.fields).toEqual([
      'starts at',
      'ends at',
    ]);
    expect(timeSpan('from a start hour to an end hour')?.fields).toEqual(['starts at', 'ends at']);
    expect(timeSpan('between a starting and an ending date')?.fields).toEqual(['start date', 'end date']);
    expect(timeSpan('from a start to an end day')?.fields).toEqual(['start date', 'end date']);
  });

  it('reads nothing where the two heads differ or no end is said', () => {
    expect(timeSpan('from a start date to an end time')).toBeUndefined();
    expect(timeSpan('for a start time')).toBeUndefined();
    expect(timeSpan('the end time')).toBeUndefined();
  });

  it('gives the record of an act both ends, and no field of either end alone', async () => {
    const hire = await readPlan('Scouts borrow tents for a start and end date. Tents have a size.');
    const record = Object.entries(hire.resources).find(([, fields]) => fields.includes('start_date'));
    expect(record?.[1]).toEqual(expect.arrayContaining(['start_date', 'end_date']));
    expect(record?.[1]).not.toContain('start');
    const slots = await readPlan('Bands book rehearsal rooms from a start time to an end time.');
    const booking = Object.values(slots.resources).find((fields) => fields.includes('starts_at'));
    expect(booking).toEqual(expect.arrayContaining(['starts_at', 'ends_at']));
    expect(booking).not.toContain('end_time');
  });
});

describe('a thing that itself lasts over a span', () => {
  it('reads the span as two values of the sentence subject', () => {
    expect(withSpansOfSubjects('each camp runs from a start date to an end date')).toBe(
      'each camp has a start date and an end date',
    );
    expect(withSpansOfSubjects('Markets take place between a start and an end time, weekly')).toBe(
      'Markets have a starts at and an ends at, weekly',
    );
  });

  it('leaves acts on other things and spans that do not open the predicate', () => {
    for (const text of [
      'members reserve courts for a start and end time',
      'each camp runs for kids from a start date to an end date',
      'each camp runs every summer',
    ])
      expect(withSpansOfSubjects(text)).toBe(text);
  });

  it('plans both ends on the subject', async () => {
    const { resources } = await readPlan(
      'Each exhibition runs from a start date to an end date. Exhibitions have a title.',
    );
    expect(resources['exhibition']).toEqual(expect.arrayContaining(['start_date', 'end_date', 'title']));
  });
});
