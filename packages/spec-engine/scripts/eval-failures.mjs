// `node scripts/eval-failures.mjs --file A.jsonl [--file B.jsonl …] [--list] [--json]`: plans every request
// of the given eval files with the embedded planner and counts what went wrong by cause, so work goes to
// the causes that cost most rather than to single sentences. Prints the pooled scores, then a table of
// missed resources, missed relations and extra resources by cause; `--list` adds each failure with its
// request id. The causes are read from the design and the request text with simple tests (below), so a
// count is a pointer for a reader, not a verdict. Uses the built package: run `pnpm build` first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    file: { type: 'string', multiple: true },
    list: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (!values.file?.length) {
  console.error('Pass at least one eval file with --file PATH.');
  process.exit(2);
}
const { parseEvalCases, scoreDesign } = await import('../dist/eval/index.js');
const { createEmbeddedPlanner } = await import('../dist/index.js');

const cases = values.file.flatMap((file) => {
  let text;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    console.error(`Cannot read the eval file ${file}: ${error.message}.`);
    process.exit(2);
  }
  return parseEvalCases(text).map((c) => ({ ...c, file: path.basename(file) }));
});

const norm = (name) => name.replaceAll('_', '').toLowerCase();
const tokens = (name) =>
  name
    .toLowerCase()
    .split(/[_\s]+/)
    .filter((t) => t.length >= 3);
const stems = (name) => {
  const n = norm(name);
  return new Set([n, `${n}s`, `${n}es`, n.replace(/y$/, 'ies'), `${n}id`, `${n}ids`, n.replace(/s$/, '')]);
};
/** Whether the request's text holds the name (or its plural) as words, in any line. */
const lineWith = (prompt, name) => {
  const words = name.toLowerCase().split('_');
  const pattern = new RegExp(
    `\\b${words.map((w) => w.replace(/[^\w]/g, '')).join('[\\s_-]*')}(?:s|es)?\\b|\\b${words
      .map((w) => w.replace(/[^\w]/g, ''))
      .join('[\\s_-]*')
      .replace(/y$/, 'ies')}\\b`,
    'i',
  );
  return prompt.split('\n').find((line) => pattern.test(line));
};
/** Marks of a notation other than prose or a plain list: braces, arrows, tables, dotted paths, paths, JSON. */
const notation = /[{}|]|->|=>|\b\w+\.\w+\s*:|(?:^|\s)\/\w|"\w+"\s*:|\bfk\b|\breferences?\b|\bref\b/i;
/** Lines of a list: bullets, numbers, or a label and a colon or dash before items. */
const listLine = /^\s*(?:[-*•+]|\d+[.)])\s|^\s*[\w ]{1,40}\s*[:–—-]\s*\S/;

const counts = { resource: {}, relation: {}, extra: {} };
const listed = [];
const note = (kind, cause, id, what) => {
  counts[kind][cause] = (counts[kind][cause] ?? 0) + 1;
  listed.push({ kind, cause, id, what });
};
const total = { resources: [0, 0], fields: [0, 0], relations: [0, 0], predicted: 0, extra: 0 };
const refusals = { right: 0, wrong: 0, missed: 0 };

const planner = createEmbeddedPlanner();
for (const c of cases) {
  let design;
  try {
    design = (await planner.plan(c.prompt)).design;
  } catch {
    design = undefined;
  }
  const score = scoreDesign(design, c.expect);
  for (const key of ['resources', 'fields', 'relations'])
    total[key] = [total[key][0] + score[key][0], total[key][1] + score[key][1]];
  total.predicted += score.predicted;
  total.extra += score.extraResources;
  const expected = Object.keys(c.expect.resources);
  if (expected.length === 0) {
    if (design) refusals.missed++;
    else refusals.right++;
    continue;
  }
  if (!design) {
    refusals.wrong++;
    for (const r of expected) note('resource', 'refused', c.id, r);
    for (const [a, b] of c.expect.relations) note('relation', 'refused', c.id, `${a}>${b}`);
    continue;
  }
  const have = new Map(design.resources.map((r) => [norm(r.name), r]));
  const expectedNorm = new Set(expected.map(norm));
  const extras = design.resources.filter((r) => !expectedNorm.has(norm(r.name)));
  const missed = expected.filter((r) => !have.has(norm(r)));
  const explainedExtras = new Set();

  for (const r of missed) {
    const asField = design.resources.find((res) => res.fields.some((f) => stems(r).has(norm(f.name))));
    const variant = extras.find((x) => tokens(x.name).some((t) => tokens(r).includes(t)));
    const line = lineWith(c.prompt, r);
    let cause;
    if (variant) {
      explainedExtras.add(variant.name);
      const xt = tokens(variant.name);
      const rt = tokens(r);
      cause = xt.every((t) => rt.includes(t))
        ? 'naming: compound head or qualifier dropped'
        : rt.every((t) => xt.includes(t))
          ? 'naming: qualifier added'
          : 'naming: other word of the compound';
      note('resource', cause, c.id, `${r} (as ${variant.name})`);
      continue;
    }
    if (asField) cause = '(a) read as a field of another resource';
    else if (line && notation.test(line)) cause = '(b) in a notation line, not read';
    else if (line && listLine.test(line)) cause = '(b) in a list line, not read';
    else if (line) cause = '(d) named in prose, nothing proposed';
    else cause = '(e) not named as such (synonym, translation or inference)';
    note('resource', cause, c.id, asField ? `${r} (field of ${asField.name})` : r);
  }
  // A missed resource beside an unexplained extra one in the same request is likely a synonym.
  const unexplained = extras.filter((x) => !explainedExtras.has(x.name));

  const links = new Set(
    design.relations.filter((r) => r.kind === 'belongs-to').map((r) => `${norm(r.from)}>${norm(r.to)}`),
  );
  const m2mPairs = new Set(
    design.relations
      .filter((r) => r.kind === 'many-to-many')
      .map((r) => [norm(r.from), norm(r.to)].sort().join('<>')),
  );
  const expectedM2m = new Set((c.expect.m2m ?? []).map(([a, b]) => [norm(a), norm(b)].sort().join('<>')));
  for (const [child, parent] of c.expect.relations) {
    const a = norm(child);
    const b = norm(parent);
    if (links.has(`${a}>${b}`)) continue;
    if (m2mPairs.has([a, b].sort().join('<>')) && expectedM2m.has([a, b].sort().join('<>'))) continue;
    let cause;
    if (!have.has(a) || !have.has(b)) cause = 'a resource of the pair is missing';
    else if (a === b) cause = 'self-reference';
    else if (links.has(`${b}>${a}`)) cause = 'direction reversed';
    else if (m2mPairs.has([a, b].sort().join('<>'))) cause = 'many-to-many where a belongs-to was expected';
    else if (have.get(a).fields.some((f) => stems(parent).has(norm(f.name))))
      cause = 'field named after the parent, not linked';
    else if ([...links].some((l) => l.startsWith(`${a}>`) && links.has(`${l.slice(a.length + 1)}>${b}`)))
      cause = 'linked through another resource';
    else cause = 'no link read';
    note('relation', cause, c.id, `${child}>${parent}`);
  }

  const expectedFields = new Set(Object.values(c.expect.resources).flat().map(norm));
  for (const x of extras) {
    if (explainedExtras.has(x.name)) {
      note('extra', 'naming variant of a missed resource', c.id, x.name);
      continue;
    }
    const n = norm(x.name);
    const joins = design.relations.filter(
      (r) => r.kind === 'belongs-to' && norm(r.from) === n && expectedNorm.has(norm(r.to)),
    );
    const firstLine = c.prompt.split('\n')[0];
    const title = firstLine.split(/[:–—]|\s-\s/)[0];
    let cause;
    if (stems(x.name).has(n) && [...expectedFields].some((f) => stems(x.name).has(f)))
      cause = 'an expected field made a resource';
    else if (joins.length >= 2) cause = 'a record joining expected resources';
    else if (missed.length > 0 && unexplained.length > 0) cause = 'beside a missed resource (synonym?)';
    else if (!lineWith(c.prompt, x.name)) cause = 'not in the request (knowledge base or inference)';
    else if (title !== firstLine && lineWith(title, x.name)) cause = 'a title or domain word';
    else cause = 'a word of the request, not expected';
    note('extra', cause, c.id, x.name);
  }
}

const ratio = ([h, t]) => (t === 0 ? 1 : h / t);
const summary = {
  files: values.file.map((f) => path.basename(f)),
  prompts: cases.length,
  resourceRecall: ratio(total.resources),
  fieldRecall: ratio(total.fields),
  relationRecall: ratio(total.relations),
  resourcePrecision: total.predicted === 0 ? 1 : (total.predicted - total.extra) / total.predicted,
  refusals,
  counts,
};
if (values.json)
  console.log(JSON.stringify(values.list ? { ...summary, failures: listed } : summary, null, 2));
else {
  const f = (n) => n.toFixed(3);
  console.log(
    `${cases.length} requests: resources ${f(summary.resourceRecall)} fields ${f(summary.fieldRecall)} ` +
      `relations ${f(summary.relationRecall)} precision ${f(summary.resourcePrecision)} ` +
      `refusals right ${refusals.right} wrong ${refusals.wrong} missed ${refusals.missed}`,
  );
  for (const [kind, title] of [
    ['resource', 'missed resources'],
    ['relation', 'missed relations'],
    ['extra', 'extra resources'],
  ]) {
    const rows = Object.entries(counts[kind]).sort((x, y) => y[1] - x[1]);
    console.log(`\n${title} (${rows.reduce((n, [, v]) => n + v, 0)})`);
    for (const [cause, n] of rows) console.log(`  ${String(n).padStart(4)}  ${cause}`);
  }
  if (values.list) {
    console.log('');
    for (const l of listed) console.log(`${l.kind}\t${l.cause}\t${l.id}\t${l.what}`);
  }
}
