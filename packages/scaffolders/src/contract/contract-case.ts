export interface ContractCase {
  /** `METHOD /path: what is checked`, so a reader finds the case and the operation it calls. */
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped. */
  readonly message?: string;
}

/** A failed expectation inside one case; anything else thrown is reported as an error of the server or the network. */
export class Expectation extends Error {}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Expectation(message);
}

/** What a case body returns to be reported as skipped: the reason. */
export class Skip {
  constructor(readonly reason: string) {}
}

export const skip = (reason: string) => new Skip(reason);

/** Runs named cases one after the other and keeps their outcomes in order. */
export class CaseLog {
  readonly cases: ContractCase[] = [];

  async run(name: string, body: () => Promise<void | Skip>): Promise<boolean> {
    try {
      const outcome = await body();
      this.cases.push(
        outcome instanceof Skip
          ? { name, status: 'skipped', message: outcome.reason }
          : { name, status: 'passed' },
      );
      return !(outcome instanceof Skip);
    } catch (error) {
      const message = error instanceof Expectation ? error.message : `error: ${(error as Error).message}`;
      this.cases.push({ name, status: 'failed', message });
      return false;
    }
  }

  skipped(name: string, reason: string): void {
    this.cases.push({ name, status: 'skipped', message: reason });
  }
}

export function summary(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text === undefined ? '' : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
