// Streams SmartAPIForge progress to a browser: GET / serves a page with a prompt box, GET /generate?prompt=
// runs the pipeline and forwards every event as Server-Sent Events, ending with the live URL.
// `--once` starts the server, plays the browser's part with fetch, checks the stream and exits (our test).
import { createServer } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createForge } from '@smartapiforge/sdk';

const forge = createForge();

const page = `<!doctype html><meta charset="utf-8"><title>SmartAPIForge progress</title>
<form id="f"><input id="p" size="80" value="A pet store API: pets have a name, a species and an age"><button>Generate</button></form>
<ol id="log"></ol>
<script>
f.onsubmit = (e) => {
  e.preventDefault();
  const source = new EventSource('/generate?prompt=' + encodeURIComponent(p.value));
  source.onmessage = (m) => {
    const event = JSON.parse(m.data);
    const li = document.createElement('li');
    li.textContent = event.type === 'deployed' ? 'live at ' + event.deployment.url : event.type + ' ' + (event.stage ?? '');
    log.append(li);
    if (event.type === 'deployed' || event.type === 'error') source.close();
  };
};
</script>`;

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return;
  }
  if (url.pathname !== '/generate') {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'forge-stream-')), 'api');
  const generation = forge.generate(url.searchParams.get('prompt') ?? '', { outDir });
  // Iterating a generation yields every event, including any emitted before we started listening.
  for await (const event of generation) {
    if (event.type !== 'log') response.write(`data: ${JSON.stringify(event)}\n\n`);
  }
  response.end();
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`Progress page: ${base}/`);
  if (!process.argv.includes('--once')) return;

  const prompt = encodeURIComponent('A recipe API: recipes have a title and a cooking time in minutes');
  const stream = await fetch(`${base}/generate?prompt=${prompt}`);
  const text = await stream.text();
  const events = text
    .split('\n\n')
    .filter((chunk) => chunk.startsWith('data: '))
    .map((chunk) => JSON.parse(chunk.slice(6)));
  const deployed = events.find((event) => event.type === 'deployed');
  if (!deployed) throw new Error(`the stream ended without a deployment: ${text.slice(-500)}`);
  const health = await fetch(`${deployed.deployment.url}/healthz`);
  console.log(
    `streamed ${events.length} events; API live at ${deployed.deployment.url} (healthz ${health.status})`,
  );
  await forge.close();
  server.close();
  if (!health.ok) process.exitCode = 1;
});
