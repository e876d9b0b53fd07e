import { ContractDocument, type JsonSchema, type OpenApiLike } from './contract-api.js';
import { schemaCheckFor } from './schema-check.js';

/**
 * Compiles the validators of every response body and header `openapi` declares, for a suite run
 * against it that has not started yet (while its server is being deployed, say). Ajv turns each schema
 * into code, tens of milliseconds per contract; compiled at their first reply instead, they would
 * stand between the suite's requests. The run finds them through `schemaCheckFor`, which keeps the
 * checks of recent documents. One schema is compiled per turn of the event loop, so the caller's I/O
 * is served in between. Never rejects: a schema that cannot be compiled is left to the suite, whose
 * case that meets it reports why.
 */
export async function prepareContractSuite(openapi: object, signal?: AbortSignal): Promise<void> {
  let schemas: JsonSchema[];
  let check: ReturnType<typeof schemaCheckFor>;
  try {
    schemas = declaredSchemas(new ContractDocument(openapi as OpenApiLike));
    check = schemaCheckFor(openapi as OpenApiLike);
  } catch {
    // A document the suite cannot read is the suite's to report when it runs.
    return;
  }
  for (const schema of schemas) {
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) return;
    try {
      check.compile(schema);
    } catch {
      // Reported by the suite when a reply meets this schema.
    }
  }
}

/** The schemas replies are checked against: each response's media types and headers, per operation. */
function declaredSchemas(document: ContractDocument): JsonSchema[] {
  return document.operations.flatMap((operation) =>
    Object.values(operation.responses).flatMap((response) => [
      ...Object.values(response.content).filter((schema) => schema !== undefined),
      ...Object.values(response.headers).flatMap((header) => (header.schema ? [header.schema] : [])),
    ]),
  );
}
