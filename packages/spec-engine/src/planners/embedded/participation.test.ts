import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

const sorted = (links: readonly string[]) => [...links].sort();

describe('"which things did something at each occasion": a pairing of many with many', () => {
  it('reads a verb of presence as an attendance belonging to both, never a link of one to one', async () => {
    const { resources, links } = await readPlan(
      'Seminars have a topic and a date. Members have a name. We log which members attended each seminar.',
    );
    expect(resources['attendance']).toBeDefined();
    expect(sorted(links)).toEqual(['attendance>member', 'attendance>seminar']);
    expect(resources['seminar']).toEqual(expect.arrayContaining(['topic', 'date']));
  });

  it('reads "showed up at" with a value of each pairing as that value of the attendance', async () => {
    const { resources, links } = await readPlan(
      'Rehearsals have a date. Actors have a name. We track which actors showed up at every rehearsal and how late they were.',
    );
    expect(sorted(links)).toEqual(['attendance>actor', 'attendance>rehearsal']);
    expect(resources['attendance']!.length).toBeGreaterThan(2);
    expect(resources['rehearsal']).not.toContain('actor_id');
  });

  it('names the record of another verb after both sides when each pairing has values', async () => {
    const { resources, links } = await readPlan(
      'For each regatta we store which boats raced and their finishing time. Regattas have a name and a harbour.',
    );
    expect(sorted(links)).toEqual(['regatta_boat>boat', 'regatta_boat>regatta']);
    expect(resources['regatta_boat']).toContain('finishing_time');
    expect(resources['regatta']).not.toContain('finishing_time');
  });

  it('links the two many-to-many when the pairing has no values', async () => {
    const { design } = await readPlan(
      'Exhibitions have a title. Painters have a name. We note which painters exhibited at each exhibition.',
    );
    const pairs = design.relations.map((r) => `${r.kind} ${[r.from, r.to].sort().join('+')}`);
    expect(pairs).toEqual(['many-to-many exhibition+painter']);
  });

  it('keeps a later clause after the pairing as what it says of its own subject', async () => {
    const { resources } = await readPlan(
      'we mark which kids came to each practice, and practices have a date and a field',
    );
    expect(resources['attendance']).not.toContain('date');
    expect(resources['practice']).toEqual(expect.arrayContaining(['date']));
  });
});

describe('"which" questions whose things are the object or the subject of their own clause', () => {
  it('reads "for each X, which Ys <subject> <verb>" as a many-to-many pairing, the subject no resource', async () => {
    const { resources, links } = await readPlan(
      'For each gala, which dances the troupe rehearses. Dances have a style. Galas have a venue.',
    );
    expect(links).toHaveLength(1);
    expect(links[0]!.split('>').sort()).toEqual(['dance', 'gala']);
    expect(resources['troupe']).toBeUndefined();
    expect(resources['dance']).toEqual(expect.arrayContaining(['style']));
  });

  it('reads the occasion after the clause and keeps its preposition out of the verb', async () => {
    const { design } = await readPlan(
      'I note which lakes we paddle on during every expedition. Lakes have a depth. Expeditions have a start date.',
    );
    const pairing = design.relations.find((r) => r.kind === 'many-to-many');
    expect([pairing?.from, pairing?.to].sort()).toEqual(['expedition', 'lake']);
  });

  it('makes a record of both, named after them, when the question asks for a value of each pairing', async () => {
    const { resources, links } = await readPlan(
      'For every batch, which hops the brewer adds and how many grams. Hops have a variety. Batches have a brew date.',
    );
    expect(sorted(links)).toEqual(['batch_hop>batch', 'batch_hop>hop']);
    expect(resources['batch_hop']).toContain('grams');
  });

  it('reads a subject that takes part itself ("which bands play")', async () => {
    const { design } = await readPlan(
      'For each fair, which vendors sell. Vendors have a stall number. Fairs have a date.',
    );
    const pairing = design.relations.find((r) => r.kind === 'many-to-many');
    expect([pairing?.from, pairing?.to].sort()).toEqual(['fair', 'vendor']);
  });

  it('leaves a "which" with no occasion of each, and a singular one, to other readers', async () => {
    const plain = await readPlan(
      'Guests tell us which rooms they like. Rooms have a floor. Guests have a name.',
    );
    expect(plain.design.relations.filter((r) => r.kind === 'many-to-many')).toEqual([]);
    const single = await readPlan('For each parcel, which depot it leaves from. Depots have a city.');
    expect(single.design.relations.filter((r) => r.kind === 'many-to-many')).toEqual([]);
  });
});

describe('the same questions asked in French', () => {
  it('reads a French question with "quels" as the English one', async () => {
    const { design } = await readPlan(
      'Pour chaque tournoi, quels arbitres participent. Les arbitres ont un nom. Les tournois ont une ville.',
    );
    const pairing = design.relations.find((r) => r.kind === 'many-to-many');
    expect([pairing?.from, pairing?.to].sort()).toEqual(['referee', 'tournament']);
    const helpers = await readPlan(
      'Nous notons quels bénévoles viennent à chaque marché. Les marchés ont une date.',
    );
    expect(Object.keys(helpers.resources)).toEqual(expect.arrayContaining(['attendance', 'volunteer']));
  });
});
