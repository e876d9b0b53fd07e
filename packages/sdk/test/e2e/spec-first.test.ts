import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LLMProvider } from '@smartapiforge/spec-engine';
import { createForge, type ForgeEvent } from '../../src/index.js';

const contracts = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../scaffolders/test/fixtures/contracts',
);
const oaiExamples = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/specs/oai-examples',
);
const forge = createForge();
afterAll(() => forge.close());

async function tempOut(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'forge-spec-first-')), name);
}

describe('spec-first generation (forge from-spec)', () => {
  it('serves RealWorld as written: tested in the sandbox, live under /api, every operation probed', async () => {
    const spec = await readFile(path.join(contracts, 'realworld/openapi.yml'), 'utf8');
    const events: ForgeEvent[] = [];
    const result = await forge.generate(
      { spec },
      { outDir: await tempOut('conduit'), onProgress: (event) => events.push(event) },
    );

    // The served contract is the user's document, not one compiled from a design.
    expect(events.find((event) => event.type === 'stage-skip' && event.stage === 'compile')).toBeDefined();
    expect(result.openapi['servers']).toEqual([{ url: 'https://api.realworld.show/api' }]);
    expect(Object.keys(result.openapi['paths'] as object)).toContain('/articles/{slug}/comments/{id}');
    expect(result.files).toContain('src/handlers/follow-user-by-username.ts');
    expect(result.warnings).toContainEqual(
      '/paths/~1profiles~1{username}~1follow/post: custom operation: answers 501 until its handler follow-user-by-username is implemented (src/handlers/ on Express, app/handlers/ on FastAPI)',
    );
    expect(result.test?.counts.failed).toBe(0);
    expect(result.test?.counts.passed).toBeGreaterThan(10);
    expect(result.contract?.failed).toBe(0);
    // The five custom operations (follow, unfollow, feed, favorite, unfavorite) are reported as not implemented, never hidden.
    expect(
      result.contract?.cases.filter((entry) => entry.status === 'skipped').map((entry) => entry.name),
    ).toHaveLength(5);

    // A user can register, log in and read their own account through the live API.
    const api = `${result.deployment!.url}/api`;
    const user = { username: 'ada', email: 'ada@example.com', password: 'correct horse battery staple' };
    const registered = await fetch(`${api}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    expect(registered.status).toBe(201);
    const login = await fetch(`${api}/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { email: user.email, password: user.password } }),
    });
    const { user: session } = (await login.json()) as {
      user: { token: string; username: string; password?: string };
    };
    expect(session.username).toBe('ada');
    expect(session.password).toBeUndefined();
    const me = await fetch(`${api}/user`, { headers: { authorization: `Token ${session.token}` } });
    expect(me.status).toBe(200);
    expect((await fetch(`${api}/user`)).status).toBe(401);
    // Nothing the contract lacks is served.
    expect((await fetch(`${api}/users`)).status).toBe(405);
    expect((await fetch(`${result.deployment!.url}/articles`)).status).toBe(404);
  }, 600_000);

  it('serves RealWorld as written on FastAPI: tested in the runtime image, live, every operation probed', async () => {
    const spec = await readFile(path.join(contracts, 'realworld/openapi.yml'), 'utf8');
    const result = await forge.generate(
      { spec },
      { outDir: await tempOut('conduit-fastapi'), stack: 'fastapi' },
    );
    expect(result.files).toContain('app/handlers/follow_user_by_username.py');
    expect(result.test?.counts.failed).toBe(0);
    expect(result.test?.counts.passed).toBeGreaterThan(10);
    expect(result.contract?.failed).toBe(0);
    expect(result.contract?.cases.filter((entry) => entry.status === 'skipped')).toHaveLength(5);

    const api = `${result.deployment!.url}/api`;
    const user = { username: 'grace', email: 'grace@example.com', password: 'correct horse battery staple' };
    const post = (route: string, body: object) =>
      fetch(`${api}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/users', { user })).status).toBe(201);
    const login = await post('/users/login', { user: { email: user.email, password: user.password } });
    const { user: session } = (await login.json()) as { user: { token: string; password?: string } };
    expect(session.password).toBeUndefined();
    const me = await fetch(`${api}/user`, { headers: { authorization: `Token ${session.token}` } });
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('grace');
    expect((await fetch(`${api}/users`)).status).toBe(405);
  }, 600_000);

  it('plans a document without CRUD routes and serves it on the FastAPI stack too', async () => {
    const spec = await readFile(path.join(oaiExamples, 'v3.1-webhook-example.yaml'), 'utf8');
    const result = await forge.spec({ spec });
    expect(result.openapi['webhooks']).toBeDefined();
    expect(result.warnings).toContainEqual(
      '/webhooks/newPet: webhooks are documented, not sent: the server makes no outgoing calls',
    );
    const scaffolded = await forge.scaffold(
      { spec },
      { stack: 'fastapi', outDir: await tempOut('webhooks') },
    );
    expect(scaffolded.files).toEqual(expect.arrayContaining(['app/openapi.json', 'app/contract/plan.json']));
  });

  // A scripted model stands in for a real one: what it answers is fixed, the sandbox's verdict is not.
  const paymentHandler = [
    "import { randomUUID } from 'node:crypto';",
    "import { ApiProblem, type HandlerContext, type OperationResult } from './context.js';",
    '',
    'export default async function handle({ input, services }: HandlerContext): Promise<OperationResult> {',
    "  const bookingId = String(input.path['bookingId']);",
    "  if (!(await services.store.get('bookings', '', bookingId))) throw new ApiProblem(404, `No booking ${bookingId}.`);",
    "  return { status: 200, body: { ...(input.body as Record<string, unknown>), id: randomUUID(), status: 'succeeded' } };",
    '}',
    '',
  ].join('\n');
  const teapotHandler = 'export default async function handle() {\n  return { status: 418 };\n}\n';
  const pythonPaymentHandler = [
    '"""POST /bookings/{bookingId}/payment: pays for a booking that exists."""',
    '',
    'import uuid',
    '',
    'from app.handlers.context import ApiProblem, HandlerContext, OperationResult',
    '',
    '',
    'def handle(context: HandlerContext) -> OperationResult:',
    '    booking_id = str(context.input.path["bookingId"])',
    '    if context.services.store.get("bookings", "", booking_id) is None:',
    '        raise ApiProblem(404, f"No booking {booking_id}.")',
    '    return OperationResult(200, {**context.input.body, "id": str(uuid.uuid4()), "status": "succeeded"})',
    '',
  ].join('\n');
  const pythonTeapotHandler = [
    'from app.handlers.context import HandlerContext, OperationResult',
    '',
    '',
    'def handle(context: HandlerContext) -> OperationResult:',
    '    return OperationResult(418)',
    '',
  ].join('\n');
  const handlers = {
    express: {
      file: 'src/handlers/create-booking-payment.ts',
      correct: paymentHandler,
      wrong: teapotHandler,
      stub: /notImplemented\(context, 'src\/handlers\/create-booking-payment\.ts'\)/,
    },
    fastapi: {
      file: 'app/handlers/create_booking_payment.py',
      correct: pythonPaymentHandler,
      wrong: pythonTeapotHandler,
      stub: /not_implemented\(context, "app\/handlers\/create_booking_payment\.py"\)/,
    },
  } as const;
  const scripted = (source: string): LLMProvider => ({
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted-1',
    generateObject: async () => ({ object: { source }, text: '', usage: {}, modelId: 'scripted-1' }),
  });

  it.each([
    ['express', 'keeps a model-written handler whose contract test passes in the sandbox', true],
    ['express', 'rejects one whose contract test fails, leaving the 501 stub', false],
    ['fastapi', 'keeps a model-written handler whose contract test passes in the sandbox', true],
    ['fastapi', 'rejects one whose contract test fails, leaving the 501 stub', false],
  ] as const)(
    '%s: %s',
    async (stack, _, kept) => {
      const spec = await readFile(path.join(contracts, 'train-travel/openapi.yaml'), 'utf8');
      const outDir = await tempOut('trains');
      const { file, correct, wrong, stub } = handlers[stack];
      const withModel = createForge({ llm: scripted(kept ? correct : wrong) });
      const result = await withModel.generate({ spec }, { outDir, stack, deploy: false, maxRepairs: 0 });
      expect(result.handlers).toEqual([
        {
          operation: 'POST /bookings/{bookingId}/payment',
          file,
          kept,
          attempts: 1,
          ...(kept ? {} : { reason: expect.stringContaining('test') }),
        },
      ]);
      const onDisk = await readFile(path.join(outDir, file), 'utf8');
      if (kept) expect(onDisk).toBe(correct);
      else expect(onDisk).toMatch(stub);
    },
    600_000,
  );
});
