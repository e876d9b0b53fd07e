import { createRequire } from 'node:module';

/** One request of a collection run and the outcome of each of its assertions. */
export interface PostmanExecution {
  readonly name: string;
  readonly method: string;
  /** Path after the API's base URL, with its query string. */
  readonly path: string;
  readonly status: number | undefined;
  readonly assertions: readonly {
    readonly name: string;
    readonly passed: boolean;
    readonly error?: string;
  }[];
}

interface NewmanSummary {
  run: {
    executions: {
      item: { name: string };
      request: { method: string; url: { toString(): string } };
      response?: { code: number };
      assertions?: { assertion: string; error?: { message: string } }[];
    }[];
  };
}

type NewmanRun = (
  options: {
    collection: object;
    envVar: { key: string; value: string }[];
    reporters: string[];
    timeoutRequest: number;
  },
  done: (error: Error | null, summary: NewmanSummary) => void,
) => void;

// newman ships CommonJS without type declarations.
const newman = createRequire(import.meta.url)('newman') as { run: NewmanRun };

/** Runs a Postman collection with newman against `apiUrl` (its `{{APIURL}}`) and lists every request's assertions. */
export function runPostman(
  collection: object,
  apiUrl: string,
  variables: Record<string, string>,
): Promise<PostmanExecution[]> {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection,
        envVar: Object.entries({ APIURL: apiUrl, ...variables }).map(([key, value]) => ({ key, value })),
        reporters: [],
        timeoutRequest: 10_000,
      },
      (error, summary) => {
        if (error) return reject(error);
        resolve(
          summary.run.executions.map((execution) => ({
            name: execution.item.name,
            method: execution.request.method,
            path: execution.request.url.toString().slice(apiUrl.length) || '/',
            status: execution.response?.code,
            assertions: (execution.assertions ?? []).map((assertion) => ({
              name: assertion.assertion,
              passed: assertion.error === undefined,
              ...(assertion.error ? { error: assertion.error.message } : {}),
            })),
          })),
        );
      },
    );
  });
}
