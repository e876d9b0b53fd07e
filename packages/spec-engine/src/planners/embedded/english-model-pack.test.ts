import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { installedModelVersion, packInstalledModel, readPack } from './english-model-pack.js';
import { analyse } from './nlp.js';

const require = createRequire(import.meta.url);
const stockCore = JSON.parse(
  readFileSync(
    require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'),
    'utf8',
  ),
) as { features: { lexeme: { list: string[] } }; lexicon: string; xpansions: string };
const stockLexemes = stockCore.features.lexeme.list;
const packed = readPack(packInstalledModel());

describe('English model pack', () => {
  it('finds every lexeme of the model at its own index, and no other word', () => {
    const { list, hash } = packed.core.features.lexeme!;
    expect(packed.lexiconSize).toBe(stockLexemes.length);
    expect(list.length).toBe(stockLexemes.length);
    stockLexemes.forEach((word, index) => {
      if (hash![word] !== index || list[index] !== word) expect([word, hash![word], list[index]]).toBe(index);
    });
    for (const word of ['qwzxv', 'constructor', '__proto__', 'toString', '', 'Zebra-crossing'])
      if (!stockLexemes.includes(word)) expect(hash![word]).toBeUndefined();
  });

  it("keeps the model's tables word for word", () => {
    const bytes = (words: Uint32Array) => Buffer.from(words.buffer, words.byteOffset, words.byteLength);
    expect(bytes(packed.core.lexicon).equals(Buffer.from(stockCore.lexicon, 'base64'))).toBe(true);
    expect(bytes(packed.core.xpansions).equals(Buffer.from(stockCore.xpansions, 'base64'))).toBe(true);
  });

  it('numbers the words wink-nlp adds after the vocabulary, as the stock hash does', () => {
    const { list, hash } = readPack(packInstalledModel()).core.features.lexeme!;
    const next = list.length;
    hash!.blorptastic = next;
    expect(list.push('blorptastic')).toBe(next + 1);
    expect(hash!.blorptastic).toBe(next);
    expect(list[next]).toBe('blorptastic');
  });

  it("holds the lemmatiser's exceptions exactly", () => {
    for (const [pos, file] of [
      ['ADJ', 'adjective'],
      ['NOUN', 'noun'],
      ['VERB', 'verb'],
    ] as const) {
      const stock = require(`wink-eng-lite-web-model/dist/wn-${file}-exceptions.js`) as Record<
        string,
        string
      >;
      const table = packed.lemmaExceptions[pos];
      for (const [form, lemma] of Object.entries(stock))
        if (table.get(form) !== lemma) expect([pos, form, table.get(form)]).toEqual([pos, form, lemma]);
      for (const word of ['cat', 'constructor', '__proto__', '', 'zzzz'])
        if (!(word in stock)) expect(table.get(word)).toBeUndefined();
    }
  });

  it('is made from the installed model', () => {
    expect(packed.version).toBe(installedModelVersion());
    expect(() => readPack(Buffer.from('not a pack'))).toThrow(/not an English model pack/);
  });
});

describe('analyse over the pack', () => {
  it("tags and lemmatises as wink-nlp's packaged model does, across the vocabulary", () => {
    const stock = winkNLP(model);
    const its = stock.its;
    const exceptionForms = ['adjective', 'noun', 'verb'].flatMap((file) =>
      Object.keys(require(`wink-eng-lite-web-model/dist/wn-${file}-exceptions.js`) as object),
    );
    // Plain lower-case words (what the planner analyses) and inflections the vocabulary lacks, which
    // only the lemmatiser reads, each as a noun, a verb and an adjective would stand.
    const vocabulary = stockLexemes.filter((word, i) => i % 23 === 0 && /^[a-z]{3,}$/.test(word));
    const inflections = vocabulary
      .filter((_, i) => i % 3 === 0)
      .flatMap((w) => [
        `${w}s`,
        `${w}es`,
        `${w}ed`,
        `${w}ing`,
        `${w}er`,
        `${w}est`,
        `${w.slice(0, -1)}ies`,
        `${w.slice(0, -1)}ves`,
        `${w.slice(0, -3)}men`,
      ]);
    const words = [...exceptionForms.filter((w) => /^[a-z]+$/.test(w)), ...vocabulary, ...inflections];
    const frames = [
      (w: string) => `the ${w} is here.`,
      (w: string) => `they ${w} it,`,
      (w: string) => `a very ${w} one;`,
    ];
    for (let start = 0; start < words.length; start += 600) {
      const text = words
        .slice(start, start + 600)
        .map((word, i) => frames[i % frames.length]!(word))
        .join(' ');
      const tokens = stock.readDoc(text).tokens();
      const expected = {
        text: tokens.out() as string[],
        pos: tokens.out(its.pos) as string[],
        lemma: tokens.out(its.lemma as unknown as typeof its.pos) as string[],
      };
      const analysed = analyse(text).filter((w) => !w.text.includes('-'));
      const plain = expected.text.flatMap((t, i, all) =>
        t === '-' || all[i - 1] === '-' || all[i + 1] === '-' ? [] : [i],
      );
      expect(analysed.map((w) => [w.text, w.pos, w.lemma])).toEqual(
        plain.map((i) => [expected.text[i], expected.pos[i], expected.lemma[i]]),
      );
    }
    // Thousands of sentences through two taggers: seconds on a loaded machine.
  }, 60_000);
});
