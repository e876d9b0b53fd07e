import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { emptyReading } from './drafts.js';
import { checkEvidence, requestEvidence, wordEvidence } from './evidence.js';
import { readField } from './field-reader.js';

// Sentences written for these tests; none comes from an eval set.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldNames = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)?.fields.map((f) => f.name) ?? [];
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

const evidence = (name: string, text: string) =>
  name.split(' ').map((_, i, words) => wordEvidence(words, i, requestEvidence(text)));

describe('the evidence a request gives each word of a name', () => {
  it('takes a keyword before several declared names, or lower case before a capitalised one, as a declaration', () => {
    expect(evidence('entity customer', 'Entity Customer: name\nEntity Order: total')).toEqual([
      'declaration',
      'noun',
    ]);
    expect(evidence('model song', 'the model Song has a title')).toEqual(['declaration', 'noun']);
    // One "Record Label" heading is a record label, and a lower-case "table booking" a booking of a table.
    expect(evidence('record label', 'Record Label: name, country')).toEqual(['noun', 'noun']);
    expect(evidence('table booking', 'guests make table bookings for a date')).toEqual(['noun', 'noun']);
  });

  it('takes sentence connectives, English or left untranslated, as no word of the thing', () => {
    expect(evidence('also attendee', 'also attendees: name')[0]).toBe('connective');
    expect(evidence('ausserdem car', 'ausserdem cars with a brand')[0]).toBe('connective');
    expect(evidence('additionally room', 'additionally rooms with a floor')[0]).toBe('connective');
  });

  it("takes a third-person verb between a subject and an object as the clause's verb", () => {
    expect(evidence('studio keeps kiln', 'the studio keeps kilns: a name')).toEqual(['noun', 'verb', 'noun']);
    // A plural modifier ("sales") is a noun of the compound.
    expect(evidence('sales order', 'sales orders have a total')).toEqual(['noun', 'noun']);
  });

  it('takes a preposition as a word of a compound, never as a reason to rename it', () => {
    const reading = emptyReading();
    reading.entities.set('check_in', {
      key: 'check_in',
      plural: 'check_ins',
      fields: [],
      described: true,
      order: 0,
    });
    checkEvidence(reading, 'daily check-ins with a note', []);
    expect([...reading.entities.keys()]).toEqual(['check_in']);
  });
});

describe('the evidence check on a finished reading', () => {
  it('merges a name read with its keyword into the resource a link named without it', () => {
    const reading = emptyReading();
    const field = readField('name')!;
    reading.entities.set('type_sensor', {
      key: 'type_sensor',
      plural: 'type_sensors',
      fields: [field],
      described: true,
      order: 0,
    });
    reading.entities.set('sensor', {
      key: 'sensor',
      plural: 'sensors',
      fields: [],
      described: false,
      order: 2,
    });
    reading.entities.set('type_reading', {
      key: 'type_reading',
      plural: 'type_readings',
      fields: [],
      described: true,
      order: 1,
    });
    reading.links.push({
      kind: 'belongs-to',
      child: 'type_reading',
      parent: 'sensor',
      because: '',
      stated: true,
    });
    const assumptions: { path: string; text: string }[] = [];
    checkEvidence(
      reading,
      'Type Sensor: name\nType Reading: value, sensor_id references Sensor',
      assumptions,
    );
    expect([...reading.entities.keys()].sort()).toEqual(['reading', 'sensor']);
    expect(reading.entities.get('sensor')).toMatchObject({ described: true, order: 0 });
    expect(reading.entities.get('sensor')!.fields.map((f) => f.name)).toEqual(['name']);
    expect(reading.links).toMatchObject([{ child: 'reading', parent: 'sensor' }]);
    expect(assumptions.map((a) => a.path)).toEqual(['sensor', 'reading']);
  });

  it('names resources without the schema keyword that declares them', async () => {
    const design = await plan(
      '- Entity Lender: name, email\n- Entity Drill: label, lender\n- Entity Handover: drill, date',
    );
    expect(names(design)).toEqual(['drill', 'handover', 'lender']);
    expect(links(design)).toEqual(
      expect.arrayContaining(['drill belongs-to lender', 'handover belongs-to drill']),
    );
  });

  it('names a resource without the connective or the verb of its sentence', async () => {
    const connective = await plan('We track kilns with a name. Moreover, glazes with a colour and a cone.');
    expect(names(connective)).toContain('glaze');
    const verb = await plan(
      'The museum tracks fossils: the name, the age and the site. Curators have a name.',
    );
    expect(names(verb)).toEqual(['curator', 'fossil']);
    expect(fieldNames(verb, 'fossil')).toEqual(expect.arrayContaining(['name', 'age', 'site']));
  });

  it('reads a field made of another resource and a preposition as a link to it', async () => {
    const design = await plan(
      'The salon has stylists, chairs and clients. Chairs have a number. A session is a client seeing a stylist at a chair, with a date and a price.',
    );
    expect(fieldNames(design, 'session')).not.toContain('stylist_at');
    expect(links(design)).toEqual(
      expect.arrayContaining(['session belongs-to stylist', 'session belongs-to chair']),
    );
  });
});

describe('the evidence check on fields and link names', () => {
  it("leaves out a unit left over from another field's phrase", async () => {
    const design = await plan('Canals have a name, how long it is in km and whether boats can moor.');
    expect(fieldNames(design, 'canal')).toContain('length_km');
    expect(fieldNames(design, 'canal')).not.toContain('in_km');
  });

  it('names a link after the resource when its role is the same kind of thing', async () => {
    const design = await plan(
      'We publish essays written by authors. For each essay we store the title and who wrote it. Authors have a name.',
    );
    expect(fieldNames(design, 'essay')).toContain('author_id');
    expect(fieldNames(design, 'essay')).not.toContain('writer_id');
    // Two roles of one kind keep their own names.
    const match = await plan('Matches have a date, a home team and an away team. Teams have a name.');
    expect(fieldNames(match, 'match')).toEqual(expect.arrayContaining(['home_team_id', 'away_team_id']));
  });
});

describe('fields read twice from one phrase', () => {
  it("leaves out a piece of another field's phrase", async () => {
    const design = await plan(
      'We lend out tents. Tents have a size, what it is used for and whether it is torn.',
    );
    expect(fieldNames(design, 'tent')).toContain('purpose');
    expect(fieldNames(design, 'tent')).not.toContain('used');
  });
});

describe('connectives opening a line', () => {
  it('reads a list item that opens with a connective as the resource it lists', async () => {
    const design = await plan(
      '- Members: name, email\n- Also boats: name, length, member\n- Besides, trips: date, boat',
    );
    expect(names(design)).toEqual(['boat', 'member', 'trip']);
    expect(links(design)).toEqual(expect.arrayContaining(['boat belongs-to member', 'trip belongs-to boat']));
  });
});

describe('places named inside a link phrase', () => {
  it('links a row to the other resource a preposition names in the phrase of its link', async () => {
    const design = await plan(
      'Workshops: a date, a coach at a gym, a level. Gyms have a name. Coaches have a name.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['workshop belongs-to coach', 'workshop belongs-to gym']),
    );
  });
});
