import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { PromptError } from '../prompt-error.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const refusalCode = async (prompt: string) =>
  planner.plan(prompt).then(
    () => undefined,
    (error: unknown) => (error instanceof PromptError ? error.code : 'crash'),
  );

describe('requests that describe only qualities', () => {
  it.each([
    'Build me a really fast backend with token auth that serves thousands of users.',
    'Our API must have pagination, CORS and generated swagger docs for every endpoint.',
    'I want encryption, audit logging and alerting on failed requests.',
    'Please make it scalable and keep latency low for all our users.',
    'An app with high uptime, nightly backups and metrics.',
  ])('refuses "%s" with the typed error', async (prompt) => {
    expect(await refusalCode(prompt)).toBe('prompt_unrecognised');
  });

  it.each([
    'a simple recipe app',
    'a fast API for a bakery with JWT auth',
    'a monitoring dashboard for our greenhouses',
    'users with an email and a password, behind token auth',
    'a secure API to keep invoices',
  ])('still plans "%s"', async (prompt) => {
    expect(await refusalCode(prompt)).toBeUndefined();
  });
});
