import { describe, expect, it } from 'vitest';
// The built package: only there does the planner thread's own entry exist to be started (from
// sources the threaded planner plans in this thread). Build spec-engine before its tests.
import {
  createEmbeddedPlanner,
  createThreadedEmbeddedPlanner,
  PromptError,
  type PlanResult,
} from '../../dist/index.js';

const requests = [
  'A fleet tracker: trucks have a plate (unique) and a capacity in kg; drivers have a name and a phone; each trip is for one truck and one driver, with a start time and a distance.',
  'bakery orders app',
  'Les membres ont un nom et un e-mail; chaque prêt concerne un livre et un membre.',
  '- Rooms: number, floor\n- Cleanings: room, done at, cleaner name',
];

const comparable = ({ durationMs: _durationMs, ...result }: PlanResult) => JSON.stringify(result);

describe('createThreadedEmbeddedPlanner', () => {
  it('plans in a worker thread exactly what the embedded planner plans here', async () => {
    const threaded = createThreadedEmbeddedPlanner();
    const here = createEmbeddedPlanner();
    expect(threaded.id).toBe('embedded');
    const planned = await Promise.all(requests.map((request) => threaded.plan(request)));
    expect(threaded.threadId()).toBeGreaterThan(0);
    for (const [index, request] of requests.entries()) {
      expect(comparable(planned[index]!)).toBe(comparable(await here.plan(request)));
    }
  });

  it('rejects with the PromptError the embedded planner throws: class, code, message and details', async () => {
    const threaded = createThreadedEmbeddedPlanner();
    const here = createEmbeddedPlanner();
    for (const request of ['', 'make it fast and secure please']) {
      const expected = await here.plan(request).catch((error: unknown) => error);
      const actual = await threaded.plan(request).catch((error: unknown) => error);
      expect(expected).toBeInstanceOf(PromptError);
      expect(actual).toBeInstanceOf(PromptError);
      expect((actual as PromptError).toJSON()).toEqual((expected as PromptError).toJSON());
    }
  });

  it('stops waiting when the caller aborts', async () => {
    const controller = new AbortController();
    const planning = createThreadedEmbeddedPlanner().plan(requests[0]!, { signal: controller.signal });
    controller.abort(new Error('no longer needed'));
    await expect(planning).rejects.toThrow('no longer needed');
  });
});
