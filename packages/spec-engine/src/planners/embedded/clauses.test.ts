import { describe, expect, it } from 'vitest';
import { readClauses, type Clause, type NounGroup } from './clauses.js';
import { emptyReading } from './drafts.js';
import { addEntity, nounPhrase } from './mentions.js';
import { resolveGroup } from './resolver.js';

const group = (g: NounGroup | undefined) => g?.text;
/** Each clause as "subject verb object (prep group)…", with "<-" before a passive's agent. */
const shape = (c: Clause) =>
  [
    group(c.subject) ?? '_',
    c.verb.passive ? `${c.verb.lemma}(passive)` : c.verb.lemma,
    ...c.objects.map(group),
    ...(c.agent ? [`<- ${group(c.agent)}`] : []),
    ...c.preps.map((p) => `${p.prep} ${group(p.group)}`),
  ].join(' ');
const shapes = (sentence: string) => readClauses(sentence).map(shape);

describe('clause reader', () => {
  it('reads subject, verb, object and prepositional phrases, the verb even where the tagger takes it for a noun', () => {
    expect(shapes('Beekeepers inspect hives in apiaries')).toContain('beekeepers inspect hives in apiaries');
    expect(shapes('florists arrange bouquets for weddings')).toContain(
      'florists arrange bouquets for weddings',
    );
    expect(shapes('a tailor makes a suit')).toEqual(['tailor make suit']);
  });

  it('reads adverbs between a subject and its verb as part of the verb group', () => {
    expect(shapes('owners usually leave dogs for stays')).toEqual(['owners leave dogs for stays']);
    expect(readClauses('guests never pay deposits')[0]!.verb.negated).toBe(true);
  });

  it('reads a verb that ends in -ing without being a participle ("bring", "sing") as the verb', () => {
    expect(shapes('drivers bring parcels to depots')).toEqual(['drivers bring parcels to depots']);
    expect(shapes('choirs sing songs at concerts')).toEqual(['choirs sing songs at concerts']);
  });

  it('shares a subject across coordinated predicates and reads a pronoun object as the object before it', () => {
    expect(shapes('Movers pack boxes at houses and unload them at warehouses')).toEqual([
      'movers pack boxes at houses',
      'movers unload boxes at warehouses',
    ]);
  });

  it('reads passives with their agent and further places', () => {
    expect(shapes('Paintings are restored by conservators in workshops')).toEqual([
      'paintings restore(passive) <- conservators in workshops',
    ]);
    expect(shapes('Songs are composed by writers and recorded by bands')).toEqual([
      'songs compose(passive) <- writers',
      'songs record(passive) <- bands',
    ]);
  });

  it('reads a relative clause as acting on the noun it follows', () => {
    expect(shapes('we keep the essays that pupils hand in for each module')).toContain(
      'pupils hand essays for module',
    );
    expect(shapes('the climbers who lead expeditions')).toContain('climbers lead expeditions');
  });

  it('marks counts, values given each, and negation', () => {
    const [many] = readClauses('carpenters can join several guilds');
    expect(many!.objects[0]!.many).toBe(true);
    const [line] = readClauses('a crate holds many bottles with a price each');
    expect(line!.eachValues?.map(group)).toEqual(['price']);
    const [not] = readClauses("we don't keep receipts");
    expect(not!.verb.negated).toBe(true);
    const [count] = readClauses('vans have a number of seats');
    expect(count!.objects[0]!.measure).toBe(true);
  });

  it('gives an infinitive the doer a verb of letting names, and no clause otherwise', () => {
    expect(shapes('we want tutors to be able to publish courses')).toContain('tutors publish courses');
    expect(shapes('a label to print on the jar').some((s) => s.includes('print'))).toBe(false);
  });

  it('stays linear on long input', () => {
    const long = 'gardeners plant trees in parks and '.repeat(300);
    const started = performance.now();
    expect(readClauses(long).length).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('noun phrase resolver', () => {
  const reading = emptyReading();
  const florist = addEntity(reading, nounPhrase('florists')!, 0);
  florist.described = true;
  const at = (sentence: string) => readClauses(sentence)[0]!;

  it('maps a phrase to a declared resource, a new thing, a generic actor or nothing', () => {
    expect(resolveGroup(reading, at('the florist sells roses').subject!)).toEqual({
      kind: 'resource',
      entity: florist,
    });
    expect(resolveGroup(reading, at('the florist sells roses').objects[0]!).kind).toBe('thing');
    expect(resolveGroup(reading, at('people buy roses').subject!).kind).toBe('generic');
    expect(resolveGroup(reading, at('we buy roses').subject!).kind).toBe('generic');
    expect(resolveGroup(reading, at('florists record the price').objects[0]!).kind).toBe('none');
    expect(resolveGroup(reading, at('weddings take place').objects[0]!).kind).toBe('none');
  });

  it('takes users for a resource only once the request says something about them', () => {
    const own = emptyReading();
    const user = addEntity(own, nounPhrase('users')!, 0);
    expect(resolveGroup(own, at('users rate florists').subject!).kind).toBe('generic');
    user.described = true;
    expect(resolveGroup(own, at('users rate florists').subject!)).toEqual({ kind: 'resource', entity: user });
  });
});
