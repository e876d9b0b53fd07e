import { describe, expect, it } from 'vitest';
import type { ForgeEvent } from './events.js';
import { Generation } from './generation.js';

const start = (stage: 'plan' | 'compile'): ForgeEvent => ({ type: 'stage-start', stage, at: 'now' });

describe('Generation', () => {
  it('is awaitable and iterable, and a late iterator still sees every event', async () => {
    const generation = new Generation(async (emit) => {
      emit(start('plan'));
      await new Promise((resolve) => setTimeout(resolve, 5));
      emit(start('compile'));
      return 'done';
    });
    const early: string[] = [];
    for await (const event of generation) early.push(event.type === 'stage-start' ? event.stage : event.type);
    expect(early).toEqual(['plan', 'compile']);
    expect(await generation).toBe('done');

    const late: ForgeEvent[] = [];
    for await (const event of generation) late.push(event);
    expect(late).toHaveLength(2);
  });

  it('ends iteration on failure while awaiting rethrows', async () => {
    const generation = new Generation<string>(async (emit) => {
      emit(start('plan'));
      throw new Error('planner crashed');
    });
    const seen: ForgeEvent[] = [];
    for await (const event of generation) seen.push(event);
    expect(seen).toHaveLength(1);
    await expect(generation).rejects.toThrow('planner crashed');
  });

  it('forwards events to a listener as they happen', async () => {
    const heard: ForgeEvent[] = [];
    await new Generation(
      async (emit) => emit(start('plan')),
      (event) => heard.push(event),
    );
    expect(heard).toEqual([start('plan')]);
  });
});
