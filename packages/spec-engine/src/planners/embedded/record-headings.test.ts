import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { translate } from './language.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();

describe('a heading that names records of one thing for another', () => {
  it('makes the records a resource belonging to both, written with "of" or as a compound', async () => {
    for (const heading of ['Bookings of members for courses', 'member bookings for courses']) {
      const design = await plan(`${heading}: each booking has a date and a status.`);
      expect(links(design)).toEqual(
        expect.arrayContaining(['booking belongs-to member', 'booking belongs-to course']),
      );
    }
  });

  it('reads nothing into a heading about values or qualities', async () => {
    const design = await plan('online bookings for rooms: each booking has a date.');
    expect(names(design)).toEqual(['booking']);
  });
});

describe('French, Spanish and German record headings and lists', () => {
  it('translates "des" between nouns, a Spanish "a" before a noun, German dative plurals and "die" plurals', () => {
    expect(translate('les réservations des membres aux cours', 'fr')).toBe(
      'the reservations of the members to the courses',
    );
    expect(translate('reservas de socios a clases', 'es')).toContain('to classes');
    expect(translate('Buchungen von Mitgliedern für Kurse', 'de')).toBe('bookings of members for courses');
    expect(translate('die Lehrer, die Schüler und die Stunden', 'de')).toBe(
      'the teachers, the students and the hours',
    );
  });

  it('keeps the record a heading names in each language, linked to both', async () => {
    for (const prompt of [
      'Gestion des réservations des membres aux cours : chaque réservation a une date.',
      'Reservas de socios a cursos: cada reserva tiene una fecha.',
      'Buchungen von Mitgliedern für Kurse: jede Buchung hat ein Datum.',
    ]) {
      const design = await plan(prompt);
      const record = links(design).filter((l) => /^(?:reservation|booking) belongs-to /.test(l));
      expect(record.map((l) => l.split(' ').at(-1)).sort()).toEqual(['course', 'member']);
    }
  });

  it('keeps an unknown foreign plural in a list of resources as a resource, not a field', async () => {
    const french = await plan(
      'Une API pour un club de voile : les membres, les moniteurs et les dériveurs. Chaque dériveur a un numéro et une couleur.',
    );
    // "moniteurs" is known (instructors); "dériveurs" is the unknown plural kept as a resource.
    expect(names(french)).toEqual(['deriveur', 'instructor', 'member']);
    const spanish = await plan(
      'Una API para una granja: los granjeros, las colmenas y las cosechas. Cada colmena tiene un número.',
    );
    expect(names(spanish)).toEqual(['granjero', 'harvest', 'hive']);
    expect(translate('die Bienenstöcke, die Imker und die Ernten', 'de')).toBe(
      'the hives, the imkers and the harvests',
    );
  });
});
