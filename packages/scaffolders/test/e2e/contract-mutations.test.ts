import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { fixtureDesigns } from '@smartapiforge/spec-engine/testing';
import { describe, expect, it } from 'vitest';
import {
  runContractSuite,
  scaffoldExpress,
  scaffoldFastapi,
  type GeneratedProject,
} from '../../src/index.js';
import { contractAuth, contractSecrets } from '../support/contract-auth.js';
import { fastapiTools, serveProject } from '../support/serve-project.js';

/**
 * The contract suite is the gate: a generated project broken on purpose in one of the ways that real
 * bugs break APIs must fail it, on both stacks. Each mutation edits the generated source text; an
 * edit whose text is not found fails the test, so a template change cannot make a mutation vanish.
 */

// Owner-scoped tickets behind API keys, with equality filters on subject, priority and due_on.
const design = parseDesign(fixtureDesigns['tickets-api-key-owned']!);
const openapi = compileOpenApi(design);
const scaffold = { express: scaffoldExpress, fastapi: scaffoldFastapi };

interface Edit {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

interface Mutation {
  readonly bug: string;
  readonly edits: Record<keyof typeof scaffold, Edit[]>;
  /** The case that must fail. */
  readonly caught: string;
}

const mutations: Mutation[] = [
  {
    bug: 'POST is open to anonymous callers',
    caught: 'POST /tickets: refused with 401 without valid credentials',
    edits: {
      express: [
        {
          file: 'src/app.ts',
          find: 'const guarded = [authenticated, ...limits.slice(1)];',
          replace: `const guarded = [
    ((req, res, next) => {
      if (req.method === 'POST' && !req.get('x-helpdesk-key')) {
        res.locals.caller = 'anonymous';
        return next();
      }
      return authenticated(req, res, next);
    }) as typeof authenticated,
    ...limits.slice(1),
  ];`,
        },
      ],
      fastapi: [
        {
          file: 'app/dependencies.py',
          find: '    caller = request.app.state.authenticator.caller(',
          replace:
            '    if request.method == "POST" and "x-helpdesk-key" not in request.headers:\n        return "anonymous"\n    caller = request.app.state.authenticator.caller(',
        },
      ],
    },
  },
  {
    bug: 'the list answers an empty page',
    caught: 'GET /tickets: lists a record just created and counts it in the total',
    edits: {
      express: [
        {
          file: 'src/routes/tickets.ts',
          find: 'sendJson(res, await repositories.ticket.listJson(query, callerOf(res)));',
          replace: 'res.json({ data: [], meta: { total: 0, limit: query.limit, offset: query.offset } });',
        },
      ],
      fastapi: [
        {
          file: 'app/routers/tickets.py',
          find: 'return JsonBody(await repositories_of(request).ticket.page_json(list_query(parameters), owner=caller))',
          replace:
            'query = list_query(parameters)\n    return {"data": [], "meta": {"total": 0, "limit": query.limit, "offset": query.offset}}',
        },
      ],
    },
  },
  {
    bug: 'PATCH does not check the owner',
    caught: 'PATCH /tickets/{id} as another user: refused, the record unchanged',
    edits: {
      express: [
        {
          file: 'src/repositories/repository.ts',
          find: 'const [where, whereParams] = byId(id, owner, params.length + 1);',
          replace: 'const [where, whereParams] = [`id = $${params.length + 1}`, [id]];',
        },
      ],
      fastapi: [
        {
          file: 'app/repository.py',
          find: 'statement = update(self.table).where(*self._by_id(id, owner)).values(changes)',
          replace: 'statement = update(self.table).where(self.table.c.id == id).values(changes)',
        },
      ],
    },
  },
  {
    bug: 'the list ignores its filters',
    caught: 'GET /tickets?subject=…: lists only records whose subject matches',
    edits: {
      express: [
        { file: 'src/http/validation.ts', find: '          filters,\n', replace: '          filters: {},\n' },
      ],
      fastapi: [
        {
          file: 'app/repository.py',
          find: 'where = [*self._scope(owner), *(self.table.c[name] == value for name, value in query.filters.items())]',
          replace: 'where = [*self._scope(owner)]',
        },
      ],
    },
  },
  {
    bug: 'a malformed id crashes the read (500)',
    caught: 'GET /tickets/{id}: malformed keys and %-escapes are refused, not a crash',
    edits: {
      express: [
        {
          file: 'src/repositories/repository.ts',
          find: 'async getJson(id, owner) {\n      if (!uuidPattern.test(id)) return undefined;',
          replace:
            "async getJson(id, owner) {\n      if (!uuidPattern.test(id)) throw new Error('not a uuid');",
        },
      ],
      fastapi: [
        {
          file: 'app/repository.py',
          find: '        """The row with this id as its JSON body, or None."""\n        if not is_uuid(id):\n            return None',
          replace:
            '        """The row with this id as its JSON body, or None."""\n        if not is_uuid(id):\n            raise ValueError("not a uuid")',
        },
      ],
    },
  },
];

function mutate(project: GeneratedProject, edits: Edit[]): GeneratedProject {
  const files = { ...project.files };
  for (const edit of edits) {
    const source = files[edit.file];
    expect(source, `${project.stack} project has no ${edit.file}`).toBeDefined();
    expect(source!.split(edit.find).length - 1, `${edit.file} holds the mutated text exactly once`).toBe(1);
    files[edit.file] = source!.replace(edit.find, () => edit.replace);
  }
  return { ...project, files };
}

async function runSuite(
  project: GeneratedProject,
  env: Record<string, string> = {},
  rateLimit?: { requests: number },
) {
  const served = await serveProject(project, { ...contractSecrets, ...env });
  try {
    return await runContractSuite({
      openapi,
      baseUrl: served.baseUrl,
      ...contractAuth(design),
      ...(rateLimit ? { rateLimit } : {}),
    });
  } finally {
    await served.stop();
  }
}

async function failedCases(project: GeneratedProject) {
  return (await runSuite(project)).cases.filter((item) => item.status === 'failed');
}

// Room for every other case of the run (a few hundred requests), then the 429 case spends the rest.
const rateLimit = { requests: 1_000 };
const rateLimitCase = 'GET /tickets: answers 429 once the rate limit is spent';

describe.each(['express', 'fastapi'] as const)('the contract suite against a broken %s project', (stack) => {
  const skip = stack === 'fastapi' && !fastapiTools;
  const project = scaffold[stack](design, openapi);

  it.skipIf(skip)(
    'passes the project as generated',
    async () => {
      expect(await failedCases(project)).toEqual([]);
    },
    300_000,
  );

  it.skipIf(skip)(
    'leaves none of its records in the live API',
    async () => {
      const served = await serveProject(project, contractSecrets);
      try {
        const report = await runContractSuite({ openapi, baseUrl: served.baseUrl, ...contractAuth(design) });
        expect(report.cases.find((item) => item.name.includes('created is deleted'))?.status).toBe('passed');
        const scheme = Object.values(openapi.components?.securitySchemes ?? {})[0] as { name: string };
        for (const key of contractAuth(design).auth!.tokens)
          for (const resource of design.resources) {
            const reply = await fetch(`${served.baseUrl}/${resource.plural}`, {
              headers: { [scheme.name]: key! },
            });
            expect(reply.status).toBe(200);
            expect(((await reply.json()) as { data: unknown[] }).data).toEqual([]);
          }
      } finally {
        await served.stop();
      }
    },
    300_000,
  );

  it.skipIf(skip)(
    'proves the rate limit when the deployment switches it on',
    async () => {
      const report = await runSuite(
        project,
        { RATE_LIMIT: String(rateLimit.requests), RATE_LIMIT_WINDOW: '600' },
        rateLimit,
      );
      expect(report.cases.filter((item) => item.status === 'failed')).toEqual([]);
      expect(report.cases.find((item) => item.name === rateLimitCase)?.status).toBe('passed');
    },
    300_000,
  );

  it.skipIf(skip)(
    'fails a project whose rate limit is off while the run expects one',
    async () => {
      const failed = (await runSuite(project, {}, { requests: 50 })).cases.filter(
        (item) => item.status === 'failed',
      );
      expect(failed.map((item) => item.name)).toEqual([rateLimitCase]);
    },
    300_000,
  );

  it.skipIf(skip).each(mutations)(
    'fails it when $bug',
    async ({ edits, caught }) => {
      const failed = await failedCases(mutate(project, edits[stack]));
      expect(failed.map((item) => item.name)).toContain(caught);
    },
    300_000,
  );
});
