import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resolvePlanner } from './planner-choice.js';

const prompt = 'A pet store API: pets have a name, a species and an age';

/** A loopback port with nothing listening, so connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('planner choice', () => {
  afterEach(() => {
    delete process.env.OLLAMA_HOST;
    delete process.env.OPENAI_MODEL;
  });

  it('plans offline with the embedded planner by default', async () => {
    const result = await resolvePlanner().plan(prompt);
    expect(result.planner).toBe('embedded');
    expect(result.design.resources.map((resource) => resource.name)).toEqual(['pet']);
  });

  it('falls back to the embedded planner when the named model is unreachable, recording the hop', async () => {
    process.env.OLLAMA_HOST = `http://127.0.0.1:${await closedPort()}`;
    const result = await resolvePlanner('ollama').plan(prompt);
    expect(result.planner).toBe('embedded');
    expect(result.hops?.map((hop) => [hop.planner, hop.ok, hop.errorCode])).toEqual([
      ['llm:ollama', false, 'llm_unreachable'],
      ['embedded', true, undefined],
    ]);
  });

  it('uses a given planner as is', () => {
    const planner = resolvePlanner('embedded');
    expect(resolvePlanner(planner)).toBe(planner);
  });

  it('says what to set when the openai planner has no model, and names the choices for unknown names', () => {
    expect(() => resolvePlanner('openai')).toThrow(/OPENAI_MODEL/);
    expect(() => resolvePlanner('gpt' as never)).toThrow(/embedded, ollama, hf, openai, auto/);
  });
});
