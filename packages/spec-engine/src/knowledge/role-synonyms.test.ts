import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../planners/embedded-planner.js';
import { knowledgeBase } from './knowledge-base.js';

const planner = createEmbeddedPlanner();
const names = async (prompt: string) =>
  (await planner.plan(prompt)).design.resources.map((r) => r.name).sort();

describe('French, Spanish and German words for common roles', () => {
  it('read as the English roles they name', async () => {
    expect(
      await names(
        'Une auto-école : les monitrices ont un nom. Chaque leçon a une date et appartient à une monitrice.',
      ),
    ).toEqual(['instructor', 'lesson']);
    expect(
      await names(
        'Eine Schule: Lehrkräfte haben einen Namen. Jeder Kurs hat einen Titel und gehört zu einer Lehrkraft.',
      ),
    ).toEqual(['course', 'teacher']);
    expect(
      await names('Una clínica: las enfermeras tienen un nombre. Cada paciente tiene un nombre.'),
    ).toEqual(['nurse', 'patient']);
    expect(
      await names('Ein Kindergarten: Erzieher haben einen Namen. Jedes Kind hat einen Vornamen.'),
    ).toEqual(['child', 'educator']);
  });

  it('file an English role word under the entity that describes it', () => {
    expect(knowledgeBase().entityFor('educator')?.name).toBe('teacher');
    expect(
      knowledgeBase()
        .entity('nurse')
        ?.fields.map((f) => f.name),
    ).toContain('name');
  });
});
