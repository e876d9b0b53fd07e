import type { FieldType } from '../design/api-design.js';
import { domainsSource } from './domains-data.js';
import { fieldWordsSource } from './field-words-data.js';

export type KbLanguage = 'en' | 'fr' | 'es' | 'de';
const languages: readonly KbLanguage[] = ['en', 'fr', 'es', 'de'];

/** A field as the knowledge base proposes it. `money` fields are decimals of at least 0. */
export interface KbField {
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly unique: boolean;
  readonly enumValues?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: string | number | boolean;
  /** The wording that typed it: `money`, `phone`, `time`… (for assumptions and patterns). */
  readonly format?: string;
}

export interface KbEntity {
  readonly name: string;
  readonly domain: string;
  /** Names for it per language, the canonical English name first; plural forms where irregular. */
  readonly synonyms: Readonly<Record<KbLanguage, readonly string[]>>;
  readonly fields: readonly KbField[];
  /** Resources it usually belongs to, when both are in a design. */
  readonly parents: readonly string[];
}

/**
 * A foreign synonym that means another English word than the entity's name ("reserva" is a
 * reservation, a kind of booking): requests keep their own word, translated, and the entity completes it.
 */
export interface KbTranslation {
  /** The foreign word as the data writes it, singular ("reserva", "maison"). */
  readonly form: string;
  /** The English word it means, itself a name the knowledge base knows ("reservation", "house"). */
  readonly english: string;
  readonly language: Exclude<KbLanguage, 'en'>;
}

export interface KbDomain {
  readonly id: string;
  readonly cues: Readonly<Record<KbLanguage, readonly string[]>>;
  /** The entities proposed when a request names only the domain, as entity names. */
  readonly core: readonly string[];
  /** The same entities as the resources a design names them ("booking" for a group booking), in order. */
  readonly coreWords: readonly string[];
  /**
   * Words the domain means another entity by than their usual one: at an escape room a "room" is a
   * game room, not a hotel's ("room:escape_room" in the data).
   */
  readonly senses: ReadonlyMap<string, string>;
}

/** A field name known to the knowledge base, with its names in each language. */
export interface KbFieldWord {
  readonly field: KbField;
  readonly synonyms: Readonly<Record<KbLanguage, readonly string[]>>;
}

const comma = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0);

const typeWords: Readonly<Record<string, { type: FieldType; format?: string; minimum?: number }>> = {
  string: { type: 'string' },
  text: { type: 'text' },
  int: { type: 'integer' },
  num: { type: 'number' },
  money: { type: 'number', format: 'money', minimum: 0 },
  bool: { type: 'boolean' },
  date: { type: 'date' },
  datetime: { type: 'datetime' },
  time: { type: 'string', format: 'time' },
  email: { type: 'email' },
  url: { type: 'url' },
  phone: { type: 'string', format: 'phone' },
};

// name ! ^ :type (a/b) [min..max] =default, in any order after the name.
const fieldPattern =
  /^([a-z][a-z0-9_]*)([!^]*)(?::([a-z]+))?([!^]*)(?:\(([^)]*)\))?(?:\[(-?[\d.]*)\.\.(-?[\d.]*)\])?([!^]*)(?:=(.+))?$/;

/** The data's own convention for untyped names: `*_at` a date-time, `*_on`/`*_date` a date, … */
function typeBySuffix(name: string): FieldType {
  if (/_at$/.test(name)) return 'datetime';
  if (/(?:_on|_date|^date)$/.test(name)) return 'date';
  if (/(?:_url|^url)$/.test(name)) return 'url';
  if (/(?:_email|^email)$/.test(name)) return 'email';
  return 'string';
}

/** Parses one field of the data's notation; the data is ours, so a bad entry is a bug and throws. */
export function parseKbField(source: string, typeOf: (name: string) => KbField | undefined): KbField {
  const match = fieldPattern.exec(source.trim());
  if (match === null) throw new Error(`knowledge base: bad field "${source}"`);
  const [, name, flagsA, typeWord, flagsB, enumText, min, max, flagsC, defaultText] = match;
  const flags = `${flagsA}${flagsB}${flagsC}`;
  const byName = typeOf(name!);
  const typed = typeWord !== undefined ? typeWords[typeWord] : undefined;
  if (typeWord !== undefined && typed === undefined) throw new Error(`knowledge base: bad type "${source}"`);
  const enumValues = enumText?.split('/').map((v) => v.trim());
  let type: FieldType =
    enumValues !== undefined ? 'enum' : (typed?.type ?? byName?.type ?? typeBySuffix(name!));
  const minimum = min ? Number(min) : (typed?.minimum ?? (typed ? undefined : byName?.minimum));
  const maximum = max ? Number(max) : typed ? undefined : byName?.maximum;
  let defaultValue: KbField['default'];
  if (defaultText !== undefined) {
    if (type === 'boolean') defaultValue = defaultText === 'true';
    else if (type === 'integer' || type === 'number') defaultValue = Number(defaultText);
    else defaultValue = defaultText;
  }
  if (type === 'string' && byName === undefined && typed === undefined) type = 'string';
  const format = typed?.format ?? (typed ? undefined : byName?.format);
  return {
    name: name!,
    type,
    required: flags.includes('!') || (typeWord === undefined && !flags && byName?.required === true),
    unique: flags.includes('^') || (!flags && byName?.unique === true),
    ...(enumValues ? { enumValues } : {}),
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    ...(format !== undefined ? { format } : {}),
  };
}

function parseFieldWords(): KbFieldWord[] {
  return fieldWordsSource
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [head, ...names] = line.split('|');
      const field = parseKbField(head!.trim(), () => undefined);
      const synonyms = Object.fromEntries(
        languages.map((lang, i) => [
          lang,
          i === 0 ? [field.name.replaceAll('_', ' '), ...comma(names[0])] : comma(names[i]),
        ]),
      ) as Record<KbLanguage, string[]>;
      return { field, synonyms };
    });
}

function parseDomains(typeOf: (name: string) => KbField | undefined): {
  domains: KbDomain[];
  entities: KbEntity[];
  irregular: Map<string, string>;
  translations: KbTranslation[];
} {
  const irregular = new Map<string, string>();
  const translations: KbTranslation[] = [];
  const domains: KbDomain[] = [];
  const entities: KbEntity[] = [];
  let current: { id: string } | undefined;
  for (const raw of domainsSource.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const parts = line.split('|').map((p) => p.trim());
    if (line.startsWith('## ')) {
      const id = parts[0]!.slice(3).trim();
      const cues = Object.fromEntries(languages.map((l, i) => [l, comma(parts[i + 1])])) as Record<
        KbLanguage,
        string[]
      >;
      const tokens = (parts[5] ?? '').split(/\s+/).filter(Boolean);
      const senses = new Map<string, string>();
      const coreWords = tokens.map((token) => {
        const [word, entity] = token.split(':') as [string, string | undefined];
        if (entity !== undefined) senses.set(word.replaceAll('_', ' '), entity);
        return word;
      });
      // Entity names are resolved once every entity is read (see KnowledgeBase).
      domains.push({ id, cues, core: coreWords, coreWords, senses });
      current = { id };
      continue;
    }
    const [name, plural] = parts[0]!.split('/') as [string, string | undefined];
    if (plural !== undefined) irregular.set(name.replaceAll('_', ' '), plural);
    if (current === undefined) throw new Error(`knowledge base: entity "${name}" outside a domain`);
    const synonyms = Object.fromEntries(
      languages.map((l, i) => [
        l,
        i === 0
          ? [name.replaceAll('_', ' '), ...comma(parts[1])]
          : comma(parts[i + 1]).filter((form) => {
              // `reserva=reservation`: a synonym with an English word of its own is translated to it.
              const [foreign, english] = form.split('=').map((w) => w.trim());
              if (english !== undefined)
                translations.push({ form: foreign!, english, language: l as KbTranslation['language'] });
              return english === undefined;
            }),
      ]),
    ) as Record<KbLanguage, string[]>;
    const fields = (parts[5] ?? '')
      .split(/,(?![^(]*\))/)
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => parseKbField(f, typeOf));
    const parents = comma(parts[6]);
    entities.push({ name, domain: current.id, synonyms, fields, parents });
  }
  for (const entity of entities)
    for (const phrase of entity.synonyms.en) {
      const [singular, plural] = phrase.split('/');
      if (plural !== undefined) irregular.set(singular!, plural);
    }
  return { domains, entities, irregular, translations };
}

/** The knowledge base, indexed for the planner's look-ups. Built once per process, on first use. */
export class KnowledgeBase {
  readonly domains: readonly KbDomain[];
  readonly entities: readonly KbEntity[];
  readonly fieldWords: readonly KbFieldWord[];
  private readonly entityByName = new Map<string, KbEntity>();
  /** English phrase (space separated, singular) → entity. */
  private readonly entityByPhrase = new Map<string, KbEntity>();
  /** Every entity a phrase can name, in file order: "ticket" is an event's pass or a support request. */
  private readonly sensesByPhrase = new Map<string, KbEntity[]>();
  private readonly fieldByPhrase = new Map<string, KbFieldWord>();
  private readonly domainById = new Map<string, KbDomain>();
  private readonly irregular: ReadonlyMap<string, string>;
  private readonly translationsByLanguage: ReadonlyMap<KbLanguage, readonly KbTranslation[]>;

  constructor() {
    this.fieldWords = parseFieldWords();
    for (const word of this.fieldWords)
      for (const phrase of word.synonyms.en)
        if (!this.fieldByPhrase.has(phrase)) this.fieldByPhrase.set(phrase, word);
    const { domains, entities, irregular, translations } = parseDomains(
      (name) => this.fieldWord(name.replaceAll('_', ' '))?.field,
    );
    this.entities = entities;
    this.irregular = irregular;
    for (const entity of entities) {
      if (this.entityByName.has(entity.name)) throw new Error(`knowledge base: "${entity.name}" twice`);
      this.entityByName.set(entity.name, entity);
    }
    for (const entity of entities)
      for (const phrase of entity.synonyms.en) {
        const singular = phrase.split('/')[0]!;
        if (!this.entityByPhrase.has(singular)) this.entityByPhrase.set(singular, entity);
        this.sensesByPhrase.set(singular, [...(this.sensesByPhrase.get(singular) ?? []), entity]);
      }
    for (const entity of entities) this.entityByPhrase.set(entity.name.replaceAll('_', ' '), entity);
    for (const domain of domains) this.domainById.set(domain.id, domain);
    this.domains = domains.map((domain) => {
      const core = domain.coreWords.map((word) => {
        const entity = this.entityFor(word.replaceAll('_', ' '), domain.id);
        if (entity === undefined)
          throw new Error(`knowledge base: core "${word}" of ${domain.id} is unknown`);
        return entity.name;
      });
      for (const entity of domain.senses.values())
        if (!this.entityByName.has(entity))
          throw new Error(`knowledge base: ${domain.id} means an unknown "${entity}"`);
      const resolved = { ...domain, core };
      this.domainById.set(domain.id, resolved);
      return resolved;
    });
    const byLanguage = new Map<KbLanguage, KbTranslation[]>();
    for (const translation of translations) {
      if (this.entityFor(translation.english) === undefined)
        throw new Error(
          `knowledge base: "${translation.form}" means "${translation.english}", which it does not know`,
        );
      byLanguage.set(translation.language, [...(byLanguage.get(translation.language) ?? []), translation]);
    }
    this.translationsByLanguage = byLanguage;
  }

  /** Every entity an English singular phrase can name, in file order ("ticket": a pass, a request). */
  senses(phrase: string): readonly KbEntity[] {
    return this.sensesByPhrase.get(phrase) ?? [];
  }

  domain(id: string): KbDomain | undefined {
    return this.domainById.get(id);
  }

  entity(name: string): KbEntity | undefined {
    return this.entityByName.get(name);
  }

  /**
   * The entity an English singular phrase ("line item", "client") names, if any. Where the phrase has
   * several senses, the one of the request's domain wins ("ticket" at a help desk is a support request).
   */
  entityFor(phrase: string, domain?: string): KbEntity | undefined {
    const key = this.entityByPhrase.has(phrase) ? phrase : phrase.replaceAll('-', ' ');
    if (domain !== undefined) {
      const meant = this.domainById.get(domain)?.senses.get(key);
      if (meant !== undefined) return this.entityByName.get(meant);
      const sense = this.sensesByPhrase.get(key)?.find((e) => e.domain === domain);
      if (sense !== undefined) return sense;
    }
    return this.entityByPhrase.get(key);
  }

  /** Foreign synonyms that mean an English word other than their entity's name ("reserva" → reservation). */
  translations(language: Exclude<KbLanguage, 'en'>): readonly KbTranslation[] {
    return this.translationsByLanguage.get(language) ?? [];
  }

  /** The singular of a plural the data spells irregularly ("lenses" → "lens"), if it is one. */
  irregularSingular(plural: string): string | undefined {
    for (const [singular, form] of this.irregular) if (form === plural) return singular;
    return undefined;
  }

  /** The plural of an English noun the data spells irregularly ("child" → "children"). */
  irregularPlural(singular: string): string | undefined {
    return this.irregular.get(singular);
  }

  /** The field an English phrase ("phone number", "deadline") names, if any. */
  fieldWord(phrase: string): KbFieldWord | undefined {
    return this.fieldByPhrase.get(phrase) ?? this.fieldByPhrase.get(phrase.replaceAll('-', ' '));
  }
}

let shared: KnowledgeBase | undefined;

/** The shipped knowledge base (parsed on first call, then shared). */
export function knowledgeBase(): KnowledgeBase {
  shared ??= new KnowledgeBase();
  return shared;
}
