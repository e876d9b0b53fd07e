import { ForgeError } from '@smartapiforge/errors';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../design/api-design.js';
import { parseDesign } from '../design/validate-design.js';
import { compileOpenApi } from '../openapi/compile-openapi.js';
import { fixtureDesigns } from '../openapi/fixtures.js';
import { ChangeRequestError } from './change-request-error.js';
import { diffOpenApi } from './diff-openapi.js';
import { nextVersion } from './next-version.js';
import { planChange } from './plan-change.js';
import type { ChangePlan, DesignEdit } from './types.js';

const petStore = parseDesign(fixtureDesigns['pet-store']);
const shop = parseDesign({
  name: 'shop',
  title: 'Shop',
  resources: [
    {
      name: 'customer',
      plural: 'customers',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'name', type: 'string', required: true },
      ],
    },
    { name: 'order', plural: 'orders', fields: [{ name: 'total', type: 'number', minimum: 0 }] },
    {
      name: 'post',
      plural: 'posts',
      fields: [
        { name: 'title', type: 'string', required: true },
        { name: 'body', type: 'text' },
        { name: 'legacy_code', type: 'string' },
        { name: 'priority', type: 'string' },
      ],
    },
  ],
});

const plan = (design: ApiDesign, request: string) => planChange(design, request);
const brief = (edit: DesignEdit) => {
  const {
    definition: _definition,
    previous: _previous,
    ...rest
  } = edit as DesignEdit & { definition?: unknown; previous?: unknown };
  return rest;
};
const field = (result: ChangePlan, resource: string, name: string) =>
  result.design.resources.find((r) => r.name === resource)!.fields.find((f) => f.name === name);
const refusal = async (design: ApiDesign, request: string): Promise<ChangeRequestError> => {
  try {
    await plan(design, request);
  } catch (error) {
    if (error instanceof ChangeRequestError) return error;
    throw error;
  }
  throw new Error(`"${request}" was planned`);
};

// Generous: the first test loads the NLP model, the knowledge base and the compiler on a shared, loaded machine.
describe('the embedded change planner', { timeout: 60_000 }, () => {
  it('adds fields typed by their names, optional on a table that has rows: a minor, non-breaking change', async () => {
    const result = await plan(petStore, 'add an owner name and a vaccinated flag to pets');
    expect(result.edits.map(brief)).toEqual([
      { kind: 'add-field', resource: 'pet', field: 'owner_name' },
      { kind: 'add-field', resource: 'pet', field: 'vaccinated' },
    ]);
    expect(field(result, 'pet', 'owner_name')).toMatchObject({ type: 'string', required: false });
    expect(field(result, 'pet', 'vaccinated')).toMatchObject({ type: 'boolean', required: false });
    expect(result.planner).toBe('embedded');
    expect(parseDesign(result.design)).toEqual(result.design);
    const contract = diffOpenApi(compileOpenApi(petStore), compileOpenApi(result.design));
    expect(contract.breaking).toBe(false);
    expect(nextVersion(petStore.version, contract)).toBe('1.1.0');
  });

  it('types a field the knowledge base knows for that kind of resource, with a default for stored rows', async () => {
    const result = await plan(shop, 'orders need a status');
    expect(field(result, 'order', 'status')).toMatchObject({
      type: 'enum',
      required: false,
      default: 'pending',
    });
    expect(field(result, 'order', 'status')!.enumValues).toContain('shipped');
    expect(result.assumptions.map((a) => a.path)).toEqual(['order.status', 'order.status']);
    expect(result.assumptions[1]!.text).toMatch(/rows already stored get status = "pending"/);
  });

  it('keeps a required new field optional on stored rows and says why', async () => {
    const result = await plan(shop, 'add a required sku to orders');
    expect(field(result, 'order', 'sku')!.required).toBe(false);
    expect(
      result.assumptions.some((a) => /optional: the order rows already stored have no value/.test(a.text)),
    ).toBe(true);
  });

  it('renames a field found by its name alone, as a rename (values kept), not a drop and an add', async () => {
    const result = await plan(shop, 'rename body to content');
    expect(result.edits).toEqual([{ kind: 'rename-field', resource: 'post', from: 'body', to: 'content' }]);
    expect(result.renames).toEqual([{ kind: 'field', resource: 'post', from: 'body', to: 'content' }]);
  });

  it('drops a field named by part of its name, and says how it read it', async () => {
    const result = await plan(shop, 'drop the legacy field');
    expect(result.edits.map(brief)).toEqual([
      { kind: 'remove-field', resource: 'post', field: 'legacy_code' },
    ]);
    expect(result.assumptions).toEqual([
      { path: 'post.legacy_code', text: 'read "the legacy field" as post.legacy_code' },
    ]);
  });

  it('changes required-ness, uniqueness, enums, bounds and defaults', async () => {
    expect((await plan(shop, 'make email required')).edits).toEqual([
      { kind: 'change-required', resource: 'customer', field: 'email', required: true },
    ]);
    expect((await plan(shop, 'customer emails must be unique')).edits).toEqual([
      {
        kind: 'change-constraint',
        resource: 'customer',
        field: 'email',
        constraint: 'unique',
        from: false,
        to: true,
      },
    ]);
    const enumed = await plan(shop, 'priority should be one of low, normal, high');
    expect(field(enumed, 'post', 'priority')).toMatchObject({
      type: 'enum',
      enumValues: ['low', 'normal', 'high'],
    });
    expect((await plan(petStore, 'age should be between 0 and 30')).edits).toEqual([
      { kind: 'change-constraint', resource: 'pet', field: 'age', constraint: 'maximum', from: 40, to: 30 },
    ]);
    expect((await plan(petStore, 'species defaults to cat')).edits).toEqual([
      {
        kind: 'change-constraint',
        resource: 'pet',
        field: 'species',
        constraint: 'default',
        from: 'dog',
        to: 'cat',
      },
    ]);
    expect((await plan(petStore, 'add fish to the species values')).edits).toEqual([
      {
        kind: 'change-enum',
        resource: 'pet',
        field: 'species',
        from: ['dog', 'cat', 'bird'],
        to: ['dog', 'cat', 'bird', 'fish'],
      },
    ]);
  });

  it('adds a collection to a resource as a new resource that belongs to it, with the usual fields', async () => {
    const result = await plan(shop, 'add comments to posts');
    expect(result.edits.map(brief)).toEqual([
      { kind: 'add-resource', resource: 'comment' },
      {
        kind: 'add-relation',
        relation: { kind: 'belongs-to', from: 'comment', to: 'post', field: 'post_id', required: false },
      },
    ]);
    expect(result.design.resources.find((r) => r.name === 'comment')!.fields.map((f) => f.name)).toEqual([
      'body',
      'author_name',
      'post_id',
    ]);
  });

  it('reads "on/of/in/for <resource>" after a new name as whose field is renamed', async () => {
    const species = { kind: 'field', resource: 'pet', from: 'species', to: 'kind' };
    for (const request of [
      'rename species to kind on pets',
      'rename the species of pets to kind',
      'rename species to kind for the pets',
      'rename species as kind in pet',
      'pet species should be renamed to kind on pets',
    ]) {
      expect((await plan(petStore, request)).renames, request).toEqual([species]);
    }
    // A tail that names no resource stays part of the new name.
    expect((await plan(petStore, 'rename species to kind of animal')).renames).toEqual([
      { ...species, to: 'kind_of_animal' },
    ]);
    expect((await plan(petStore, 'rename species to kind of animal on pets')).renames).toEqual([
      { ...species, to: 'kind_of_animal' },
    ]);
    // The resource named after the new name picks among fields of the same name.
    expect((await plan(shop, 'rename name to full name on customers')).renames).toEqual([
      { kind: 'field', resource: 'customer', from: 'name', to: 'full_name' },
    ]);
  });

  it('reads several instructions in one request, resolving names renamed earlier in it', async () => {
    const result = await plan(
      petStore,
      'Rename pets to animals and make the pet name unique. Also require an API key.',
    );
    expect(result.edits.map(brief)).toEqual([
      { kind: 'rename-resource', from: 'pet', to: 'animal', fromPlural: 'pets', toPlural: 'animals' },
      {
        kind: 'change-constraint',
        resource: 'animal',
        field: 'name',
        constraint: 'unique',
        from: false,
        to: true,
      },
      { kind: 'change-auth', from: { type: 'none' }, to: { type: 'api-key' } },
    ]);
    expect(result.design.relations[0]).toMatchObject({ from: 'animal', to: 'owner' });
  });

  it('removes a resource with the links and keys that pointed at it', async () => {
    const result = await plan(petStore, 'remove owners');
    expect(result.edits.map((e) => e.kind)).toEqual(['remove-resource', 'remove-field', 'remove-relation']);
    expect(result.design.relations).toEqual([]);
  });

  it('refuses a request it cannot fully read, with what it understood and a rewrite it can', async () => {
    const error = await refusal(shop, 'rename body to content and make the posts sparkle');
    expect(error.code).toBe('change_not_understood');
    expect(error.message).toMatch(/Could not read "make the posts sparkle"/);
    expect(error.understood).toEqual([
      { kind: 'rename-field', resource: 'post', from: 'body', to: 'content' },
    ]);
    const rewrite = error.details['rewrite'] as string;
    expect(rewrite).toMatch(/^rename post body to content; /);
    // The proposed rewrite is one the planner reads.
    await expect(plan(shop, rewrite)).resolves.toBeDefined();
    expect(ForgeError.isInstance(error)).toBe(true);
  });

  it('refuses unknown names, ambiguous names, empty requests and no-ops with their own codes', async () => {
    expect((await refusal(shop, 'remove the colour field')).code).toBe('change_unknown_target');
    expect((await refusal(shop, 'add a colour to invoices')).message).toMatch(
      /no resource "invoices".*customers, orders, posts/,
    );
    const both = parseDesign({
      ...shop,
      resources: [
        ...shop.resources,
        { name: 'tag', plural: 'tags', fields: [{ name: 'title', type: 'string' }] },
      ],
    });
    const ambiguous = await refusal(both, 'make title unique');
    expect(ambiguous.code).toBe('change_ambiguous_target');
    expect(ambiguous.message).toMatch(/post\.title or tag\.title/);
    expect((await refusal(shop, '  ')).code).toBe('change_empty');
    expect((await refusal(petStore, 'make email required')).code).toBe('change_no_effect');
    expect((await refusal(petStore, 'remove id from pets')).code).toBe('change_invalid');
  });

  it('links to a resource the design has, and renames keys that follow a renamed resource', async () => {
    const linked = await plan(shop, 'add a customer to orders');
    expect(linked.edits.map(brief)).toEqual([
      { kind: 'add-field', resource: 'order', field: 'customer_id' },
      {
        kind: 'add-relation',
        relation: {
          kind: 'belongs-to',
          from: 'order',
          to: 'customer',
          field: 'customer_id',
          required: false,
        },
      },
    ]);
    const renamed = await plan(petStore, 'rename owners to people');
    expect(renamed.edits.map(brief)).toEqual([
      { kind: 'rename-resource', from: 'owner', to: 'person', fromPlural: 'owners', toPlural: 'people' },
      { kind: 'rename-field', resource: 'pet', from: 'owner_id', to: 'person_id' },
    ]);
    expect(renamed.design.relations).toEqual([
      { kind: 'belongs-to', from: 'pet', to: 'person', field: 'person_id', required: true },
    ]);
  });

  it('settles renames across a request: a field of a resource renamed later, a chain, a rename then a removal', async () => {
    const later = await plan(shop, 'rename body to content and rename posts to articles');
    expect(later.renames).toEqual([
      { kind: 'resource', from: 'post', to: 'article' },
      { kind: 'field', resource: 'article', from: 'body', to: 'content' },
    ]);
    expect(later.edits.map((e) => e.kind)).toEqual(['rename-resource', 'rename-field']);
    const chain = await plan(shop, 'rename body to content, then rename content to text_body');
    expect(chain.renames).toEqual([{ kind: 'field', resource: 'post', from: 'body', to: 'text_body' }]);
    const gone = await plan(shop, 'rename body to content and then remove content');
    expect(gone.renames).toEqual([]);
    expect(gone.edits.map(brief)).toEqual([{ kind: 'remove-field', resource: 'post', field: 'body' }]);
  });

  it('reads "it" as the field just named and a relative clause as part of its item', async () => {
    const it_ = await plan(shop, 'rename body to content and make it required');
    expect(it_.edits.map(brief)).toEqual([
      { kind: 'rename-field', resource: 'post', from: 'body', to: 'content' },
      { kind: 'change-required', resource: 'post', field: 'content', required: true },
    ]);
    const relative = await plan(shop, 'customers need a loyalty number, which must be unique');
    expect(relative.edits.map(brief)).toEqual([
      { kind: 'add-field', resource: 'customer', field: 'loyalty_number' },
    ]);
    expect(field(relative, 'customer', 'loyalty_number')).toMatchObject({ type: 'string', unique: true });
  });

  it('reads only what the words state: a name that implies a bound does not change the bound', async () => {
    const design = parseDesign({
      ...shop,
      resources: [
        ...shop.resources,
        {
          name: 'visit',
          plural: 'visits',
          fields: [{ name: 'duration_minutes', type: 'integer', minimum: 5 }],
        },
      ],
    });
    expect((await refusal(design, 'make duration optional')).code).toBe('change_no_effect');
    expect((await plan(design, 'duration should default to 30')).edits).toEqual([
      {
        kind: 'change-constraint',
        resource: 'visit',
        field: 'duration_minutes',
        constraint: 'default',
        to: 30,
      },
    ]);
  });

  it('links two resources many-to-many when each has many of the other', async () => {
    const design = parseDesign({
      ...petStore,
      resources: [
        ...petStore.resources,
        { name: 'toy', plural: 'toys', fields: [{ name: 'label', type: 'string' }] },
      ],
    });
    for (const request of [
      'pets and toys are many-to-many',
      'each pet has many toys and each toy has many pets',
    ]) {
      const result = await plan(design, request);
      // The pairs are stored in pet_toy, which the edits show being added with its two links.
      expect(
        result.edits.map((e) => (e.kind === 'add-resource' ? e.definition.name : e.kind)),
        request,
      ).toEqual(['pet_toy', 'add-relation', 'add-relation', 'add-relation']);
      expect(result.edits[1]).toEqual({
        kind: 'add-relation',
        relation: { kind: 'many-to-many', from: 'pet', to: 'toy', required: false, through: 'pet_toy' },
      });
      expect(diffOpenApi(compileOpenApi(design), compileOpenApi(result.design)).breaking).toBe(false);
      const unlinked = await plan(result.design, 'remove the link between pets and toys');
      expect(unlinked.design.resources.map((r) => r.name)).toEqual(design.resources.map((r) => r.name));
      expect(unlinked.design.relations).toEqual(design.relations);
    }
  });

  it('grows an enum from several phrasings', async () => {
    for (const request of [
      'species can also be fish',
      'allow fish as a species',
      'add fish to species',
      'pets can also be fish',
    ])
      expect((await plan(petStore, request)).edits, request).toEqual([
        {
          kind: 'change-enum',
          resource: 'pet',
          field: 'species',
          from: ['dog', 'cat', 'bird'],
          to: ['dog', 'cat', 'bird', 'fish'],
        },
      ]);
  });

  it('answers any text with a plan or a typed refusal, never a crash', async () => {
    const odd = [
      'DELETE FROM pets; --',
      '<script>alert(1)</script>',
      'add a',
      'rename to',
      'make',
      'ajouter un champ couleur aux animaux',
      `add ${'x '.repeat(400)}to pets`,
      'add a field called 123abc to pets',
      'remove name and email from owners',
      'make pets private',
      '🙂 add 🙂 to 🙂',
      'a'.repeat(5000),
    ];
    for (const request of odd) {
      const outcome = await plan(petStore, request).then(
        (result) => parseDesign(result.design),
        (error: unknown) => (ForgeError.isInstance(error) ? error.code : error),
      );
      expect(typeof outcome === 'string' ? outcome : 'planned', request).toMatch(/^(?:change_\w+|planned)$/);
    }
  });

  it('gives the same plan for the same request', async () => {
    const request = 'add an owner name and a vaccinated flag to pets';
    const stable = async () => JSON.stringify({ ...(await plan(petStore, request)), durationMs: 0 });
    expect(await stable()).toBe(await stable());
  });
});
