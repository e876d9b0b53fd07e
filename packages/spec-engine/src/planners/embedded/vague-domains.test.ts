import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { knowledgeBase } from '../../knowledge/knowledge-base.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { PromptError } from '../prompt-error.js';
import { matchDomain } from './domain-match.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => (await planner.plan(prompt)).design;
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
