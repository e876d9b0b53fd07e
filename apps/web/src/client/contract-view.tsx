/** A readable view of an OpenAPI 3.1 document: operations by path, then the schemas they use. */

type Json = Record<string, unknown>;

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

const methodStyle: Record<(typeof methods)[number], string> = {
  get: 'bg-sky-100 text-sky-900',
  post: 'bg-emerald-100 text-emerald-900',
  put: 'bg-amber-100 text-amber-950',
  patch: 'bg-violet-100 text-violet-900',
  delete: 'bg-red-100 text-red-900',
};

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refName = (ref: string) => ref.split('/').pop() ?? ref;

/** A schema in one line: `Book`, `Book[]`, `string (email)`, `integer ≥ 1`, `"a" | "b"`. */
export function describeSchema(schema: unknown): string {
  if (!isObject(schema)) return 'any';
  if (typeof schema.$ref === 'string') return refName(schema.$ref);
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
    if (Array.isArray(schema[key]))
      return schema[key].map(describeSchema).join(key === 'allOf' ? ' & ' : ' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type as string | undefined);
  if (type === 'array') return `${describeSchema(schema.items)}[]`;
  if (type === 'object' && isObject(schema.properties))
    return `{ ${Object.keys(schema.properties).join(', ')} }`;
  const extras = [
    typeof schema.format === 'string' ? schema.format : undefined,
    typeof schema.minimum === 'number' ? `≥ ${schema.minimum}` : undefined,
    typeof schema.maximum === 'number' ? `≤ ${schema.maximum}` : undefined,
    typeof schema.maxLength === 'number' ? `≤ ${schema.maxLength} chars` : undefined,
  ].filter(Boolean);
  return `${type ?? 'any'}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

const jsonSchemaOf = (content: unknown) => {
  if (!isObject(content)) return undefined;
  const media =
    content['application/json'] ?? content['application/problem+json'] ?? Object.values(content)[0];
  return isObject(media) ? media.schema : undefined;
};

function Operation({
  method,
  path,
  operation,
}: {
  method: (typeof methods)[number];
  path: string;
  operation: Json;
}) {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters.filter(isObject) : [];
  const body = isObject(operation.requestBody) ? jsonSchemaOf(operation.requestBody.content) : undefined;
  const responses = isObject(operation.responses) ? Object.entries(operation.responses) : [];
  const secured = Array.isArray(operation.security) ? operation.security.length > 0 : undefined;
  return (
    <details className="rounded-md border border-slate-200" data-testid="operation">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2">
        <span
          className={`w-16 rounded px-2 py-0.5 text-center font-mono text-xs font-bold uppercase ${methodStyle[method]}`}
        >
          {method}
        </span>
        <span className="font-mono text-sm break-all">{path}</span>
        {typeof operation.summary === 'string' && (
          <span className="text-sm text-slate-700">{operation.summary}</span>
        )}
      </summary>
      <div className="space-y-3 border-t border-slate-200 px-3 py-3 text-sm">
        {typeof operation.description === 'string' && <p>{operation.description}</p>}
        {secured === false && <p className="text-slate-700">No authentication required.</p>}
        {parameters.length > 0 && (
          <table className="w-full text-left">
            <caption className="text-left font-semibold">Parameters</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-1 pr-2">
                  Name
                </th>
                <th scope="col" className="py-1 pr-2">
                  In
                </th>
                <th scope="col" className="py-1">
                  Type
                </th>
              </tr>
            </thead>
            <tbody>
              {parameters.map((parameter) => (
                <tr
                  key={`${String(parameter.in)}-${String(parameter.name)}`}
                  className="border-b border-slate-100"
                >
                  <td className="py-1 pr-2 font-mono">
                    {String(parameter.name ?? refName(String(parameter.$ref ?? '')))}
                    {parameter.required === true && <span className="text-red-800"> *</span>}
                  </td>
                  <td className="py-1 pr-2">{String(parameter.in ?? '')}</td>
                  <td className="py-1 font-mono">{describeSchema(parameter.schema)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {body !== undefined && (
          <p>
            <span className="font-semibold">Request body:</span> <code>{describeSchema(body)}</code>
          </p>
        )}
        <div>
          <p className="font-semibold">Responses</p>
          <ul className="mt-1 space-y-0.5">
            {responses.map(([status, response]) => (
              <li key={status}>
                <code className="font-semibold">{status}</code>{' '}
                {isObject(response) && typeof response.description === 'string' ? response.description : ''}
                {isObject(response) && jsonSchemaOf(response.content) !== undefined && (
                  <code className="text-slate-700"> → {describeSchema(jsonSchemaOf(response.content))}</code>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}

function SchemaTable({ name, schema }: { name: string; schema: Json }) {
  const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <h4 className="font-mono font-semibold">{name}</h4>
      {properties.length === 0 ? (
        <p className="text-sm">
          <code>{describeSchema(schema)}</code>
        </p>
      ) : (
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">Fields of {name}</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-2">
                Field
              </th>
              <th scope="col" className="py-1">
                Type
              </th>
            </tr>
          </thead>
          <tbody>
            {properties.map(([field, fieldSchema]) => (
              <tr key={field} className="border-b border-slate-100">
                <td className="py-1 pr-2 font-mono">
                  {field}
                  {required.has(field) && <span className="text-red-800"> *</span>}
                  {isObject(fieldSchema) && fieldSchema.readOnly === true && (
                    <span className="text-slate-700"> (read-only)</span>
                  )}
                </td>
                <td className="py-1 font-mono">{describeSchema(fieldSchema)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function ContractView({ spec }: { spec: Json }) {
  const info = isObject(spec.info) ? spec.info : {};
  const paths = isObject(spec.paths) ? Object.entries(spec.paths) : [];
  const schemas =
    isObject(spec.components) && isObject(spec.components.schemas)
      ? Object.entries(spec.components.schemas)
      : [];
  return (
    <div className="space-y-4">
      <div>
        <h3 className="text-lg font-semibold">
          {String(info.title ?? 'API')}{' '}
          <span className="text-sm font-normal text-slate-700">v{String(info.version ?? '')}</span>
        </h3>
        {typeof info.description === 'string' && <p className="text-slate-700">{info.description}</p>}
        <p className="text-sm text-slate-700">
          OpenAPI {String(spec.openapi ?? '')} · <span className="text-red-800">*</span> required
        </p>
      </div>
      <div className="space-y-2">
        {paths.flatMap(([path, item]) =>
          isObject(item)
            ? methods
                .filter((method) => isObject(item[method]))
                .map((method) => (
                  <Operation
                    key={`${method} ${path}`}
                    method={method}
                    path={path}
                    operation={item[method] as Json}
                  />
                ))
            : [],
        )}
      </div>
      {schemas.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold">Schemas</h3>
          <div className="grid gap-3 md:grid-cols-2">
            {schemas.map(([name, schema]) =>
              isObject(schema) ? <SchemaTable key={name} name={name} schema={schema} /> : null,
            )}
          </div>
        </div>
      )}
    </div>
  );
}
