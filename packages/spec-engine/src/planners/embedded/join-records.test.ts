import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const links = (design: Awaited<ReturnType<typeof plan>>) =>
  design.relations.map((r) => `${r.from}${r.kind === 'many-to-many' ? '<>' : '>'}${r.to}`).sort();

describe('a record defined by the two things it connects', () => {
  it('reads a participle in a list item as a join resource that belongs to both sides', async () => {
    const design = await plan(
      'Things to keep:\n1. Runners (name, club)\n2. Races (name, date, distance)\n3. Results linking a runner to a race',
    );
    expect(design.resources.map((r) => r.name)).toContain('result');
    expect(links(design)).toEqual(['result>race', 'result>runner']);
  });

  it('reads a relative clause ("that connect") and drops the direct link read from the same words', async () => {
    const design = await plan(
      'Players and tournaments, plus entries that connect a player with a tournament.',
    );
    expect(links(design)).toEqual(['entry>player', 'entry>tournament']);
  });

  it('reads the record as the subject of a sentence', async () => {
    const design = await plan('We keep dogs and walkers. Walks link a dog to a walker.');
    expect(links(design)).toEqual(['walk>dog', 'walk>walker']);
  });

  it('requires both links: a record that connects two things means nothing without either', async () => {
    const design = await plan('Members and classes. Bookings link a member to a class.');
    expect(
      design.relations
        .filter((relation) => relation.from === 'booking')
        .map((relation) => `${relation.to}:${String(relation.required)}`)
        .sort(),
    ).toEqual(['class:true', 'member:true']);
  });

  it('ends a side at a preposition ("a project with a role")', async () => {
    const design = await plan(
      'People have a name. Projects have a code. An assignment links a person to a project with a role.',
    );
    expect(design.resources.map((r) => r.name).sort()).toEqual(['assignment', 'person', 'project']);
    expect(links(design)).toEqual(['assignment>person', 'assignment>project']);
  });

  it('leaves people joining things to the readers of taking part', async () => {
    const design = await plan('Students can join many clubs and each club has many students.');
    expect(design.resources.map((r) => r.name).sort()).toEqual(['club', 'student']);
  });

  it('does not take a pronoun for a record', async () => {
    const design = await plan('Authors and books; it connects an author with a book.');
    expect(design.resources.map((r) => r.name).sort()).toEqual(['author', 'book']);
  });
});

describe('a record that links two things the knowledge base usually links to each other', () => {
  it('is their pairing: neither side gets the usual link to the other beside it', async () => {
    for (const prompt of [
      'Each rota entry connects a volunteer to a shift. Volunteers have a phone.',
      'Rota entries linking a volunteer to a shift. Shifts have a date.',
    ]) {
      const linked = links(await plan(prompt));
      expect(linked, prompt).not.toContain('shift>volunteer');
      expect(
        linked.filter((l) => l.endsWith('>volunteer') || l.endsWith('>shift')),
        prompt,
      ).toHaveLength(2);
    }
  });

  it('names a French, Spanish or German record of an assignment in English', async () => {
    for (const prompt of [
      'Une affectation relie un conducteur à un véhicule.',
      'Una asignación vincula un conductor a un vehículo.',
      'Eine Zuweisung verbindet einen Fahrer mit einem Fahrzeug.',
    ]) {
      const design = await plan(prompt);
      expect(
        design.resources.map((r) => r.name),
        prompt,
      ).toContain('assignment');
      expect(links(design), prompt).toEqual(['assignment>driver', 'assignment>vehicle']);
    }
  });
});
