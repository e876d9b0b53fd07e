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
