import { randomUUID } from 'node:crypto';
import type { ForgeEvent } from './events.js';

/**
 * A running generation: await it for the result, or iterate it for progress events. Iteration
 * replays every event from the start, so a late subscriber misses nothing; it ends when the run
 * ends (after an `error` event if it failed), while awaiting rethrows the failure.
 */
export class Generation<T> implements PromiseLike<T>, AsyncIterable<ForgeEvent> {
  /** Known from the start, so a run can be looked up in the forge's store while it runs or after it failed. */
  readonly id: string;
  readonly result: Promise<T>;
  readonly #events: ForgeEvent[] = [];
  #finished = false;
  #wake: (() => void) | undefined;
  #woken = Promise.resolve();

  constructor(
    run: (emit: (event: ForgeEvent) => void) => Promise<T>,
    listener?: (event: ForgeEvent) => void,
    id: string = randomUUID(),
  ) {
    this.id = id;
    this.#arm();
    this.result = run((event) => {
      this.#events.push(event);
      listener?.(event);
      this.#signal();
    }).finally(() => {
      this.#finished = true;
      this.#signal();
    });
    // Callers who only iterate must not trigger an unhandled rejection; awaiting still rethrows.
    this.result.catch(() => undefined);
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.result.then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.result.catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.result.finally(onFinally);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ForgeEvent> {
    let next = 0;
    for (;;) {
      while (next < this.#events.length) yield this.#events[next++]!;
      if (this.#finished) return;
      await this.#woken;
    }
  }

  #arm(): void {
    this.#woken = new Promise((resolve) => (this.#wake = resolve));
  }

  #signal(): void {
    const wake = this.#wake;
    this.#arm();
    wake?.();
  }
}
