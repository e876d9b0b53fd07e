import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
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

describe('a compound mentioned in prose whose head the knowledge base knows', () => {
  it('keeps a modifier that says what kind of thing it is, and completes it from the head', async () => {
    const club = await plan(
      'Our rowing club needs committee members and their expense claims. An expense claim has an amount.',
    );
    expect(names(club)).toEqual(['committee_member', 'expense_claim']);
    expect(fieldsOf(club, 'committee_member')).toContain('name');
    expect(fieldsOf(club, 'expense_claim')).toContain('committee_member_id');
    const depot = await plan('The depot employs delivery drivers, and each delivery driver has a licence.');
    expect(names(depot)).toEqual(['delivery_driver']);
    const board = await plan('Our board members vote on proposals.');
    expect(names(board)).toContain('board_member');
  });

  it('drops a modifier that names a business keeping the head, an adjective, or a compound naming a business', async () => {
    const studio = await plan('we offer guitar lessons to students');
    expect(names(studio)).toEqual(['lesson', 'student']);
    const moods = await plan('Members of the habit group post daily check-ins.');
    expect(names(moods)).toEqual(['check_in', 'member']);
    const clinic = await plan('clinic patients and their appointments');
    expect(names(clinic)).toEqual(['appointment', 'patient']);
  });
});

describe('a compound completed from the knowledge base', () => {
  it('takes no fields from a head with several senses that the request does not choose between', async () => {
    const tickets = await plan('Residents hold maintenance tickets.');
    expect(names(tickets)).toContain('maintenance_ticket');
    expect(fieldsOf(tickets, 'maintenance_ticket')).not.toContain('seat_number');
  });

  it('still completes a compound whose head has one sense', async () => {
    const drivers = await plan('The depot employs delivery drivers.');
    expect(fieldsOf(drivers, 'delivery_driver')).toContain('license_number');
  });
});
