import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('"comes from" in French, Spanish and German', () => {
  it.each([
    [
      'Nous vendons des fromages (nom, prix) et nous avons des fournisseurs (nom, région). Chaque fromage provient d’un fournisseur.',
      'cheese>supplier',
    ],
    [
      'Vendemos quesos con nombre y precio, y granjas con nombre. Cada queso viene de una granja.',
      'cheese>farm',
    ],
    [
      'Wir verkaufen Käse mit Name und Preis und haben Lieferanten mit Name. Jeder Käse kommt von einem Lieferanten.',
      'cheese>supplier',
    ],
  ])('"%s" links the thing to where it comes from', async (prompt, link) => {
    const { links } = await readPlan(prompt);
    expect(links).toContain(link);
  });
});
