'use strict';
// Runs inside a long-lived sandbox whose workspace has the dependency cache mounted at node_modules/.
// Each POST /check names a project folder written under the workspace and answers what
// `tsc -p <config>` would print and exit with. Declaration files under the mounted node_modules
// (TypeScript's libs, @types/node, the libraries' own types: nearly all of a generated project's
// ~290 files) are parsed and bound once and shared by every later program; the mount is read-only
// and its contents never change, so a shared file is always the file tsc would read. Type-checking
// runs no project code.
//
// Every project is checked in the same folder, as the next version of one incremental program (what
// `tsc --incremental` keeps between runs): generated projects share most of their files, and a file
// whose text is unchanged and whose imports' declarations are unchanged keeps the diagnostics it had,
// while every other file is checked again. TypeScript's builder decides which files those are, so
// the verdict and output are tsc's. Each project folder is deleted once checked.
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
/** Whether each path asked about is under the mount, by path: the compiler asks of the same thousands. */
const sharedByPath = new Map();
function isShared(fileName) {
  let shared = sharedByPath.get(fileName);
  if (shared === undefined) {
    shared = sharedRoots.some((root) => path.resolve(fileName).startsWith(root));
    // Bounded: every project brings paths of its own.
    if (sharedByPath.size >= 100_000) sharedByPath.clear();
    sharedByPath.set(fileName, shared);
  }
  return shared;
}
/** A short stand-in for each set of compiler options seen, for the keys below. */
const optionsIds = new Map();
/** Parsed declaration files from the mount, by path and by the parse options that shaped them. */
const sharedFiles = new Map();

const formatHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => workspace,
  getNewLine: () => '\n',
};

/** The folder every project is checked in, so that one project's program can reuse the last one's. */
const slot = 'project';
/** Project files parsed for earlier programs, by path and parse options: reused while their text is the same. */
const projectFiles = new Map();
/** The last project's program, whose unchanged files' diagnostics the next program keeps. */
let previous;

/** The builder tells versions of a file apart by `version`: a hash of its text. */
function versioned(file) {
  if (file && file.version === undefined) file.version = ts.sys.createHash(file.text);
  return file;
}

/** What the compiler asked of the file system under the mount, by question and path: it never changes. */
const sharedProbes = new Map();

/**
 * `host` answering again from memory whatever it was asked about a path under the mount (does it
 * exist, its real path, its text): module resolution asks the same thousands of questions about the
 * dependency set's packages for every project. Paths in the project folder are always looked up.
 */
function withSharedProbesRemembered(host) {
  for (const probe of ['fileExists', 'directoryExists', 'realpath', 'readFile', 'getDirectories']) {
    const ask = host[probe];
    if (typeof ask !== 'function') continue;
    host[probe] = (fileName, ...rest) => {
      if (rest.length > 0 || !isShared(fileName)) return ask.call(host, fileName, ...rest);
      const key = `${probe}\0${fileName}`;
      if (!sharedProbes.has(key)) sharedProbes.set(key, ask.call(host, fileName));
      return sharedProbes.get(key);
    };
  }
  return host;
}

/** Module resolutions made from files under the mount, by file, name, mode and compiler options. */
const sharedResolutions = new Map();

/**
 * `host` resolving modules as the compiler does by default, answering again from memory what a file
 * under the mount imports. A new project has other root files than the last, so the compiler reuses
 * none of the last program's resolutions and would resolve every import of the dependency set's
 * ~290 declaration files again. Resolving from a file under the mount reads only the mount and the
 * folders above it, where no project is written, so the same question always has the same answer;
 * the project's own imports are resolved afresh for every program.
 */
function withSharedResolutionsRemembered(host, programOptions, optionsId) {
  const cache = ts.createModuleResolutionCache(
    host.getCurrentDirectory(),
    host.getCanonicalFileName,
    programOptions,
  );
  host.getModuleResolutionCache = () => cache;
  host.resolveModuleNameLiterals = (
    literals,
    containingFile,
    redirectedReference,
    options,
    containingSourceFile,
  ) => {
    const remembered =
      redirectedReference === undefined && options === programOptions && isShared(containingFile);
    return literals.map((literal) => {
      const mode = ts.getModeForUsageLocation(containingSourceFile, literal, options);
      const resolve = () =>
        ts.resolveModuleName(literal.text, containingFile, options, host, cache, redirectedReference, mode);
      if (!remembered) return resolve();
      // The specifier last: the only part that could hold a \0 itself.
      const key = `${optionsId}\0${mode}\0${containingFile}\0${literal.text}`;
      let resolution = sharedResolutions.get(key);
      if (!resolution) sharedResolutions.set(key, (resolution = resolve()));
      return resolution;
    });
  };
  return host;
}

/** Checks the project written at `folder` (a path inWorkspace accepted), then deletes it. */
function check(folder, config) {
  const checked = path.resolve(workspace, slot);
  fs.rmSync(checked, { recursive: true, force: true });
  fs.renameSync(folder, checked);
  try {
    return checkSlot(config);
  } finally {
    fs.rmSync(checked, { recursive: true, force: true });
  }
}

function checkSlot(config) {
  const configPath = path.resolve(workspace, slot, config);
  const configErrors = [];
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic),
  });
  // tsc exits 1 when it cannot read the config at all.
  if (!parsed) return { ...report(configErrors, slot), exitCode: 1 };
  const host = withSharedProbesRemembered(ts.createCompilerHost(parsed.options));
  const readSourceFile = host.getSourceFile;
  const used = new Set();
  // What shapes a parsed tree besides the text: the compiler options (the target, and how a file is
  // told to be a module) and, per file, the module format its package.json gives it. Not the rest of
  // that package.json (the program notes it on the tree itself): each project's has a name of its own,
  // which would keep every project from reusing a tree of another.
  const optionsKey = JSON.stringify(parsed.options);
  if (!optionsIds.has(optionsKey)) optionsIds.set(optionsKey, optionsIds.size);
  const optionsId = optionsIds.get(optionsKey);
  withSharedResolutionsRemembered(host, parsed.options, optionsId);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const {
      languageVersion: target,
      impliedNodeFormat,
      jsDocParsingMode,
    } = typeof languageVersion === 'object' ? languageVersion : { languageVersion };
    const key = `${optionsId}\0${target}\0${impliedNodeFormat}\0${jsDocParsingMode}\0${fileName}`;
    if (isShared(fileName)) {
      let file = sharedFiles.get(key);
      if (!file) {
        file = versioned(readSourceFile.call(host, fileName, languageVersion, onError, shouldCreate));
        if (file) sharedFiles.set(key, file);
      }
      return file;
    }
    // The same text gives the same tree: the earlier one is handed back unparsed, and the program
    // reuses it as is. Most of a generated project's files are the same in every project.
    const known = projectFiles.get(key);
    if (known && host.readFile(fileName) === known.text) {
      used.add(key);
      return known;
    }
    const file = versioned(readSourceFile.call(host, fileName, languageVersion, onError, shouldCreate));
    if (!file) return file;
    used.add(key);
    projectFiles.set(key, file);
    return file;
  };
  const builder = ts.createSemanticDiagnosticsBuilderProgram(
    parsed.fileNames,
    parsed.options,
    host,
    previous,
    ts.getConfigFileParsingDiagnostics(parsed),
    parsed.projectReferences,
  );
  previous = builder;
  // Files of earlier projects only (another resource's routes) are not kept for ever.
  for (const key of projectFiles.keys()) if (!used.has(key)) projectFiles.delete(key);
  const program = builder.getProgram();
  // What ts.getPreEmitDiagnostics (tsc's report before emitting) collects, the semantic part from the
  // builder; nothing is emitted (a project that asks for output gets it from its own build).
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...builder.getSemanticDiagnostics(),
    ...(parsed.options.declaration || parsed.options.composite ? program.getDeclarationDiagnostics() : []),
  ];
  return report(ts.sortAndDeduplicateDiagnostics(diagnostics), slot);
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
  const outside = !resolved.startsWith(workspace + path.sep) || isShared(resolved);
  const checked = path.resolve(workspace, slot);
  const inSlot = resolved === checked || resolved.startsWith(checked + path.sep);
  return outside || inSlot ? undefined : resolved;
}

/**
 * Once the dependency set's declarations are parsed (the first check), a check is a fraction of the
 * project's own test run beside it, and of the deployment of the same project: on a busy machine the
 * worker then takes a lower priority so those take the CPU first, while the check still gets every
 * idle cycle. The first check, which parses everything, keeps the usual priority: it is the slowest
 * part of its run. Raising one's own niceness needs no privilege; where a sandbox refuses it, the
 * worker goes on at the usual priority.
 */
let yielded = false;
function yieldToTests() {
  if (yielded) return;
  yielded = true;
  try {
    process.getBuiltinModule('node:os').setPriority(10);
  } catch {
    // Checked at the usual priority, as before.
  }
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
        const result = check(folder, config);
        yieldToTests();
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
