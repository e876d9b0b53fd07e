import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { analyse, singularOf } from './nlp.js';

describe('analyse', () => {
  it("reads words exactly as wink-nlp's packaged English model does", () => {
    const stock = winkNLP(model);
    const its = stock.its;
    const sentences = [
      'Each member borrows many books, and the libraries have names.',
      'Researchers run experiments; every experiment has a hypothesis and a start date.',
      "the owner's phone, a check-in time and two children",
      'Lockers — code, size (S/M/L), is_active: boolean',
    ];
    for (const sentence of sentences) {
      const doc = stock.readDoc(sentence.toLowerCase());
      const tokens = doc.tokens();
      const expected = {
        pos: tokens.out(its.pos),
        lemma: tokens.out(its.lemma as unknown as typeof its.pos),
      };
      const words = analyse(sentence.toLowerCase()).filter((w) => !w.text.includes('-'));
      const plain = (tokens.out() as string[]).flatMap((t, i, all) =>
        t === '-' || all[i - 1] === '-' || all[i + 1] === '-' ? [] : [i],
      );
      expect(words.map((w) => w.pos)).toEqual(plain.map((i) => expected.pos[i]));
      expect(words.map((w) => w.lemma)).toEqual(plain.map((i) => expected.lemma[i]));
    }
  });

  it('singularises with the model', () => {
    expect(singularOf('line items')).toBe('line item');
    expect(singularOf('check-ins')).toBe('check-in');
  });
});
