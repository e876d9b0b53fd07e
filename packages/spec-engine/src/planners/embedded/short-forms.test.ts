import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fields = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('a thing named in full and by its head alone', () => {
  it('is one resource, named as the rest of the request names it', async () => {
    const classes = await plan(
      'Each evening class has one tutor. Classes have a title and a room; tutors a name.',
    );
    expect(names(classes)).toContain('class');
    expect(names(classes)).not.toContain('evening_class');
    expect(fields(classes, 'class')).toEqual(expect.arrayContaining(['title', 'room']));
    const school = await plan(
      'School app: a class can go on several trips and some are museum trips. Trips have a date and a cost.',
    );
    expect(names(school)).toContain('trip');
    expect(names(school)).not.toContain('museum_trip');
  });

  it('keeps the compound where the request gives the values under it', async () => {
    const glass = await plan(
      'Candle studio: candle workshops (title, date, price) and students (name, phone). Students can join many workshops and a workshop has many students.',
    );
    expect(names(glass)).toEqual(['candle_workshop', 'student']);
  });

  it('stays two resources when the compound says whose it is or belongs to the head', async () => {
    const workouts = await plan(
      'Workouts have a date. Workout sets have reps and a weight. Sets belong to a workout.',
    );
    expect(names(workouts)).toContain('workout');
  });
});
