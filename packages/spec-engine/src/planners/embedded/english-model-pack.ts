import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * wink-eng-lite-web-model's core model and lemmatiser tables, repacked for a fast start.
 *
 * The package ships its core model as 3 MB of JSON (two tables as base64, 87k lexemes as an array of
 * strings) and its lemmatiser's WordNet exceptions as 220 KB of generated JavaScript. Reading that on
 * every start was most of a cold process's first plan: decoding and parsing the JSON, indexing every
 * lexeme into a hash, compiling the exception modules, and the garbage collector copying the 87k
 * strings while they were still young. The pack holds the same data ready to use: the tables as raw
 * little-endian words viewed in place, and the lexemes and the exceptions as string tables (UTF-16
 * text end to end, with offsets) read in place, with a sorted order, so a word is found by binary
 * search instead of by an index built on every start.
 *
 * `pnpm build` writes the pack next to the bundle (scripts/pack-english-model.mjs); where there is
 * none (tests run from the sources), the same pack is made in memory from the package's files.
 */

/** The package's core model as `read-core-model.js` leaves it, which wink-nlp reads. */
export type CoreModel = Record<string, unknown> & {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
};

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  [key: string]: unknown;
}

/** The WordNet exceptions of the model's lemmatiser, by part of speech: inflected form → lemma. */
export type LemmaExceptions = Readonly<Record<'ADJ' | 'NOUN' | 'VERB', ExceptionTable>>;

/** One part of speech's exceptions: the lemma of an inflected form, if the form is an exception. */
export interface ExceptionTable {
  get(form: string): string | undefined;
}

export interface EnglishModel {
  /** wink-eng-lite-web-model's version the pack was made from. */
  readonly version: string;
  readonly core: CoreModel;
  readonly lemmaExceptions: LemmaExceptions;
  /** Lexemes in the model's own vocabulary; words wink-nlp meets later are numbered after them. */
  readonly lexiconSize: number;
}

/** The core model as the package's JSON file has it: the tables in base64, every lexeme a string. */
interface RawCore {
  packing: CoreModel['packing'];
  features: Record<string, Feature>;
  pos: CoreModel['pos'];
  lexicon: string;
  xpansions: string;
  [part: string]: unknown;
}

const magic = 'WINKPACK';
const modelPackage = 'wink-eng-lite-web-model';
const exceptionFiles = { ADJ: 'adjective', NOUN: 'noun', VERB: 'verb' } as const;
const partsOfSpeech = Object.keys(exceptionFiles) as (keyof LemmaExceptions)[];

interface Header {
  version: string;
  /** The core model without its lexicon, expansions and lexemes, which are sections of their own. */
  core: Omit<RawCore, 'lexicon' | 'xpansions'>;
  /** Byte offset and length of each section after the header. */
  sections: Record<string, [number, number]>;
}

/** The installed model's version: a pack made from another version is not used. */
export function installedModelVersion(): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`${modelPackage}/package.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Packs the installed wink-eng-lite-web-model. */
export function packInstalledModel(): Buffer {
  const require = createRequire(import.meta.url);
  const corePath = require.resolve(`${modelPackage}/dist/languages/cur/models/eng-core-web-model.json`);
  const core = JSON.parse(readFileSync(corePath, 'utf8')) as RawCore;
  const exceptions = Object.fromEntries(
    partsOfSpeech.map((pos) => [
      pos,
      Object.entries(
        require(`${modelPackage}/dist/wn-${exceptionFiles[pos]}-exceptions.js`) as Record<string, string>,
      ),
    ]),
  ) as Record<keyof LemmaExceptions, [string, string][]>;
  return packModel(installedModelVersion(), core, exceptions);
}

export function packModel(
  version: string,
  raw: RawCore,
  exceptions: Record<keyof LemmaExceptions, [string, string][]>,
): Buffer {
  const { lexicon, xpansions, ...core } = raw;
  const lexeme = core.features.lexeme!;
  const lexemes = lexeme.list as string[];
  const bodies: Record<string, Buffer> = {
    lexicon: Buffer.from(lexicon, 'base64'),
    xpansions: Buffer.from(xpansions, 'base64'),
    ...stringTable('lexemes', lexemes),
    'lexemes.order': littleEndian(
      Uint32Array.from(lexemes.keys()).sort((a, b) => byCodeUnits(lexemes[a]!, lexemes[b]!)),
    ),
  };
  for (const pos of partsOfSpeech) {
    const sorted = [...exceptions[pos]].sort(([a], [b]) => byCodeUnits(a, b));
    Object.assign(
      bodies,
      stringTable(
        `${pos}.forms`,
        sorted.map(([form]) => form),
      ),
      stringTable(
        `${pos}.lemmas`,
        sorted.map(([, lemma]) => lemma),
      ),
    );
  }
  const sections: Record<string, [number, number]> = {};
  let at = 0;
  for (const [name, body] of Object.entries(bodies)) {
    sections[name] = [at, body.length];
    at += align(body.length);
  }
  const header: Header = {
    version,
    core: { ...core, features: { ...core.features, lexeme: { ...lexeme, list: [] } } },
    sections,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align(magic.length + 4 + json.length);
  const pack = Buffer.alloc(start + at);
  pack.write(magic, 0, 'latin1');
  pack.writeUInt32LE(json.length, magic.length);
  json.copy(pack, magic.length + 4);
  for (const [name, body] of Object.entries(bodies)) body.copy(pack, start + sections[name]![0]);
  return pack;
}

/**
 * The model in a pack, unpacked as the package's `load-core-model.js` does, except the lexemes' list
 * and hash: both read the pack in place, and words wink-nlp adds while reading (it numbers every new
 * token) are kept beside it.
 */
export function readPack(file: Buffer): EnglishModel {
  if (file.toString('latin1', 0, magic.length) !== magic) throw new Error('not an English model pack');
  // Tables are viewed in place, which needs their words aligned in memory.
  const pack = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const length = pack.readUInt32LE(magic.length);
  const header = JSON.parse(pack.toString('utf8', magic.length + 4, magic.length + 4 + length)) as Header;
  const start = pack.byteOffset + align(magic.length + 4 + length);
  const place = (name: string) => {
    const [offset, bytes] = header.sections[name]!;
    return [start + offset, bytes] as const;
  };
  const words = (name: string) => {
    const [offset, bytes] = place(name);
    return new Uint32Array(pack.buffer, offset, bytes / 4);
  };
  const table = (name: string) => {
    const [offset, bytes] = place(`${name}.text`);
    return new StringTable(new Uint16Array(pack.buffer, offset, bytes / 2), words(`${name}.offsets`));
  };
  const core = header.core as unknown as CoreModel;
  core.lexicon = words('lexicon');
  core.xpansions = words('xpansions');
  const { packing, features, pos } = core;
  for (const name in packing.layout) {
    const layout = packing.layout[name]!;
    if (layout[3] === 0 && name !== 'lexeme') {
      const feature = features[name]!;
      feature.hash = indexOf(feature.list as string[]);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
  }
  const lexemes = new Lexemes(table('lexemes'), words('lexemes.order'));
  const lexeme = features.lexeme!;
  lexeme.list = lexemes.list;
  lexeme.hash = lexemes.hash;
  lexeme.intrinsicSize = lexemes.size;
  lexeme.index = lexemes.size;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  packing.efList = Object.keys(packing.layout).filter((name) => packing.layout[name]![4] === 1);
  const exceptions = (pos: keyof LemmaExceptions): ExceptionTable => {
    const forms = table(`${pos}.forms`);
    const lemmas = table(`${pos}.lemmas`);
    return {
      get: (form) => {
        const index = forms.find(form);
        return index === undefined ? undefined : lemmas.at(index);
      },
    };
  };
  return {
    version: header.version,
    core,
    lemmaExceptions: { ADJ: exceptions('ADJ'), NOUN: exceptions('NOUN'), VERB: exceptions('VERB') },
    lexiconSize: lexemes.size,
  };
}

/** Strings laid end to end as UTF-16 code units, with their offsets: read in place, a string made per read. */
class StringTable {
  readonly size: number;
  private readonly bytes: Buffer;

  constructor(
    private readonly units: Uint16Array,
    private readonly offsets: Uint32Array,
  ) {
    this.size = offsets.length - 1;
    this.bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  }

  at(index: number): string {
    return this.bytes.toString('utf16le', this.offsets[index]! * 2, this.offsets[index + 1]! * 2);
  }

  /**
   * Where `word` is, by binary search over `order` (the table's indexes in JavaScript's string order),
   * or over the table itself where it is stored in that order.
   */
  find(word: string, order?: Uint32Array): number | undefined {
    const { units, offsets } = this;
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const index = order === undefined ? middle : order[middle]!;
      const start = offsets[index]!;
      const length = offsets[index + 1]! - start;
      const shorter = Math.min(word.length, length);
      let difference = 0;
      for (let i = 0; i < shorter && difference === 0; i++)
        difference = word.charCodeAt(i) - units[start + i]!;
      if (difference === 0) difference = word.length - length;
      if (difference === 0) return index;
      if (difference < 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }
}

/**
 * The model's lexemes as the array and hash wink-nlp reads and extends (`list[index]`,
 * `list.push(word)`, `hash[word]`, `hash[word] = index`), over the pack's table.
 */
class Lexemes {
  readonly size: number;
  /** Words wink-nlp added, numbered from `size` on. */
  private readonly added: string[] = [];
  /**
   * Every word looked up or added so far, with its index, and every lexeme read: a plan meets the
   * same few hundred words again and again, so each is searched for and decoded once per process.
   */
  private readonly known = new Map<string, number>();
  private readonly read: (string | undefined)[];
  readonly list: string[];
  readonly hash: Record<string, number>;

  constructor(
    private readonly table: StringTable,
    private readonly order: Uint32Array,
  ) {
    this.size = table.size;
    this.read = new Array<string | undefined>(this.size);
    this.list = new Proxy([] as string[], {
      get: (target, key) => {
        if (key === 'length') return this.size + this.added.length;
        if (key === 'push') return (...words: string[]) => this.push(words);
        if (typeof key === 'string') {
          const index = Number(key);
          if (Number.isInteger(index)) return this.at(index);
        }
        return Reflect.get(target, key) as unknown;
      },
    });
    this.hash = new Proxy(Object.create(null) as Record<string, number>, {
      get: (_, key) => (typeof key === 'string' ? this.indexOf(key) : undefined),
      set: (_, key, value: number) => {
        if (typeof key === 'string') this.known.set(key, value);
        return true;
      },
      has: (_, key) => typeof key === 'string' && this.indexOf(key) !== undefined,
    });
  }

  at(index: number): string | undefined {
    if (index < 0) return undefined;
    if (index >= this.size) return this.added[index - this.size];
    return (this.read[index] ??= this.table.at(index));
  }

  indexOf(word: string): number | undefined {
    let index = this.known.get(word);
    if (index === undefined) {
      index = this.table.find(word, this.order);
      if (index !== undefined) this.known.set(word, index);
    }
    return index;
  }

  private push(words: string[]): number {
    this.added.push(...words);
    return this.size + this.added.length;
  }
}

/** Two sections: `<name>.offsets` and `<name>.text` (UTF-16 little-endian). */
function stringTable(name: string, strings: readonly string[]): Record<string, Buffer> {
  const offsets = new Uint32Array(strings.length + 1);
  for (let k = 0; k < strings.length; k++) offsets[k + 1] = offsets[k]! + strings[k]!.length;
  return {
    [`${name}.offsets`]: littleEndian(offsets),
    [`${name}.text`]: Buffer.from(strings.join(''), 'utf16le'),
  };
}

/** JavaScript's own string order (UTF-16 code units), which `StringTable.find` compares in. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A small feature's index from value to position (prefixes, suffixes, shapes: a few thousand). */
function indexOf(list: readonly string[]): Record<string, number> {
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) index[list[k]!] = k;
  return index;
}

const align = (bytes: number) => Math.ceil(bytes / 4) * 4;

function littleEndian(words: Uint32Array): Buffer {
  const bytes = Buffer.alloc(words.length * 4);
  for (let k = 0; k < words.length; k++) bytes.writeUInt32LE(words[k]!, k * 4);
  return bytes;
}
