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
      { kind: 'many-to-many', from: 'note', to: 'tag', required: false, through: 'note_tag' },
      { kind: 'belongs-to', from: 'note_tag', to: 'note', field: 'note_id', required: true },
      { kind: 'belongs-to', from: 'note_tag', to: 'tag', field: 'tag_id', required: true },
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

  it('stores a many-to-many relation in a join resource with a required reference to each side', () => {
    const design = parseDesign(notes);
    expect(design.resources.map((r) => r.name)).toEqual(['notebook', 'note', 'tag', 'note_tag']);
    expect(design.resources[3]).toEqual({
      name: 'note_tag',
      plural: 'note_tags',
      description: 'Links notes with tags: one row per linked pair.',
      ownership: 'none',
      fields: [
        {
          name: 'note_id',
          type: 'reference',
          references: 'note',
          required: true,
          unique: false,
          readOnly: false,
        },
        {
          name: 'tag_id',
          type: 'reference',
          references: 'tag',
          required: true,
          unique: false,
          readOnly: false,
        },
      ],
    });
  });

  it('stores pairs in the join resource the design names, adding only the references it lacks', () => {
    const design = parseDesign(
      withResources(
        [
          { name: 'student', plural: 'students', fields: [{ name: 'name', type: 'string' }] },
          { name: 'course', plural: 'courses', fields: [{ name: 'title', type: 'string' }] },
          {
            name: 'enrollment',
            plural: 'enrollments',
            fields: [
              { name: 'student_id', type: 'reference', references: 'student' },
              { name: 'grade', type: 'string' },
            ],
          },
        ],
        { relations: [{ kind: 'many-to-many', from: 'student', to: 'course', through: 'enrollment' }] },
      ),
    );
    expect(design.resources).toHaveLength(3);
    expect(design.resources[2]!.fields.map((f) => [f.name, f.required])).toEqual([
      ['student_id', false],
      ['grade', false],
      ['course_id', true],
    ]);
    expect(design.relations.map((r) => `${r.kind} ${r.from}>${r.to}`)).toEqual([
      'many-to-many student>course',
      'belongs-to enrollment>student',
      'belongs-to enrollment>course',
    ]);
  });

  it('leaves a resource linked with itself unexpanded: two links to one parent are not supported', () => {
    const design = parseDesign(
      withResources([{ name: 'person', plural: 'people', fields: [{ name: 'name', type: 'string' }] }], {
        relations: [{ kind: 'many-to-many', from: 'person', to: 'person' }],
      }),
    );
    expect(design.resources).toHaveLength(1);
    expect(design.relations).toEqual([
      { kind: 'many-to-many', from: 'person', to: 'person', required: false },
    ]);
  });

  it('makes the join owned when either side is owned', () => {
    const design = parseDesign({
      ...notes,
      auth: { type: 'api-key' },
      resources: notes.resources.map((r) => (r.name === 'note' ? { ...r, ownership: 'owner' } : r)),
    });
    expect(design.resources.find((r) => r.name === 'note_tag')!.ownership).toBe('owner');
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
  const pair = (relation: Record<string, unknown>, extra: ApiDesignInput['resources'] = []) =>
    withResources(
      [
        { name: 'post', plural: 'posts', fields: [{ name: 'title', type: 'string' }] },
        { name: 'tag', plural: 'tags', fields: [{ name: 'label', type: 'string' }] },
        ...extra,
      ],
      {
        relations: [
          { kind: 'many-to-many', from: 'post', to: 'tag', ...relation },
        ] as ApiDesignInput['relations'],
      },
    );

  it('reports a join resource that is one of its sides, or whose reference points elsewhere', () => {
    expect(issuesOf(pair({ through: 'tag' }))).toEqual([
      { path: 'relations[0].through', message: expect.stringMatching(/one of the two linked resources/) },
    ]);
    const wrong = issuesOf(
      pair({ through: 'tagging' }, [
        { name: 'tagging', plural: 'taggings', fields: [{ name: 'post_id', type: 'string' }] },
      ]),
    );
    expect(wrong).toEqual([
      {
        path: 'relations[0].through',
        message: expect.stringMatching(/"post_id" that is not a reference to post/),
      },
    ]);
  });

  it('reports a many-to-many link between two resources one of which already belongs to the other', () => {
    const both = pair({}, []);
    both.relations!.push({ kind: 'belongs-to', from: 'tag', to: 'post' });
    const issues = issuesOf(both);
    expect(issues).toEqual([
      {
        path: 'relations[0]',
        message: expect.stringMatching(/tag already belongs to post \(relations\[1\]\).*keep one/),
      },
    ]);
  });

  it('reports through on a relation that is not many-to-many', () => {
    const issues = issuesOf(pair({ kind: 'belongs-to', through: 'post_tag' }));
    expect(issues.map((i) => i.path)).toEqual(['relations[0].through']);
  });

  it('reports a problem of an added join resource on the relation that added it', () => {
    const issues = issuesOf(
      withResources(
        [
          { name: 'post', plural: 'posts', fields: [{ name: 'title', type: 'string' }] },
          { name: 'tag', plural: 'tags', fields: [{ name: 'label', type: 'string' }] },
          { name: 'label', plural: 'post_tags', fields: [{ name: 'text', type: 'string' }] },
        ],
        { relations: [{ kind: 'many-to-many', from: 'post', to: 'tag' }] },
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('relations[0]');
    expect(issues[0]!.message).toMatch(
      /join resource "post_tag".*duplicate plural "post_tags".*set "through"/,
    );
  });

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
