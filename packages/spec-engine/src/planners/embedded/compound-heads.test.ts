import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => (await planner.plan(prompt)).design;
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldsOf = (design: ApiDesign, name: string) =>
  design.resources.find((r) => r.name === name)?.fields.map((f) => f.name) ?? [];

describe('a resource named by a generic head alone', () => {
  it('takes the compound the request writes for it', async () => {
    const reports = await plan('We track incident reports. Each report has a severity and a description.');
    expect(names(reports)).toEqual(['incident_report']);
    expect(fieldsOf(reports, 'incident_report')).toEqual(['severity', 'description']);
    const requests = await plan('Tenants send repair requests. A request has a description and a status.');
    expect(names(requests)).toEqual(['repair_request', 'tenant']);
    expect(fieldsOf(requests, 'repair_request')).toContain('tenant_id');
  });

  it('keeps the head where the request also writes it alone, or where the modifier says whose it is', async () => {
    const kinds = await plan(
      'Machines log readings. Each reading has a value. Temperature readings have a unit.',
    );
    expect(names(kinds)).toContain('reading');
    const owned = await plan('Sensors have a name. Sensor readings have a value and a time.');
    expect(names(owned)).toEqual(['sensor', 'sensor_reading']);
    expect(fieldsOf(owned, 'sensor_reading')).toContain('sensor_id');
  });
});

describe('a heading followed by "each has"', () => {
  it('reads the sentence after the colon as said of each of the heading’s things', async () => {
    const reports = await plan('Incident reports: each has a severity and a description.');
    expect(names(reports)).toEqual(['incident_report']);
    expect(fieldsOf(reports, 'incident_report')).toEqual(['severity', 'description']);
    const vans = await plan('Vans - every one has a plate and belongs to a depot. Depots have a city.');
    expect(fieldsOf(vans, 'van')).toEqual(['plate', 'depot_id']);
  });

  it('after a clause, reads it as said of each of the clause’s object', async () => {
    const bikes = await plan('We track bikes: each has a frame size and a colour.');
    expect(fieldsOf(bikes, 'bike')).toEqual(expect.arrayContaining(['frame_size', 'colour']));
    const reports = await plan('We track incident reports: each has a severity and a description.');
    expect(names(reports)).toEqual(['incident_report']);
  });
});
