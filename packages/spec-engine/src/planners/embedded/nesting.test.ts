import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readNesting } from './nesting.js';
import { readRequest } from './reader.js';

/** The links a request's sentences give once containment is read, as child>parent. */
const nested = (text: string) => {
  const { reading, sentences } = readRequest(text);
  readNesting(reading, sentences);
  return {
    entities: [...reading.entities.keys()].sort(),
    links: reading.links.filter((l) => l.kind === 'belongs-to').map((l) => `${l.child}>${l.parent}`),
  };
};

describe('readNesting', () => {
  it('nests each contained plural under its container, along a chain of clauses', () => {
    const { entities, links } = nested('binders contain sleeves, sleeves contain stamps');
    expect(entities).toEqual(['binder', 'sleeve', 'stamp']);
    expect(links).toEqual(expect.arrayContaining(['sleeve>binder', 'stamp>sleeve']));
  });

  it('reads "consists of", "is made up of" and "is divided into" as containment', () => {
    expect(nested('A festival consists of stages.').links).toContain('stage>festival');
    expect(nested('Each itinerary is made up of legs.').links).toContain('leg>itinerary');
    expect(nested('Every warehouse is divided into aisles.').links).toContain('aisle>warehouse');
  });

  it('splits clauses joined by "and" before another containment', () => {
    const { links } = nested('Quizzes include rounds and rounds include riddles.');
    expect(links).toEqual(expect.arrayContaining(['round>quiz', 'riddle>round']));
  });

  it('leaves fields with an article, and values of each pairing, to the other readers', () => {
    expect(nested('Albums include a title and a cover.').entities).toEqual(['album']);
    const { links } = nested('A kit contains several tools with a quantity each.');
    expect(links).not.toContain('tool>kit');
  });

  it('reads no container in the application or a pronoun', () => {
    const { links } = nested('The app contains walkers and dogs.');
    expect(links.some((l) => l.endsWith('>app'))).toBe(false);
  });

  it('turns round a link a field list read the other way', () => {
    const { links } = nested('Each drawer has a label. Cabinets contain drawers.');
    expect(links).toContain('drawer>cabinet');
    expect(links).not.toContain('cabinet>drawer');
  });
});

describe('containment in a request', () => {
  const planner = createEmbeddedPlanner();
  it('designs the contained things as resources nested under their containers', async () => {
    const { design } = await planner.plan('binders contain sleeves, sleeves contain stamps');
    expect(design.resources.map((r) => r.name).sort()).toEqual(['binder', 'sleeve', 'stamp']);
    expect(design.relations.map((r) => `${r.from}>${r.to}`).sort()).toEqual([
      'sleeve>binder',
      'stamp>sleeve',
    ]);
  });
});
