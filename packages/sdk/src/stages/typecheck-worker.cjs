'use strict';
// Runs inside a long-lived sandbox whose workspace has the dependency cache mounted at node_modules/.
// Each POST /check names a project folder written under the workspace and answers what
// `tsc -p <config>` would print and exit with. Declaration files under the mounted node_modules
// (TypeScript's libs, @types/node, vitest's and vite's types: nearly all of a generated project's
// ~400 files) are parsed and bound once and shared by every later program; the mount is read-only
// and its contents never change, so a shared file is always the file tsc would read. Type-checking
// runs no project code. Each project folder is deleted once checked.
const fs = process.getBuiltinModule('node:fs');
const http = process.getBuiltinModule('node:http');
const { createRequire } = process.getBuiltinModule('node:module');
const path = process.getBuiltinModule('node:path');

const workspace = process.cwd();
// The project's own compiler, from the mounted dependency set.
const ts = createRequire(path.join(workspace, 'package.json'))('typescript');
const mount = path.join(workspace, 'node_modules');
// tsc reads a file by its real path, which is outside the workspace where the mount is a symlink.
const sharedRoots = [...new Set([mount, fs.realpathSync(mount)])].map((root) => root + path.sep);
const isShared = (fileName) => sharedRoots.some((root) => path.resolve(fileName).startsWith(root));
/** Parsed declaration files from the mount, by path and by the parse options that shaped them. */
const sharedFiles = new Map();

const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => workspace,
  getNewLine: () => '\n',
};

function check(dir, config) {
  const configPath = path.resolve(workspace, dir, config);
  const configErrors = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
  });
  // tsc exits 1 when it cannot read the config at all.
  if (!parsed) return { ...report(configErrors, dir), exitCode: 1 };
  const host = ts.createCompilerHost(parsed.options);
  const readSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!isShared(fileName)) {
      return readSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
    }
    // The parse options (target, module format, JSDoc mode) decide the tree, so they are in the key.
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = sharedFiles.get(key);
    if (!file) {
      file = readSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
      if (file) sharedFiles.set(key, file);
    }
    return file;
  };
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
    host,
  });
  // What tsc reports before emitting; nothing is emitted (a project that asks for output gets it
  // from its own build).
  return report(ts.getPreEmitDiagnostics(program), dir);
}

function report(diagnostics, dir) {
  const errors = diagnostics.filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  // Paths as tsc prints them from inside the project folder.
  const projectHost = { ...formatHost, getCurrentDirectory: () => path.resolve(workspace, dir) };
  const output = ts.formatDiagnostics(diagnostics, projectHost);
  // As tsc without a terminal: the diagnostics alone, and exit code 2 when a noEmit run finds errors.
  return { exitCode: errors.length > 0 ? 2 : 0, output };
}

function inWorkspace(dir) {
  const resolved = path.resolve(workspace, dir);
  return resolved.startsWith(workspace + path.sep) && !isShared(resolved) ? resolved : undefined;
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let answer;
    let folder;
    try {
      const { dir, config } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      folder = typeof dir === 'string' ? inWorkspace(dir) : undefined;
      if (request.method !== 'POST' || request.url !== '/check' || !folder || typeof config !== 'string') {
        answer = {
          status: 400,
          body: { error: 'POST /check with {"dir", "config"}: a folder in the workspace' },
        };
      } else {
        const started = performance.now();
        const result = check(dir, config);
        answer = { status: 200, body: { ...result, durationMs: Math.round(performance.now() - started) } };
      }
    } catch (error) {
      answer = { status: 500, body: { error: String(error && error.stack ? error.stack : error) } };
    } finally {
      if (folder) fs.rmSync(folder, { recursive: true, force: true });
    }
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('typecheck worker ready\n'));
