import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

const read = readPlan;

describe('self-references said in words', () => {
  it('reads "a coach, who is another player" as a link from the row to another of its kind', async () => {
    const { resources, links, design } = await read(
      'Each player has a name, a shirt number and a coach, who is another player.',
    );
    expect(resources.player).toEqual(['name', 'shirt_number', 'coach_id']);
    expect(links).toEqual(['player>player']);
    expect(design.relations[0]).toMatchObject({ field: 'coach_id', required: false });
  });

  it('reads "(also a …)" and "another …" after the field the same way', async () => {
    expect(
      (await read('Volunteers have a name and a buddy (also a volunteer).')).resources.volunteer,
    ).toEqual(['name', 'buddy_id']);
  });

  it('reads a field named after its own resource with a word before it (parent folder) as one', async () => {
    const { resources, links } = await read('Folders have a title and a parent folder.');
    expect(resources.folder).toEqual(['title', 'parent_id']);
    expect(links).toEqual(['folder>folder']);
  });

  it('adds no link where the request names no such field', async () => {
    const { links } = await read('Players have a name. Players compete against other players.');
    expect(links).toEqual([]);
  });
});
