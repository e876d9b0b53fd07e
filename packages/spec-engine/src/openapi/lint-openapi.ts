import { pointer, schemaLocations } from './schema-locations.js';
import { exampleIssues } from './validate-openapi.js';

export type LintSeverity = 'error' | 'warn' | 'info' | 'hint';

/** One lint finding; `path` is a JSON pointer into the document. */
export interface LintFinding {
  readonly ruleId: string;
  readonly severity: LintSeverity;
  readonly path: string;
  readonly message: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface OperationAt {
  readonly path: string;
  readonly template: string;
  readonly item: Json;
  readonly operation: Json;
}

function operationsOf(doc: Json): OperationAt[] {
  const out: OperationAt[] = [];
  if (!isObject(doc['paths'])) return out;
  for (const [template, item] of Object.entries(doc['paths'])) {
    if (!isObject(item)) continue;
    for (const method of methods) {
      const operation = item[method];
      if (isObject(operation))
        out.push({ path: pointer('paths', template, method), template, item, operation });
    }
  }
  return out;
}

/** Resolves a local `$ref` (one level), so parameters declared in components are read like inline ones. */
function deref(doc: Json, value: unknown): unknown {
  if (!isObject(value) || typeof value['$ref'] !== 'string' || !value['$ref'].startsWith('#/')) return value;
  let current: unknown = doc;
  for (const raw of value['$ref'].slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    current = isObject(current) ? current[key] : undefined;
  }
  return current;
}

type Rule = (doc: Json, report: (path: string, message: string) => void) => void;
interface RuleDefinition {
  readonly severity: LintSeverity;
  readonly check: Rule;
}

/**
 * The built-in ruleset, named and graded after Spectral's `oas` ruleset so findings read the same.
 * Two deliberate differences: info-contact and info-license are `info`, not `warn`, because an
 * ApiDesign has no contact or licence to compile from; no-$ref-siblings allows what 3.1 allows
 * (siblings in Schema Objects, summary/description beside other references).
 */
const rules: Record<string, RuleDefinition> = {
  'info-contact': {
    severity: 'info',
    check: (doc, report) => {
      if (isObject(doc['info']) && !isObject(doc['info']['contact']))
        report('/info', 'Info object should contain a contact object.');
    },
  },
  'info-license': {
    severity: 'info',
    check: (doc, report) => {
      if (isObject(doc['info']) && !isObject(doc['info']['license']))
        report('/info', 'Info object should contain a license object.');
    },
  },
  'info-description': {
    severity: 'warn',
    check: (doc, report) => {
      const info = doc['info'];
      if (isObject(info) && (typeof info['description'] !== 'string' || info['description'].trim() === ''))
        report('/info', 'Info object must have a non-empty "description".');
    },
  },
  'openapi-tags': {
    severity: 'warn',
    check: (doc, report) => {
      if (!Array.isArray(doc['tags']) || doc['tags'].length === 0)
        report('', 'The document should have a non-empty global "tags" array.');
    },
  },
  'operation-operationId': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc))
        if (typeof op.operation['operationId'] !== 'string')
          report(op.path, 'Operation must have an "operationId".');
    },
  },
  'operation-operationId-unique': {
    severity: 'error',
    check: (doc, report) => {
      const seen = new Set<string>();
      for (const op of operationsOf(doc)) {
        const id = op.operation['operationId'];
        if (typeof id !== 'string') continue;
        if (seen.has(id))
          report(`${op.path}/operationId`, `operationId "${id}" is used by another operation.`);
        seen.add(id);
      }
    },
  },
  'operation-operationId-valid-in-url': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc)) {
        const id = op.operation['operationId'];
        if (typeof id === 'string' && !/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/.test(id))
          report(
            `${op.path}/operationId`,
            'operationId must not contain characters that are invalid in URLs.',
          );
      }
    },
  },
  'operation-description': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc))
        if (typeof op.operation['description'] !== 'string' || op.operation['description'].trim() === '')
          report(op.path, 'Operation should have a non-empty "description".');
    },
  },
  'operation-summary': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc))
        if (typeof op.operation['summary'] !== 'string' || op.operation['summary'].trim() === '')
          report(op.path, 'Operation should have a non-empty "summary".');
    },
  },
  'operation-tags': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc))
        if (!Array.isArray(op.operation['tags']) || op.operation['tags'].length === 0)
          report(op.path, 'Operation should have a non-empty "tags" array.');
    },
  },
  'operation-tag-defined': {
    severity: 'warn',
    check: (doc, report) => {
      const defined = new Set(
        (Array.isArray(doc['tags']) ? doc['tags'] : []).filter(isObject).map((t) => t['name']),
      );
      for (const op of operationsOf(doc)) {
        const tags = Array.isArray(op.operation['tags']) ? op.operation['tags'] : [];
        tags.forEach((tag, i) => {
          if (!defined.has(tag))
            report(`${op.path}/tags/${i}`, `Tag "${String(tag)}" is not in the global tags.`);
        });
      }
    },
  },
  'operation-success-response': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc)) {
        const codes = isObject(op.operation['responses']) ? Object.keys(op.operation['responses']) : [];
        if (!codes.some((c) => /^[23](\d\d|XX)$/.test(c)))
          report(`${op.path}/responses`, 'Operation must have at least one 2xx or 3xx response.');
      }
    },
  },
  'operation-parameters': {
    severity: 'warn',
    check: (doc, report) => {
      for (const op of operationsOf(doc)) {
        const seen = new Set<string>();
        const parameters = Array.isArray(op.operation['parameters']) ? op.operation['parameters'] : [];
        parameters.forEach((raw, i) => {
          const p = deref(doc, raw);
          if (!isObject(p)) return;
          const key = `${String(p['in'])}:${String(p['name'])}`;
          if (seen.has(key))
            report(
              `${op.path}/parameters/${i}`,
              `Parameter "${String(p['name'])}" in ${String(p['in'])} is repeated.`,
            );
          seen.add(key);
        });
      }
    },
  },
  'path-params': {
    severity: 'error',
    check: (doc, report) => {
      const shapes = new Map<string, string>();
      for (const op of operationsOf(doc)) {
        const inTemplate = [...op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
        const template = pointer('paths', op.template);
        if (new Set(inTemplate).size !== inTemplate.length)
          report(template, `Path "${op.template}" uses a parameter name twice.`);
        const shape = op.template.replaceAll(/\{[^}]+\}/g, '{}');
        const other = shapes.get(shape);
        if (other !== undefined && other !== op.template)
          report(template, `Paths "${other}" and "${op.template}" are equivalent.`);
        shapes.set(shape, op.template);
        const declared = new Map<string, string>();
        const collect = (list: unknown, at: string) => {
          if (!Array.isArray(list)) return;
          list.forEach((raw, i) => {
            const p = deref(doc, raw);
            if (isObject(p) && p['in'] === 'path' && typeof p['name'] === 'string') {
              declared.set(p['name'], `${at}/parameters/${i}`);
              if (p['required'] !== true)
                report(`${at}/parameters/${i}`, `Path parameter "${p['name']}" must have "required: true".`);
            }
          });
        };
        collect(op.item['parameters'], template);
        collect(op.operation['parameters'], op.path);
        for (const name of inTemplate)
          if (!declared.has(name))
            report(op.path, `Path parameter "${name}" of "${op.template}" is not defined.`);
        for (const [name, at] of declared)
          if (!inTemplate.includes(name))
            report(at, `Parameter "${name}" is not in the path "${op.template}".`);
      }
    },
  },
  'path-keys-no-trailing-slash': {
    severity: 'warn',
    check: (doc, report) => {
      for (const template of Object.keys(isObject(doc['paths']) ? doc['paths'] : {}))
        if (template.length > 1 && template.endsWith('/'))
          report(pointer('paths', template), 'Path must not end with a slash.');
    },
  },
  'path-not-include-query': {
    severity: 'warn',
    check: (doc, report) => {
      for (const template of Object.keys(isObject(doc['paths']) ? doc['paths'] : {}))
        if (template.includes('?'))
          report(pointer('paths', template), 'Path must not include a query string.');
    },
  },
  'oas3-server-trailing-slash': {
    severity: 'warn',
    check: (doc, report) => {
      (Array.isArray(doc['servers']) ? doc['servers'] : []).forEach((server, i) => {
        const url = isObject(server) ? server['url'] : undefined;
        if (typeof url === 'string' && url !== '/' && url.endsWith('/'))
          report(`/servers/${i}/url`, 'Server URL should not end with a slash.');
      });
    },
  },
  'oas3-operation-security-defined': {
    severity: 'warn',
    check: (doc, report) => {
      const components = isObject(doc['components']) ? doc['components'] : {};
      const schemes = isObject(components['securitySchemes']) ? components['securitySchemes'] : {};
      const check = (security: unknown, at: string) =>
        (Array.isArray(security) ? security : []).forEach((requirement, i) => {
          for (const name of Object.keys(isObject(requirement) ? requirement : {}))
            if (!(name in schemes))
              report(`${at}/security/${i}`, `Security scheme "${name}" is not defined.`);
        });
      check(doc['security'], '');
      for (const op of operationsOf(doc)) check(op.operation['security'], op.path);
    },
  },
  'no-$ref-siblings': {
    severity: 'error',
    check: (doc, report) => {
      const is30 = typeof doc['openapi'] === 'string' && doc['openapi'].startsWith('3.0');
      // In 3.1 a Schema Object may have siblings beside $ref, so schemas are not entered at all.
      const schemaPaths = new Set(is30 ? [] : schemaLocations(doc).map((l) => l.path));
      const visit = (value: unknown, path: string) => {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
        if (!isObject(value) || schemaPaths.has(path)) return;
        if (typeof value['$ref'] === 'string') {
          const allowed = is30 ? [] : ['summary', 'description'];
          const extra = Object.keys(value).filter((k) => k !== '$ref' && !allowed.includes(k));
          if (extra.length > 0) report(path, `$ref must not have siblings (${extra.join(', ')}).`);
        }
        for (const [key, child] of Object.entries(value))
          if (key !== 'example' && key !== 'examples') visit(child, `${path}${pointer(key)}`);
      };
      visit(doc, '');
    },
  },
  'typed-enum': {
    severity: 'warn',
    check: (doc, report) => {
      const jsonType = (v: unknown) =>
        v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
      const visit = (schema: unknown, path: string) => {
        if (!isObject(schema)) return;
        const types = Array.isArray(schema['type'])
          ? schema['type']
          : schema['type'] === undefined
            ? []
            : [schema['type']];
        if (Array.isArray(schema['enum']) && types.length > 0) {
          schema['enum'].forEach((value, i) => {
            const t = jsonType(value);
            const ok =
              types.includes(t) ||
              (t === 'integer' && types.includes('number')) ||
              (t === 'null' && schema['nullable'] === true);
            if (!ok)
              report(
                `${path}/enum/${i}`,
                `Enum value ${JSON.stringify(value)} is not of type ${types.join(' or ')}.`,
              );
          });
        }
        for (const [key, child] of Object.entries(schema)) {
          if (['properties', 'patternProperties', '$defs'].includes(key) && isObject(child))
            for (const [name, sub] of Object.entries(child)) visit(sub, `${path}${pointer(key, name)}`);
          else if (['items', 'additionalProperties', 'not'].includes(key)) visit(child, `${path}/${key}`);
          else if (['allOf', 'anyOf', 'oneOf'].includes(key) && Array.isArray(child))
            child.forEach((sub, i) => visit(sub, `${path}/${key}/${i}`));
        }
      };
      for (const { path, schema } of schemaLocations(doc)) visit(schema, path);
    },
  },
  'duplicated-entry-in-enum': {
    severity: 'warn',
    check: (doc, report) => {
      const visit = (value: unknown, path: string) => {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
        if (!isObject(value)) return;
        if (Array.isArray(value['enum'])) {
          const seen = new Set<string>();
          value['enum'].forEach((v, i) => {
            const key = JSON.stringify(v);
            if (seen.has(key)) report(`${path}/enum/${i}`, `Enum value ${key} is repeated.`);
            seen.add(key);
          });
        }
        for (const [key, child] of Object.entries(value))
          if (key !== 'example' && key !== 'examples' && key !== 'enum')
            visit(child, `${path}${pointer(key)}`);
      };
      visit(doc, '');
    },
  },
  'no-script-tags-in-markdown': {
    severity: 'warn',
    check: (doc, report) => {
      const visit = (value: unknown, path: string) => {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
        if (!isObject(value)) return;
        for (const [key, child] of Object.entries(value)) {
          if (
            (key === 'description' || key === 'summary') &&
            typeof child === 'string' &&
            /<script/i.test(child)
          )
            report(`${path}${pointer(key)}`, 'Markdown descriptions must not contain <script> tags.');
          else if (key !== 'example' && key !== 'examples') visit(child, `${path}${pointer(key)}`);
        }
      };
      visit(doc, '');
    },
  },
  'oas3-valid-schema-example': {
    severity: 'warn',
    check: (doc, report) => {
      for (const issue of exampleIssues(doc)) report(issue.path, issue.message);
    },
  },
};

/**
 * Lints an OpenAPI 3.x document with the built-in Spectral-style ruleset; returns findings (never
 * throws for a finding), sorted by path. Structural validity is `validateOpenApi`'s job: a rule that
 * cannot read a malformed part skips it. Every compiled design yields no error or warning.
 */
export function lintOpenApi(doc: unknown): LintFinding[] {
  if (!isObject(doc))
    return [
      { ruleId: 'oas3-schema', severity: 'error', path: '', message: 'The document must be an object.' },
    ];
  const findings: LintFinding[] = [];
  for (const [ruleId, rule] of Object.entries(rules)) {
    try {
      rule.check(doc, (path, message) => findings.push({ ruleId, severity: rule.severity, path, message }));
    } catch (error) {
      // A schema too broken to compile is validateOpenApi's finding, not a linter crash.
      findings.push({
        ruleId,
        severity: 'error',
        path: '',
        message: `Rule could not run: ${(error as Error).message}`,
      });
    }
  }
  return findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The rule ids and severities, for documentation and configuration. */
export const lintRules: Readonly<Record<string, LintSeverity>> = Object.fromEntries(
  Object.entries(rules).map(([id, rule]) => [id, rule.severity]),
);
