import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { runContractSuite, scaffoldExpress } from '../../src/index.js';
import { serveProject } from '../support/serve-project.js';

/**
 * A record made of links alone (a booking of one member into one class) has nothing to change but its
 * links. The suite's malformed-key cases must still send a body the contract accepts, so that only the
 * key is wrong: a served API that checks the body first is right to refuse an empty one with 422.
 */
const design = parseDesign({
  name: 'gym',
  title: 'Gym API',
  description: 'Members book classes.',
  resources: [
    {
      name: 'member',
      plural: 'members',
      fields: [
        { name: 'name', type: 'string', required: true },
        { name: 'email', type: 'email', required: true },
      ],
    },
    {
      name: 'gym_class',
      plural: 'gym_classes',
      fields: [
        { name: 'title', type: 'string', required: true },
        { name: 'starts_at', type: 'datetime', required: true },
      ],
    },
    {
      name: 'booking',
      plural: 'bookings',
      fields: [
        { name: 'member_id', type: 'reference', references: 'member', required: true },
        { name: 'gym_class_id', type: 'reference', references: 'gym_class', required: true },
      ],
    },
  ],
  relations: [
    { kind: 'belongs-to', from: 'booking', to: 'member', field: 'member_id', required: true },
    { kind: 'belongs-to', from: 'booking', to: 'gym_class', field: 'gym_class_id', required: true },
  ],
});

describe('the contract suite on a record made of links alone', () => {
  it('refuses malformed keys with a body that is valid but for the key, and passes a generated API', async () => {
    const openapi = compileOpenApi(design);
    const served = await serveProject(scaffoldExpress(design, openapi), {});
    try {
      const report = await runContractSuite({ openapi, baseUrl: served.baseUrl });
      expect(report.cases.filter((item) => item.status === 'failed')).toEqual([]);
      const malformed = report.cases.find(
        (item) => item.name === 'PATCH /bookings/{id}: malformed keys and %-escapes are refused, not a crash',
      );
      expect(malformed?.status).toBe('passed');
    } finally {
      await served.stop();
    }
  }, 120_000);
});
