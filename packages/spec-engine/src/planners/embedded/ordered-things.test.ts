import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { withOrderAsPosition } from './ordered-things.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();

describe('things kept in an order', () => {
  it('are rows with a position, not a field named after the order', async () => {
    const design = (await planner.plan('Playlists have songs in order (title, artist).')).design;
    const song = design.resources.find((r) => r.name === 'song');
    expect(song?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['title', 'artist', 'position']));
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toContain('song>playlist');
  });

  it('keep a position the list names, and leave a purpose or a sort as written', () => {
    expect(withOrderAsPosition('routes have stops in sequence (name, seq)')).toBe(
      'routes have stops (name, seq)',
    );
    expect(withOrderAsPosition('recipes have steps in a fixed order')).toBe('recipes have steps');
    expect(withOrderAsPosition('we log repairs in order to bill customers')).toBe(
      'we log repairs in order to bill customers',
    );
    expect(withOrderAsPosition('users sort tasks in order of priority')).toBe(
      'users sort tasks in order of priority',
    );
  });
});
