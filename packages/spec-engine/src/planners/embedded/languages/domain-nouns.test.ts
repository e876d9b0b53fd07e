import { describe, expect, it } from 'vitest';
import { translate } from '../language.js';
import { rewriteEnglish } from './constructions.js';
import { domainNouns } from './domain-nouns-data.js';
import { nounForms, vocabularyOf } from './morphology.js';

const fr = (text: string) => translate(text, 'fr').replace(/\s+/g, ' ').trim();
const es = (text: string) => translate(text, 'es').replace(/\s+/g, ' ').trim();
const de = (text: string) => translate(text, 'de').replace(/\s+/g, ' ').trim();

describe('the everyday-noun glossary', () => {
  it('writes each entry as a dictionary form, lower case without accents, and its English words', () => {
    for (const [language, source] of Object.entries(domainNouns)) {
      const entries = source
        .split(';')
        .map((entry) => entry.trim())
        .filter(Boolean);
      expect(entries.length, language).toBeGreaterThan(600);
      for (const entry of entries)
        expect(entry, `${language}: ${entry}`).toMatch(/^[a-z][a-z' -]*(?:\/[a-z]+)?=[a-z][a-z -]*$/);
    }
  });

  it('takes an irregular plural written after the singular, and the German dative plural of it', () => {
    expect(nounForms('museum/museen', 'de')).toEqual(['museum', 'museen']);
    expect(nounForms('kind/kinder', 'de')).toEqual(['kind', 'kinder', 'kindern']);
    expect(vocabularyOf('fr').get('bijoux')).toMatchObject({ pos: 'noun', english: 'jewel', plural: true });
  });

  it("never lets a plural the rules derive hide one of the vocabulary's verbs", () => {
    expect(vocabularyOf('de').get('teilen')).toMatchObject({ pos: 'verb', english: 'share' });
    expect(vocabularyOf('de').get('teile')).toMatchObject({ pos: 'noun', english: 'part', plural: true });
  });

  it("keeps the knowledge base's sense of a word it names an entity with, also as a modifier", () => {
    expect(fr('une plateforme de cours en ligne')).toBe('a course platform online');
    expect(vocabularyOf('fr').get('cours')).toBeUndefined();
  });

  it('renders the common nouns of trades the knowledge base does not name as entities', () => {
    expect(fr('les parcelles ont une surface et un type de sol')).toBe(
      'the plots have a surface and a soil type',
    );
    expect(es('las vacas tienen un crotal')).toBe('the cows have an ear tag');
    expect(de('die Werkstätten und die Fahrlehrer')).toBe('the workshops and the driving instructors');
  });
});

describe('animals, vehicles and household things', () => {
  it('renders the common ones of each language, singular and plural', () => {
    expect(fr('les ânes, les perroquets, les fourgons et les aspirateurs')).toBe(
      'the donkeys, the parrots, the vans and the vacuum cleaners',
    );
    expect(es('los burros, las tortugas, los tranvías y las lavadoras')).toBe(
      'the donkeys, the tortoises, the trams and the washing machines',
    );
    expect(de('die Esel, die Meerschweinchen, die Wohnmobile und die Kühlschränke')).toMatch(
      /^the donkeys?, the guinea pigs?, the camper vans? and the fridges?$/,
    );
  });

  it('leaves out the words whose everyday sense in requests is another one', () => {
    // "Leiter" is a manager before it is a ladder, "Herde" a herd, "platos" a restaurant's dishes.
    expect(de('der Leiter')).toBe('the manager');
    expect(vocabularyOf('es').get('plato')?.english).not.toBe('plate');
  });

  it("reads a French or Spanish false friend by the knowledge base's sense in that language", () => {
    expect(fr('les chats ont un nom')).toBe('the cats have a name');
    expect(fr('un chat')).toBe('a cat');
    // Words the knowledge base gives several entities in French keep their English sense.
    expect(fr('les articles ont un titre')).toBe('the articles have a title');
    expect(fr('les clients ont un nom')).toBe('the clients have a name');
  });
});

describe('"which" before a noun', () => {
  it('renders the interrogative determiner of each language', () => {
    expect(fr('quelles voitures')).toBe('which cars');
    expect(es('cuáles coches')).toBe('which cars');
    expect(de('welche Autos')).toBe('which cars');
  });
});

describe('verbs left out of a second conjunct', () => {
  it('gives a gapped conjunct its verb back, as a sentence of its own', () => {
    expect(fr('les élèves ont un nom, les moniteurs un nom et un téléphone')).toBe(
      'the students have a name. the instructors have a name and a phone',
    );
    expect(es('los pacientes tienen nombre, los médicos nombre y especialidad')).toBe(
      'the patients have name. the doctors have name and specialty',
    );
    expect(de('Patienten haben einen Namen, Ärzte einen Namen und ein Fachgebiet.')).toBe(
      'patients have a name. doctors have a name and a specialty.',
    );
  });

  it('starts a sentence at a conjunct with a verb of its own, and leaves lists of fields alone', () => {
    expect(de('Räume haben einen Namen, Sensoren haben einen Typ')).toBe(
      'rooms have a name. sensors have a type',
    );
    for (const list of [
      'the members have a name, photos and videos',
      'products have names, prices, images and tags',
    ])
      expect(rewriteEnglish(list)).toBe(list);
  });
});

describe('wanting to do something', () => {
  it('reads the verb after a wish as an infinitive, with "to"', () => {
    expect(fr('je voudrais gérer mes factures')).toBe('i would like to manage my invoices');
    expect(es('queremos gestionar las reservas')).toBe('we want to manage the reservations');
  });
});

describe("a domain's cue in the request's language", () => {
  it('reads as the English cue that shares the most words with it, as one unit', () => {
    expect(es('una API para nuestra clínica dental')).toBe('an api for our dental clinic');
    expect(fr('une API pour notre atelier vélo')).toBe('an api for our bicycle repair');
    // A German compound is read by its parts: as the cue they match ("bicycle repair", not "bicycle
    // workshop"), or as they are where they already make an English cue ("sports club").
    expect(de('Backend für unsere Fahrradwerkstatt')).toBe('backend for our bicycle repair');
    expect(de('Backend für unseren Sportverein')).toBe('backend for our sports club');
  });

  it('leaves a one-word cue that is an ordinary noun with its own meaning', () => {
    expect(de('die Werkstatt')).toBe('the workshop');
  });
});
