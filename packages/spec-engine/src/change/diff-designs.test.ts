import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../design/api-design.js';
import { parseDesign } from '../design/validate-design.js';
import { fixtureDesigns } from '../openapi/fixtures.js';
import { diffDesigns } from './diff-designs.js';
import type { DesignDiff } from './types.js';

const petStore = () => parseDesign(fixtureDesigns['pet-store']);
const edited = (edit: (design: ApiDesign) => void): ApiDesign => {
  const design = structuredClone(petStore());
  edit(design);
  return parseDesign(design);
};
const pet = (design: ApiDesign) => design.resources.find((r) => r.name === 'pet')!;
const summary = (diff: DesignDiff) =>
  diff.changes.map((c) => `${c.kind} ${c.path}${c.destructive ? ' !' : ''}`);

// Generous: the first test loads the NLP model, the knowledge base and the compiler on a shared, loaded machine.
describe('diffDesigns', { timeout: 60_000 }, () => {
  it('finds nothing between a design and itself', () => {
    expect(diffDesigns(petStore(), petStore())).toEqual({ changes: [], destructive: false });
  });

  it('reads a vanished field as a drop plus an add, unless the rename is stated', () => {
    const after = edited((d) => (pet(d).fields.find((f) => f.name === 'bio')!.name = 'story'));
    expect(summary(diffDesigns(petStore(), after))).toEqual([
      'remove-field /resources/pet/fields/bio !',
      'add-field /resources/pet/fields/story',
    ]);
    const renamed = diffDesigns(petStore(), after, {
      renames: [{ kind: 'field', resource: 'pet', from: 'bio', to: 'story' }],
    });
    expect(summary(renamed)).toEqual(['rename-field /resources/pet/fields/bio']);
    expect(renamed.destructive).toBe(false);
    expect(renamed.changes[0]!.edit).toEqual({
      kind: 'rename-field',
      resource: 'pet',
      from: 'bio',
      to: 'story',
    });
  });

  it('renames a resource, its relations and its fields together when told so', () => {
    const after = edited((d) => {
      const animal = pet(d);
      animal.name = 'animal';
      animal.plural = 'animals';
      animal.fields.find((f) => f.name === 'age')!.name = 'years';
      d.relations = d.relations.map((r) => (r.from === 'pet' ? { ...r, from: 'animal' } : r));
    });
    const diff = diffDesigns(petStore(), after, {
      renames: [
        { kind: 'resource', from: 'pet', to: 'animal' },
        { kind: 'field', resource: 'animal', from: 'age', to: 'years' },
      ],
    });
    expect(summary(diff)).toEqual([
      'rename-resource /resources/pet',
      'rename-field /resources/animal/fields/age',
    ]);
    expect(diff.changes[0]!.edit).toMatchObject({
      from: 'pet',
      to: 'animal',
      fromPlural: 'pets',
      toPlural: 'animals',
    });
  });

  it('marks what loses or rejects stored data as destructive', () => {
    const after = edited((d) => {
      const fields = pet(d).fields;
      fields.find((f) => f.name === 'species')!.enumValues = ['dog', 'cat'];
      fields.find((f) => f.name === 'age')!.maximum = 30;
      fields.find((f) => f.name === 'bio')!.type = 'string';
      fields.find((f) => f.name === 'name')!.unique = true;
      fields.find((f) => f.name === 'born_at')!.required = true;
      fields.push({ name: 'chip', type: 'string', required: true, unique: false, readOnly: false });
      d.resources = d.resources.filter((r) => r.name !== 'owner');
      d.relations = [];
      for (const f of fields) if (f.name === 'owner_id') fields.splice(fields.indexOf(f), 1);
    });
    expect(summary(diffDesigns(petStore(), after))).toEqual([
      'remove-resource /resources/owner !',
      'change-constraint /resources/pet/fields/name/unique !',
      'change-enum /resources/pet/fields/species/enumValues !',
      'change-constraint /resources/pet/fields/age/maximum !',
      'change-type /resources/pet/fields/bio/type !',
      'change-required /resources/pet/fields/born_at/required !',
      'remove-field /resources/pet/fields/owner_id !',
      'add-field /resources/pet/fields/chip !',
      'remove-relation /relations/pet.owner_id->owner',
    ]);
  });

  it('keeps widening, new optional fields, relaxed bounds and new resources non-destructive', () => {
    const after = edited((d) => {
      const fields = pet(d).fields;
      fields.find((f) => f.name === 'species')!.enumValues!.push('fish');
      fields.find((f) => f.name === 'age')!.type = 'number';
      fields.find((f) => f.name === 'name')!.type = 'text';
      fields.push({
        name: 'vaccinated',
        type: 'boolean',
        required: true,
        default: false,
        unique: false,
        readOnly: false,
      });
      d.resources.push({
        name: 'toy',
        plural: 'toys',
        ownership: 'none',
        fields: [{ name: 'label', type: 'string', required: true, unique: false, readOnly: false }],
      });
      d.relations.push({ kind: 'belongs-to', from: 'toy', to: 'pet', required: false });
      d.auth = { type: 'bearer-jwt' };
    });
    const diff = diffDesigns(petStore(), after);
    expect(summary(diff)).toEqual([
      'change-type /resources/pet/fields/name/type',
      'change-enum /resources/pet/fields/species/enumValues',
      'change-type /resources/pet/fields/age/type',
      'add-field /resources/pet/fields/vaccinated',
      'add-resource /resources/toy',
      'add-relation /relations/toy.pet_id->pet',
      'change-auth /auth',
    ]);
    expect(diff.destructive).toBe(false);
  });
});
