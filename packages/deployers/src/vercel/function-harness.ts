/** Marks the line carrying an invocation's response in the harness's stdout. */
export const RESPONSE_MARKER = '__VERCEL_FAKE_RESPONSE__';

/**
 * An instance's stdout split into its log output and the response line (absent when the function
 * died before answering). The response is one line: what the function prints after it, such as a
 * request log written as the response finishes, which can land after the harness's line, is log output
 * like the rest.
 */
export function splitInvocationOutput(stdout: string): { logs: string; response: string | undefined } {
  const [before = '', marked] = stdout.split(`\n${RESPONSE_MARKER}`);
  if (marked === undefined) return { logs: before, response: undefined };
  const lineEnd = marked.indexOf('\n');
  if (lineEnd === -1) return { logs: before, response: marked };
  return { logs: before + marked.slice(lineEnd), response: marked.slice(0, lineEnd) };
}

/**
 * One Node.js function instance, started before its request as Vercel's pool of instances is: imports
 * the entry (Vercel's `(req, res)` signature), waits for its one request to appear in `requestFile`,
 * serves it, prints the response and exits.
 */
export const NODE_HARNESS = `import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [entry, requestFile] = process.argv.slice(2);
const { default: handler } = await import(pathToFileURL(entry).href);
let request;
while (!request) {
  try {
    request = JSON.parse(readFileSync(requestFile, 'utf8'));
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const server = createServer((req, res) =>
  Promise.resolve(handler(req, res)).catch((error) => {
    console.error(error);
    res.statusCode = 500;
    res.end();
  }),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const response = await fetch('http://127.0.0.1:' + server.address().port + request.url, {
  method: request.method,
  headers: request.headers,
  body: request.body ? Buffer.from(request.body, 'base64') : undefined,
  redirect: 'manual',
});
const body = Buffer.from(await response.arrayBuffer()).toString('base64');
process.stdout.write('\\n${RESPONSE_MARKER}' + JSON.stringify({ status: response.status, headers: [...response.headers], body }) + '\\n');
process.exit(0);
`;

/** The same for Python: Vercel's Python runtime serves the module's ASGI \`app\`. */
export const PYTHON_HARNESS = `import base64, importlib, json, sys, time
sys.path.insert(0, '.')
module, request_file = sys.argv[1], sys.argv[2]
app = importlib.import_module(module).app
from starlette.testclient import TestClient
with TestClient(app, raise_server_exceptions=False) as client:
    request = None
    while request is None:
        try:
            with open(request_file) as handle:
                request = json.load(handle)
        except (OSError, ValueError):
            time.sleep(0.01)
    response = client.request(request['method'], request['url'], headers=request['headers'],
                              content=base64.b64decode(request['body'] or ''), follow_redirects=False)
sys.stdout.write('\\n${RESPONSE_MARKER}' + json.dumps({'status': response.status_code,
    'headers': list(response.headers.multi_items()), 'body': base64.b64encode(response.content).decode()}) + '\\n')
`;
