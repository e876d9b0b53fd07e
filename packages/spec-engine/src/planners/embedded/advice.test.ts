import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { PromptError } from '../prompt-error.js';
import { asksForAdvice } from './advice.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();

describe('questions that ask for advice', () => {
  it.each([
    'Which message queue should we pick for order events?',
    'how can I speed up my search endpoint',
    'Is SQLite good enough for storing invoices?',
    'Why does my login route return 401? What am I doing wrong?',
  ])('"%s" stores nothing and is refused with a typed error', async (prompt) => {
    expect(asksForAdvice(prompt)).toBe(true);
    const error = await planner.plan(prompt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PromptError);
    expect((error as PromptError).code).toBe('prompt_unrecognised');
  });

  it.each([
    'Could you build an API for a climbing gym?',
    'How do I create a backend for my pottery studio?',
    'Can you make me an app to track my reading?',
    'Is it possible to store recipes? I need an API for my recipes.',
    'Members borrow tools. How long can they keep them?',
  ])('"%s" asks for an API, so it is read', (prompt) => {
    expect(asksForAdvice(prompt)).toBe(false);
  });
});

describe('statements that open like a question', () => {
  it('reads "when someone does something, we record …" as a request', () => {
    expect(asksForAdvice('When a courier drops off a box we record the time.')).toBe(false);
    expect(asksForAdvice('Where a plant is kept matters: we note the room.')).toBe(false);
  });
});
