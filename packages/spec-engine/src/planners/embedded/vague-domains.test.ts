import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { PromptError } from '../prompt-error.js';
import { matchDomain } from './domain-match.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`).sort();
const domainOf = (text: string) => matchDomain([text])?.domain.id;

describe('knowledge base: domains as data', () => {
  it('resolves every core word of every domain to an entity, in that domain’s sense', () => {
    const kb = knowledgeBase();
    for (const domain of kb.domains) {
      expect(domain.core).toHaveLength(domain.coreWords.length);
      domain.core.forEach((name) => expect(kb.entity(name), `${domain.id}: ${name}`).toBeDefined());
    }
    // A room at an escape room is a game room; elsewhere it is a hotel's.
    expect(kb.entityFor('room', 'escape_rooms')?.name).toBe('escape_room');
    expect(kb.entityFor('room')?.name).toBe('room');
    expect(kb.domain('escape_rooms')?.core).toEqual(['escape_room', 'group_booking', 'customer']);
  });
});

describe('matching a vague request to a domain', () => {
  it('tries the whole compound before its parts', () => {
    expect(domainOf('we need software for our tool library')).toBe('tool_library');
    expect(domainOf('an app for the cinema down the road')).toBe('cinema');
    expect(domainOf('backend for a bicycle repair business')).toBe('bike_repair');
  });

  it('lets a domain word win over a generic one, wherever it stands', () => {
    expect(domainOf('grooming salon for cats and dogs')).toBe('dog_grooming');
    expect(domainOf('inventory for a charity shop')).toBe('secondhand');
    expect(domainOf('reservation system for a caravan park')).toBe('campground');
  });

  it('finds no domain in generic words alone', () => {
    expect(domainOf('an app for my small business')).toBeUndefined();
    expect(domainOf('a hobby project')).toBeUndefined();
  });
});

describe('embedded planner: vague requests', () => {
  it('proposes the domain’s conventional design, its own records in place of a hotel’s', async () => {
    const design = await plan('we want to open an escape room, can you make the backend');
    expect(names(design)).toEqual(['booking', 'customer', 'room']);
    expect(links(design)).toEqual(['booking belongs-to customer', 'booking belongs-to room']);
    const booking = design.resources.find((r) => r.name === 'booking')!;
    expect(booking.fields.map((f) => f.name)).toContain('party_size');
    expect(booking.fields.map((f) => f.name)).not.toContain('check_out_date');
  });

  it('keeps the thing a rental business rents in the main record’s place', async () => {
    const design = await plan('canoe rental business');
    expect(names(design)).toEqual(['canoe', 'customer', 'rental']);
    expect(links(design)).toContain('rental belongs-to canoe');
  });

  it('completes a lone record named inside the phrase with the rest of its domain', async () => {
    const design = await plan('caravan park reservation system');
    expect(names(design)).toEqual(['campsite', 'guest', 'reservation']);
    expect(links(design)).toEqual(['reservation belongs-to campsite', 'reservation belongs-to guest']);
  });

  it('reads a generic word as the place the API is for, not a resource', async () => {
    const result = await planner.plan('an api for my phone repair business');
    expect(names(result.design)).toEqual(['customer', 'device', 'repair']);
    expect(links(result.design)).toContain('repair belongs-to device');
  });

  it('refuses a request whose only words are generic, with a rewrite', async () => {
    const error = await planner.plan('I would like an app for my hobby').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PromptError);
    expect((error as PromptError).code).toBe('prompt_unrecognised');
  });
});

describe('embedded planner: conventional designs of the thing offered, the customer and what links them', () => {
  it('proposes a racket club’s courts, members and bookings, and a golf club’s tee times', async () => {
    const club = await planner.plan('a backend for our badminton club');
    expect(names(club.design)).toEqual(['booking', 'court', 'member']);
    expect(links(club.design)).toEqual(['booking belongs-to court', 'booking belongs-to member']);
    expect(club.assumptions!.some((a) => a.path === 'design' && a.text.startsWith('chose racket_club'))).toBe(
      true,
    );
    expect(names(await plan('golf club app'))).toEqual(['member', 'tee_time']);
  });

  it('proposes a marketplace’s listings, the parties and the bids or applications that link them', async () => {
    const market = await plan('we want to run a freelancing platform');
    expect(names(market)).toEqual(['bid', 'client', 'freelancer', 'project']);
    expect(links(market)).toEqual(
      expect.arrayContaining([
        'bid belongs-to freelancer',
        'bid belongs-to project',
        'project belongs-to client',
      ]),
    );
    const jobs = await plan('jobs board for our city');
    expect(links(jobs)).toEqual(
      expect.arrayContaining(['application belongs-to candidate', 'application belongs-to job']),
    );
  });

  it('proposes who is served, who serves and the appointment between them', async () => {
    const nails = await plan('an app for my nail studio');
    expect(names(nails)).toEqual(['appointment', 'client', 'service', 'technician']);
    expect(links(nails)).toContain('appointment belongs-to technician');
    const cleaning = await plan('office cleaning company backend');
    expect(names(cleaning)).toEqual(['booking', 'cleaner', 'customer']);
    const training = await plan('personal training business');
    expect(links(training)).toEqual(['session belongs-to client', 'session belongs-to trainer']);
    const homes = await plan('homeowners association app');
    expect(links(homes)).toEqual(['fee belongs-to unit', 'homeowner belongs-to unit']);
  });
});

describe('embedded planner: terse requests name the things a container holds', () => {
  it('keeps the held things and drops the cellar, the collection and the inventory', async () => {
    const stamps = await planner.plan('stamp collection');
    expect(names(stamps.design)).toEqual(['stamp']);
    expect(stamps.design.resources[0]!.fields.map((f) => f.name)).toContain('country');
    expect(stamps.assumptions!.some((a) => a.text.startsWith('read "collection" as where'))).toBe(true);
    expect(names(await plan('our beer cellar'))).toEqual(['beer']);
    expect(names(await plan('sneakers and trading cards inventory'))).toEqual(['sneaker', 'trading_card']);
  });

  it('completes a held thing the knowledge base does not know as its container keeps things', async () => {
    const design = await plan('teapot collection');
    expect(names(design)).toEqual(['teapot']);
    expect(design.resources[0]!.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['name', 'condition', 'acquired_on']),
    );
    const pantry = await plan('hot sauce inventory');
    expect(pantry.resources[0]!.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['name', 'quantity']),
    );
  });

  it('leaves a log of what a domain keeps, and a shop’s inventory, to the domain', async () => {
    expect(names(await plan('habit tracker'))).toEqual(expect.arrayContaining(['habit', 'check_in']));
    expect(names(await plan('thrift store inventory'))).not.toContain('thrift_store');
  });
});
