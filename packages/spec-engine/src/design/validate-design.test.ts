import { describe, expect, it } from 'vitest';
import type { ApiDesignInput } from './api-design.js';
import { DesignValidationError } from './design-validation-error.js';
import { apiDesignJsonSchema, parseDesign } from './validate-design.js';

const notes: ApiDesignInput = {
  name: 'notes',
  title: 'Notes API',
  resources: [
    { name: 'notebook', plural: 'notebooks', fields: [{ name: 'title', type: 'string', required: true }] },
    {
      name: 'note',
      plural: 'notes',
      fields: [
        { name: 'title', type: 'string' },
        { name: 'status', type: 'enum', enumValues: ['draft', 'published'], default: 'draft' },
      ],
    },
    { name: 'tag', plural: 'tags', fields: [{ name: 'label', type: 'string', unique: true }] },
  ],
  relations: [
    { kind: 'has-many', from: 'notebook', to: 'note', required: true },
    { kind: 'many-to-many', from: 'note', to: 'tag' },
  ],
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  try {
    parseDesign(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DesignValidationError);
    const e = error as DesignValidationError;
    expect(e.code).toBe('invalid_design');
    expect(e.details['issues']).toEqual(e.issues);
    return [...e.issues];
  }
  throw new Error('expected parseDesign to throw');
}

function withResources(
  resources: ApiDesignInput['resources'],
  extra: Partial<ApiDesignInput> = {},
): ApiDesignInput {
  return { name: 'x', title: 'X', resources, ...extra };
}

describe('parseDesign: normalisation', () => {
  it('turns has-many into belongs-to with a required reference field on the child', () => {
    const design = parseDesign(notes);
    expect(design.relations).toEqual([
      { kind: 'belongs-to', from: 'note', to: 'notebook', field: 'notebook_id', required: true },
      { kind: 'many-to-many', from: 'note', to: 'tag', required: false },
    ]);
    expect(design.resources[1]!.fields.at(-1)).toEqual({
      name: 'notebook_id',
      type: 'reference',
      references: 'notebook',
      required: true,
      unique: false,
      readOnly: false,
    });
  });

  it('adds the relation for a reference field declared without one', () => {
    const design = parseDesign(
      withResources([
        { name: 'team', plural: 'teams', fields: [{ name: 'name', type: 'string' }] },
        {
          name: 'player',
          plural: 'players',
          fields: [{ name: 'club_id', type: 'reference', references: 'team' }],
        },
      ]),
    );
    expect(design.relations).toEqual([
      { kind: 'belongs-to', from: 'player', to: 'team', field: 'club_id', required: false },
    ]);
    expect(design.resources[1]!.fields).toHaveLength(1);
  });

  it('merges a link stated from both sides and keeps required on relation and field in step', () => {
    const design = parseDesign({
      ...notes,
      relations: [
        { kind: 'belongs-to', from: 'note', to: 'notebook' },
        { kind: 'has-many', from: 'notebook', to: 'note', required: true },
      ],
    });
    expect(design.relations).toEqual([
      { kind: 'belongs-to', from: 'note', to: 'notebook', field: 'notebook_id', required: true },
    ]);
    expect(design.resources[1]!.fields.filter((f) => f.name === 'notebook_id')).toHaveLength(1);
  });

  it('is idempotent and deterministic', () => {
    const once = parseDesign(notes);
    expect(parseDesign(once)).toEqual(once);
    expect(JSON.stringify(parseDesign(structuredClone(notes)))).toBe(JSON.stringify(once));
  });

  it('does not mutate its input', () => {
    const input = structuredClone(notes);
    parseDesign(input);
    expect(input).toEqual(notes);
  });
});

describe('parseDesign: problems', () => {
  it('reports schema errors with code-like paths', () => {
    const input = {
      name: 'x',
      title: 'X',
      resources: [{ name: 'Pet', plural: 'pets', fields: [{ name: 'name', type: 'strin' }] }],
    };
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(['resources[0].name', 'resources[0].fields[0].type']);
  });

  it('lists every semantic problem at once', () => {
    const issues = issuesOf(
      withResources(
        [
          {
            name: 'booking',
            plural: 'bookings',
            ownership: 'owner',
            fields: [
              { name: 'class', type: 'string' },
              { name: 'seat', type: 'string' },
              { name: 'seat', type: 'string' },
              { name: 'id', type: 'uuid' },
              { name: 'status', type: 'enum' },
              { name: 'rating', type: 'integer', minimum: 5, maximum: 1 },
              { name: 'level', type: 'enum', enumValues: ['low', 'high'], default: 'medium' },
              { name: 'stars', type: 'integer', maximum: 5, default: 6 },
              { name: 'count', type: 'integer', default: 1.5 },
              { name: 'flight_id', type: 'reference', references: 'flight' },
            ],
          },
          { name: 'booking', plural: 'bookings', fields: [{ name: 'from', type: 'string' }] },
        ],
        { relations: [{ kind: 'belongs-to', from: 'booking', to: 'passenger' }] },
      ),
    );
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath['resources[0].ownership']).toMatch(/auth\.type/);
    expect(byPath['resources[0].fields[0].name']).toMatch(
      /reserved word in JavaScript\/TypeScript, Python.*"booking_class"/,
    );
    expect(byPath['resources[0].fields[2].name']).toMatch(/duplicate field name "seat"/);
    expect(byPath['resources[0].fields[3].name']).toMatch(/added to every resource/);
    expect(byPath['resources[0].fields[4].enumValues']).toMatch(/needs enumValues/);
    expect(byPath['resources[0].fields[5].minimum']).toMatch(/greater than maximum/);
    expect(byPath['resources[0].fields[6].default']).toMatch(/must be one of "low", "high"/);
    expect(byPath['resources[0].fields[7].default']).toMatch(/at most 5/);
    expect(byPath['resources[0].fields[8].default']).toMatch(/whole number/);
    expect(byPath['resources[0].fields[9].references']).toMatch(/"flight" is not a resource/);
    expect(byPath['resources[1].name']).toMatch(/duplicate resource name/);
    expect(byPath['resources[1].plural']).toMatch(/duplicate plural/);
    expect(byPath['resources[1].fields[0].name']).toMatch(/SQL.*rename/);
    expect(byPath['relations[0].to']).toMatch(/"passenger" is not a resource/);
  });

  it('rejects a second link between the same child and parent, which would make the nested route ambiguous', () => {
    const issues = issuesOf(
      withResources([
        { name: 'team', plural: 'teams', fields: [{ name: 'name', type: 'string' }] },
        {
          name: 'match',
          plural: 'matches',
          fields: [
            { name: 'home_team_id', type: 'reference', references: 'team' },
            { name: 'away_team_id', type: 'reference', references: 'team' },
          ],
        },
      ]),
    );
    expect(issues).toEqual([
      { path: 'resources[1].fields[1]', message: expect.stringMatching(/uuid field instead/) },
    ]);
  });

  it('accepts keywords as resource names and refuses names every object inherits', () => {
    const issues = issuesOf(
      withResources([
        { name: 'class', plural: 'classes', fields: [{ name: 'name', type: 'string' }] },
        { name: 'package', plural: 'packages', fields: [{ name: 'name', type: 'string' }] },
        { name: 'prototype', plural: 'prototypes', fields: [{ name: 'name', type: 'string' }] },
      ]),
    );
    expect(issues).toEqual([
      { path: 'resources[2].name', message: expect.stringMatching(/"prototype" cannot name a resource/) },
    ]);
  });

  it('rejects names whose generated schema names collide', () => {
    const issues = issuesOf(
      withResources([
        { name: 'problem', plural: 'problems', fields: [{ name: 'name', type: 'string' }] },
        { name: 'pet', plural: 'pets', fields: [{ name: 'name', type: 'string' }] },
        { name: 'pet_list', plural: 'pet_lists', fields: [{ name: 'name', type: 'string' }] },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual(['resources[0].name', 'resources[2].name']);
  });

  it('checks examples and pattern fields so compiled examples always validate', () => {
    const issues = issuesOf(
      withResources([
        {
          name: 'airport',
          plural: 'airports',
          fields: [
            { name: 'code', type: 'string', pattern: '^[A-Z]{3}$' },
            { name: 'website', type: 'url', example: 'not a url' },
          ],
        },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'resources[0].fields[0].example',
      'resources[0].fields[1].example',
    ]);
  });
});

describe('apiDesignJsonSchema', () => {
  it('describes the input shape, with defaulted fields optional', () => {
    const schema = apiDesignJsonSchema() as {
      $schema: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['name', 'title', 'resources']);
    expect(Object.keys(schema.properties)).toContain('relations');
  });
});
