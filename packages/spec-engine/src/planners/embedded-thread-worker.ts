// The embedded planner in a worker thread of its own (see embedded-thread.ts): each message is a
// prompt, each reply the plan or the error it ended in, as data a thread boundary can carry.
import { parentPort } from 'node:worker_threads';
import { createEmbeddedPlanner } from './embedded-planner.js';
import { errorData, type ThreadReply, type ThreadRequest } from './embedded-thread.js';

const planner = createEmbeddedPlanner();

parentPort?.on('message', ({ id, prompt }: ThreadRequest) => {
  planner.plan(prompt).then(
    (result) => parentPort?.postMessage({ id, ok: true, result } satisfies ThreadReply),
    (error: unknown) =>
      parentPort?.postMessage({ id, ok: false, error: errorData(error) } satisfies ThreadReply),
  );
});
