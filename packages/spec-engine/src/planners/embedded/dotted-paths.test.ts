import { describe, expect, it } from 'vitest';
import { gatherDottedPaths } from './dotted-paths.js';
import { readPlan } from './read-plan.test-util.js';

const read = readPlan;

describe('gatherDottedPaths', () => {
  it('gathers the lines of each prefix into one note in braces where the first one was', () => {
    expect(
      gatherDottedPaths('Model:\nlesson.topic: string\nlesson.tutor -> Tutor\ntutor.rate: decimal\nthanks'),
    ).toBe('Model:\nlesson { topic: string, tutor: -> Tutor }\ntutor { rate: decimal }\nthanks');
  });

  it('leaves a request with a single dotted name unchanged', () => {
    const text = 'Store the config in settings.json and keep it simple';
    expect(gatherDottedPaths(text)).toBe(text);
    expect(gatherDottedPaths('v1.2: faster\nsee index.html')).toBe('v1.2: faster\nsee index.html');
  });

  it('splits several paths written on one line after a lead-in', () => {
    expect(gatherDottedPaths('Keep: crate.label, crate.shelf -> Shelf')).toBe(
      'Keep:\ncrate { label: string, shelf: -> Shelf }',
    );
  });
});

describe('dotted-path notation in a request', () => {
  it('reads resources from the prefixes, typed fields, and links from arrows', async () => {
    const { resources, links } = await read(
      'lesson.topic: string\nlesson.starts_at: datetime\nlesson.tutor -> Tutor\ntutor.full_name: string\ntutor.hourly_rate: decimal',
    );
    expect(resources).toEqual({
      lesson: ['topic', 'starts_at', 'tutor_id'],
      tutor: ['full_name', 'hourly_rate'],
    });
    expect(links).toEqual(['lesson>tutor']);
  });

  it('reads a capitalised type as a link and keeps modifiers as constraints', async () => {
    const { design } = await read(
      '- parcel.code: string unique\n- parcel.depot: Depot\n- depot.town: string',
    );
    const parcel = design.resources.find((r) => r.name === 'parcel')!;
    expect(parcel.fields.find((f) => f.name === 'code')).toMatchObject({ unique: true });
    expect(design.relations.map((r) => `${r.from}>${r.to}`)).toEqual(['parcel>depot']);
  });
});
