import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { actNoun, actScale } from './act-records.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('the noun that names the record of an act', () => {
  it('derives it with a noun-making suffix, or takes the knowledge base record a gerund names', () => {
    expect(actNoun(['rent'], [])?.key).toBe('rental');
    expect(actNoun(['reserve'], [])?.key).toBe('reservation');
    expect(actNoun(['subscribe'], [])?.key).toBe('subscription');
    expect(actNoun(['donate'], [])?.key).toBe('donation');
    expect(actNoun(['borrow'], [])?.key).toBe('loan');
    expect(actNoun(['book'], [])?.key).toBe('booking');
  });

  it('keeps the spelling the request wrote the verb in', () => {
    expect(actNoun(['enrol', 'enroll'], [])?.key).toBe('enrolment');
    expect(actNoun(['enroll'], [])?.key).toBe('enrollment');
  });

  it('takes the verb itself where English makes no other noun of it', () => {
    expect(actNoun(['order'], [])?.key).toBe('order');
  });

  it('makes nothing of a verb whose derived words name no kept record', () => {
    expect(actNoun(['sign'], [])).toBeUndefined();
    expect(actNoun(['sing'], [])).toBeUndefined();
  });
});

describe('embedded planner: records named only by their verb', () => {
  it('makes the record of an act the request gives values of, linked to the doer and the thing', async () => {
    const design = await plan(
      'Patrons borrow tools from the shed; each has a due date. Tools have a name and a condition.',
    );
    expect(links(design)).toEqual(expect.arrayContaining(['loan belongs-to patron', 'loan belongs-to tool']));
    expect(links(design)).not.toContain('tool belongs-to patron');
    expect(fieldsOf(design, 'loan')).toContain('due_date');
  });

  it('reads values after "with" and a stay "by the month" as the record of the act', async () => {
    const design = await plan('Tenants rent garages by the month, with a deposit. Garages have a number.');
    expect(links(design)).toEqual(
      expect.arrayContaining(['rental belongs-to tenant', 'rental belongs-to garage']),
    );
    expect(fieldsOf(design, 'rental')).toContain('deposit');
    expect(fieldsOf(design, 'tenant')).not.toContain('deposit');
  });

  it('reads what "we keep" after a verb of taking part as the record of it', async () => {
    const design = await plan(
      'Pupils enrol in chess clubs. We keep the term and the fee. Chess clubs have a name.',
    );
    const record = design.resources.find((r) => /^enrol+ment$/.test(r.name));
    expect(record?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['term', 'fee']));
    expect(links(design)).toEqual(
      expect.arrayContaining([`${record?.name} belongs-to pupil`, `${record?.name} belongs-to chess_club`]),
    );
  });

  it("leaves a pairing many-to-many when what follows is the doer's own", async () => {
    const design = await plan('Cyclists have a name. Cyclists join teams and we keep their licence number.');
    expect(design.resources.map((r) => r.name)).not.toContain('joining');
  });

  it('makes no record of something that is not a doer, or of a verb of keeping', async () => {
    const placed = await plan('Racks have a code. Bottles sit on a rack; each has a vintage and a grape.');
    for (const resource of placed.resources) expect(['bottle', 'rack']).toContain(resource.name);
    const logged = await plan(
      'Pilots log sorties in jets, with the date and the duration. Jets have a tail number.',
    );
    expect(fieldsOf(logged, 'sortie')).toEqual(expect.arrayContaining(['date', 'duration']));
  });
});

describe('acts that give a value on a scale', () => {
  it('reads the scale after an act, and not a measure with a unit', () => {
    expect(actScale('critics grade albums from 1 to 10 and can add a note')).toBe('from 1 to 10');
    expect(actScale('between 0 and 100')).toBe('from 0 to 100');
    expect(actScale('tasters mark wines out of 20.')).toBe('out of 20');
    expect(actScale('members score hikes 1-5 stars')).toBe('from 1 to 5');
    expect(actScale('couriers carry parcels from 2 to 8 kg')).toBeUndefined();
    expect(actScale('volunteers staff stalls from 9 to 5 pm')).toBeUndefined();
    expect(actScale('mechanics fix bikes')).toBeUndefined();
  });

  it("makes a scored act a record of the doer on the thing, named with the request's word", async () => {
    const design = await plan(
      'Diners rate bakeries from 1 to 5 and can write a remark. Bakeries have a name and a street.',
    );
    expect(fieldsOf(design, 'rating')).toEqual(expect.arrayContaining(['score', 'remark']));
    expect(
      design.resources.find((r) => r.name === 'rating')?.fields.find((f) => f.name === 'score'),
    ).toMatchObject({ minimum: 1, maximum: 5 });
    expect(links(design)).toEqual(
      expect.arrayContaining(['rating belongs-to diner', 'rating belongs-to bakery']),
    );
    expect(fieldsOf(design, 'bakery')).not.toContain('diner_id');
  });

  it('keeps whoever scores a thing, even with a word that otherwise names the users', async () => {
    const design = await plan('Listeners rate podcasts from 1 to 10. Podcasts have a title and a host.');
    expect(links(design)).toEqual(
      expect.arrayContaining(['rating belongs-to listener', 'rating belongs-to podcast']),
    );
  });

  it('makes an evaluation named by its verb a record between two described things, not a link', async () => {
    const design = await plan(
      'Critics review galleries. Galleries have a name and a city. Critics have a name.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['review belongs-to critic', 'review belongs-to gallery']),
    );
    expect(links(design)).not.toContain('gallery belongs-to critic');
  });

  it('reads "they" who score a thing as the subject of the clause before', async () => {
    const design = await plan(
      'Tenants have a name and they rate landlords from 1 to 5. Landlords have a name.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['rating belongs-to tenant', 'rating belongs-to landlord']),
    );
    expect(links(design)).not.toContain('landlord belongs-to tenant');
  });

  it("links an act to the record the request describes under the verb's noun, not one side to the other", async () => {
    const design = await plan('Diners book tables. Each reservation has a date and a party size.');
    expect(links(design)).toEqual(
      expect.arrayContaining(['reservation belongs-to diner', 'reservation belongs-to table']),
    );
    expect(links(design)).not.toContain('table belongs-to diner');
    expect(design.resources.map((r) => r.name)).not.toContain('booking');
  });

  it('names a scored act by its own noun even where the knowledge base keeps no such record', async () => {
    const assessed = await plan('Coaches assess swimmers from 0 to 20 each season. Swimmers have a name.');
    expect(links(assessed)).toEqual(
      expect.arrayContaining(['assessment belongs-to coach', 'assessment belongs-to swimmer']),
    );
    const scored = await plan('Jurors score bakers from 0 to 100. Bakers have a name and a town.');
    expect(fieldsOf(scored, 'score')).toContain('value');
    expect(links(scored)).toEqual(
      expect.arrayContaining(['score belongs-to juror', 'score belongs-to baker']),
    );
    // "give" names no record of its own.
    const given = await plan('Mentors give each startup a mark from 1 to 10. Startups have a name.');
    expect(given.resources.map((r) => r.name)).not.toContain('give');
  });

  it("reads each doer's own thing scored on a scale as a record of both", async () => {
    const design = await plan('Climbers have a name, and they rate their coach from 1 to 5.');
    expect(links(design)).toEqual(
      expect.arrayContaining(['rating belongs-to climber', 'rating belongs-to coach']),
    );
  });
});
