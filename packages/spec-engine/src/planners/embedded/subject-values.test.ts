import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('people doing something to one thing each', () => {
  it('makes "Coaches coach a sport" a resource of coaches with their sport', async () => {
    const { resources, links } = await readPlan(
      'Athletes have a name. Coaches coach a sport. Each session takes place on a date, with an athlete and a coach.',
    );
    expect(resources.coach).toContain('sport');
    expect(links).toEqual(expect.arrayContaining(['session>athlete', 'session>coach']));
  });

  it('leaves an act on a resource of the request to the act readers', async () => {
    const { resources } = await readPlan('Books have a title. Members borrow a book.');
    expect(resources.member ?? []).not.toContain('book');
  });

  it('reads the French and Spanish "takes place" of an occasion', async () => {
    const fr = await readPlan('Les élèves ont un nom. Chaque séance a lieu à une date, avec un élève.');
    expect(Object.values(fr.resources).some((fields) => fields.includes('date'))).toBe(true);
    const es = await readPlan(
      'Los alumnos tienen un nombre. Cada sesión tiene lugar en una fecha, con un alumno.',
    );
    expect(Object.values(es.resources).some((fields) => fields.includes('date'))).toBe(true);
  });
});
