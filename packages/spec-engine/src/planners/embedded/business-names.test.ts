import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readPlan } from './read-plan.test-util.js';

const planner = createEmbeddedPlanner();

describe('a resource named after the business it is kept for', () => {
  it('drops the business the name was cut from, and says so', async () => {
    const lessons = await readPlan('driving school lesson bookings with a date and a pupil name');
    expect(lessons.resources).toEqual({ lesson_booking: ['date', 'pupil_name'] });
    const { assumptions } = await planner.plan('driving school lesson bookings with a date and a pupil name');
    expect(assumptions?.some((a) => a.path === 'lesson_booking' && a.text.includes('"school"'))).toBe(true);
  });

  it('keeps a whole word before the head, which says what kind of thing it is', async () => {
    const requests = await readPlan('maintenance requests with a description and a status');
    expect(Object.keys(requests.resources)).toEqual(['maintenance_request']);
  });
});
