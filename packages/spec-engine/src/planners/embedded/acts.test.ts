import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readClauses } from './clauses.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('clauses around an act', () => {
  it('reads a third person the model takes for a plural ("a member books a desk") as the verb', () => {
    const [clause] = readClauses('when a member books a desk we know the day');
    expect(clause?.subject?.text).toBe('member');
    expect(clause?.verb.lemma).toBe('book');
    expect(clause?.objects.map((o) => o.text)).toEqual(['desk']);
  });

  it('reads a participle after a comma as said of its clause subject, and marks yes/no questions', () => {
    const clauses = readClauses('critics review films, giving a score');
    expect(clauses[1]).toMatchObject({ participle: true, verb: { lemma: 'give' } });
    expect(clauses[1]?.subject?.text).toBe('critics');
    expect(readClauses('we know the day and whether they paid')[1]?.opener).toBe('whether');
  });

  it('keeps a hyphenated compound before a noun inside its noun group', () => {
    const [clause] = readClauses('guests book rooms for a check-in date');
    expect(clause?.preps.map((p) => p.group.text)).toEqual(['check-in date']);
  });
});

describe('the record of an act with values', () => {
  it('takes the values after "for", and what the doer leaves after "and can"', async () => {
    const design = await plan(
      'Guests book rooms for a check-in date and a number of nights, and can leave a rating.',
    );
    expect(fieldsOf(design, 'booking')).toEqual(
      expect.arrayContaining(['check_in_date', 'nights', 'rating', 'guest_id', 'room_id']),
    );
  });

  it('takes the values a participle gives, not the doer', async () => {
    const design = await plan(
      'Critics review films, giving a score and a short text. Films have a title and a release year.',
    );
    expect(fieldsOf(design, 'review')).toEqual(expect.arrayContaining(['score', 'text']));
    expect(links(design)).toEqual(
      expect.arrayContaining(['review belongs-to critic', 'review belongs-to film']),
    );
    expect(fieldsOf(design, 'film')).not.toContain('critic_id');
  });

  it('keeps what a "when" clause asks to know, yes/no questions included, on the act it names', async () => {
    const design = await plan(
      'We have members and desks. When a member books a desk we need to know the day and whether they paid.',
    );
    expect(fieldsOf(design, 'booking')).toEqual(
      expect.arrayContaining(['day', 'paid', 'member_id', 'desk_id']),
    );
  });

  it('keeps a count after "for" as a value of the act, never a resource', async () => {
    const design = await plan(
      'Campers reserve pitches for an arrival date, a number of nights and a number of guests.',
    );
    expect(fieldsOf(design, 'reservation')).toEqual(
      expect.arrayContaining(['arrival_date', 'nights', 'guests']),
    );
    expect(design.resources.map((r) => r.name)).not.toContain('guest');
  });
});

describe('acts named by a phrasal verb or with values the doer gets', () => {
  it('names the record of a verb and its particle by their compound (pick up → pickup)', async () => {
    const design = await plan('When a driver picks up a parcel we record the time and the signature.');
    expect(fieldsOf(design, 'pickup')).toEqual(
      expect.arrayContaining(['time', 'signature', 'driver_id', 'parcel_id']),
    );
  });

  it('gives the record what the doer gets in the act (enrol and get a grade)', async () => {
    const design = await plan('Students enrol in courses and get a grade.');
    expect(fieldsOf(design, 'enrolment')).toEqual(
      expect.arrayContaining(['grade', 'student_id', 'course_id']),
    );
    expect(fieldsOf(design, 'student')).not.toContain('grade');
  });
});

describe('things an act is done with', () => {
  it('take part in it rather than being its values', async () => {
    const design = await plan(
      'patients book appointments w/ doctors, each appointment has a date n a reason',
    );
    expect(fieldsOf(design, 'appointment')).toEqual(
      expect.arrayContaining(['date', 'reason', 'patient_id', 'doctor_id']),
    );
    expect(design.resources.map((r) => r.name)).not.toContain('booking');
  });
});

describe('resources a line lists', () => {
  it('stay resources when nothing more is said of some of them', async () => {
    const design = await plan(
      'gig tracker: bands, venues and gigs. gigs have a date and a ticket price, venues have a city',
    );
    expect(design.resources.map((r) => r.name).sort()).toEqual(['band', 'gig', 'venue']);
  });
});
