import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

// Requests written for these tests; none comes from the eval sets.
describe('values a sentence says are rows of another resource', () => {
  it('links each listed role to the resource the sentence names', async () => {
    const { resources, links } = await readPlan(
      'Gift swap\n- Gift: description, price, giver, receiver\n- Relative: name, birthday\nThe giver and the receiver are both relatives.',
    );
    expect(links).toContain('gift>relative');
    expect(resources.gift).toEqual(expect.arrayContaining(['giver_id', 'receiver_id', 'description']));
    expect(resources.gift).not.toContain('giver');
  });

  it('keeps to the resource an "of" phrase names', async () => {
    const { resources, links } = await readPlan(
      'Quiz app\n- Rounds: topic, winner\n- Teams: name\n- Prizes: label, winner\nThe winner of a round is a team.',
    );
    expect(links).toContain('round>team');
    expect(resources.prize).toContain('winner');
  });

  it('leaves a sentence about a kind the request does not keep alone', async () => {
    const { resources } = await readPlan('Letters: sender, recipient, sent on. The sender is a person.');
    expect(resources.letter).toEqual(expect.arrayContaining(['sender', 'recipient']));
  });
});

describe('two values named by roles before one noun', () => {
  it('links both to the resource the request writes with that noun', async () => {
    const { resources, links } = await readPlan(
      'We move kegs between cold rooms. A keg has a serial and a size. Every move records the origin room, the target room and the date.',
    );
    expect(links.filter((l) => /^move>\w*room$/.test(l))).toHaveLength(1);
    expect(resources.move).toEqual(expect.arrayContaining(['origin_room_id', 'target_room_id', 'date']));
  });

  it('keeps them values where the noun is a value or no resource', async () => {
    const { resources } = await readPlan('Leases have a start and end date and a rent.');
    expect(resources.lease).toEqual(expect.arrayContaining(['start_date', 'end_date']));
    const subtitles = await readPlan('Captions have a source language, a target language and a text.');
    expect(subtitles.resources.caption).toEqual(
      expect.arrayContaining(['source_language', 'target_language']),
    );
  });

  it('reads "from a <role> X to a <role> X" as two links to X', async () => {
    const shuttle = await readPlan(
      'shuttle app: stops (name), shuttle runs from a pickup stop to a dropoff stop with a fare',
    );
    expect(shuttle.links).toContain('shuttle_run>stop');
    expect(shuttle.resources.shuttle_run).toEqual(
      expect.arrayContaining(['pickup_stop_id', 'dropoff_stop_id']),
    );
    const flights = await readPlan('charter flights from a departure airfield to an arrival airfield');
    expect(Object.keys(flights.resources).sort()).toEqual(['airfield', 'charter_flight']);
  });
});
