import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readEndpointLine } from './endpoints.js';

const planner = createEmbeddedPlanner();

describe('endpoint lines', () => {
  it('makes each segment after a parameter belong to the one before it, at any depth', () => {
    expect(readEndpointLine('GET /api/v2/farms/{farmId}/fields/{fieldId}/crops').chains).toEqual([
      ['farms', 'fields', 'crops'],
    ]);
    expect(readEndpointLine('/clubs/:clubId/courts and /clubs/:id/coaches').chains).toEqual([
      ['clubs', 'courts'],
      ['clubs', 'coaches'],
    ]);
    // "/orders/{id}/cancel": no parameter before the last segment, so it is no child of the order.
    expect(readEndpointLine('POST /orders/{id}/cancel').chains).toEqual([['orders', 'cancel']]);
    expect(readEndpointLine('POST /carts/checkout').chains).toEqual([['carts'], ['checkout']]);
  });

  it('counts a path without a method only with a parameter or on a line of its own', () => {
    expect(readEndpointLine('/kennels').chains).toEqual([['kennels']]);
    expect(readEndpointLine('the answer is yes /no maybe').chains).toEqual([]);
  });

  it('drops the words that only lead in to a list of paths', () => {
    expect(readEndpointLine('Nested routes: /hubs/{id}/docks').rest).toBe('');
    expect(readEndpointLine('- GET /hubs').rest).toBe('');
    expect(readEndpointLine('Docks have a number and a length /docks/{id}').rest.trim()).toBe(
      'Docks have a number and a length',
    );
  });

  it('plans nested resources from endpoint lists, and never a resource named route or endpoint', async () => {
    const { design } = await planner.plan(
      'Routes:\n/museums\n/museums/{mid}/rooms\n/museums/{mid}/rooms/{rid}/exhibits\nExhibits have a title and a year.',
    );
    expect(design.resources.map((r) => r.name).sort()).toEqual(['exhibit', 'museum', 'room']);
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toEqual(
      expect.arrayContaining(['exhibit>room', 'room>museum']),
    );
  });
});

describe('a JSON example after its endpoint', () => {
  it("reads the example as the path's resource whatever words introduce it", async () => {
    for (const prompt of [
      'POST /refunds with body {"order_id": 4, "amount": 12.5, "reason": "damaged"}',
      'POST /refunds, request payload: {"order_id": 4, "amount": 12.5, "reason": "damaged"}',
      'POST /refunds takes a JSON body like {"order_id": 4, "amount": 12.5, "reason": "damaged"}',
    ]) {
      const { design } = await planner.plan(prompt);
      const refund = design.resources.find((r) => r.name === 'refund');
      expect(refund?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['amount', 'reason']));
      expect(design.resources.map((r) => r.name)).not.toContain('body');
      expect(design.resources.map((r) => r.name)).not.toContain('payload');
    }
  });
});
