import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
const names = (design: ApiDesign) => design.resources.map((r) => r.name);

describe('the doer of an act on a described thing', () => {
  it('is a resource when English names a doer of its verb, whatever the doer is called', async () => {
    const design = await plan('Chefs teach workshops. Each workshop has a title, a date and a capacity.');
    expect(names(design)).toContain('chef');
    expect(links(design)).toContain('workshop belongs-to chef');
  });

  it('is no resource when its verb names no doer (a storm damages, nobody is a damager)', async () => {
    const design = await plan('Storms damage sheds. Sheds have a name and a size.');
    expect(names(design)).toEqual(['shed']);
  });

  it('pairs a passive subject with many agents many-to-many, and links it to one', async () => {
    const many = await plan(
      'Courses have a title. Each course is taught by several instructors. Instructors have a name.',
    );
    expect(links(many)).toContain('course many-to-many instructor');
    expect(links(many)).not.toContain('course belongs-to instructor');
    const one = await plan(
      'Courses have a title. Each course is taught by an instructor. Instructors have a name.',
    );
    expect(links(one)).toContain('course belongs-to instructor');
  });

  it('links records a clause before a colon keeps to the people who keep them', async () => {
    const design = await plan('Instructors log flights for students: date, duration and aircraft');
    expect(links(design)).toEqual(
      expect.arrayContaining(['flight belongs-to student', 'flight belongs-to instructor']),
    );
    const ours = await plan('We also record site visits: the date, the architect and notes');
    expect(names(ours)).toEqual(['site_visit']);
  });
});
