import { parseDesign } from '../design/validate-design.js';
import { addedJoinAssumptions } from './join-assumptions.js';
import { complete, findDomain } from './embedded/completion.js';
import { dropActLinksCoveredByRecords } from './embedded/act-links.js';
import { buildDesign } from './embedded/design-builder.js';
import { isUnit } from './embedded/field-reader.js';
import { activeKeeping } from './embedded/kept-values.js';
import { detectLanguage, languageNames, translate } from './embedded/language.js';
import { clearPhraseCache } from './embedded/mentions.js';
import { startPlan } from './embedded/nlp.js';
import { emptyReading, type Reading } from './embedded/drafts.js';
import { readJoinRecords } from './embedded/join-records.js';
import { readNesting } from './embedded/nesting.js';
import { readSelfReferences } from './embedded/self-references.js';
import { dropGappedPairValues } from './embedded/gapped-pairs.js';
import { readRequest } from './embedded/reader.js';
import { readSchemaText, type SchemaTable } from './embedded/schema-blocks.js';
import { readSchemaTables } from './embedded/schema-reading.js';
import { correctSpelling } from './embedded/spelling.js';
import { proposeVague } from './embedded/vague.js';
import { describesOnlyQualities } from './embedded/qualities.js';
import { asksForAdvice } from './embedded/advice.js';
import type { Assumption, PlanOptions, PlanResult, Planner } from './planner.js';
import { PromptError } from './prompt-error.js';

/** Longer prompts are cut here: descriptions of real APIs fit easily, and planning time stays bounded. */
const MAX_PROMPT_CHARS = 20_000;

/**
 * The default planner: reads a request the way people write it (terse notes, chatty messages, markdown
 * lists and tables, typed field lists, endpoint lists, JSON examples; English, French, Spanish or
 * German) with wink-nlp's English model and the shipped domain knowledge base. No model and no
 * network: fast, free and deterministic. Whatever it infers beyond the request's words it returns
 * as assumptions.
 */
export function createEmbeddedPlanner(): Planner {
  return {
    id: 'embedded',
    async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
      options.signal?.throwIfAborted();
      const started = performance.now();
      const warnings: string[] = [];
      const assumptions: Assumption[] = [];
      const design = planDesign(prompt, warnings, assumptions);
      return { design, planner: 'embedded', warnings, assumptions, durationMs: performance.now() - started };
    },
  };
}

/** Wording the list reader would split: ranges and "one of" lists are one field's constraint. */
function joinConstraints(text: string): string {
  return (
    text
      // "between 0 and 100" is one range, not two list items.
      .replace(/\bbetween (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?)/gi, 'between $1 to $2')
      // "a status that is one of …", "a size which can be either …": the clause is the field's constraint.
      .replace(/\b(?:that|which)\s+(?:is|are|can be|must be|should be)\s+(?=(?:one of|either)\s)/gi, '')
      // "one of a, b or c" and "either a or b" are one field's values, not list items.
      .replace(
        /\b(one of|either)\s+([\w-]{1,40}(?:\s*,\s*[\w-]{1,40}){0,30},?\s+(?:or|and)\s+[\w-]{1,40})/gi,
        (_m: string, lead: string, list: string) =>
          `${lead} ${list
            .split(/\s*,\s*|\s+or\s+|\s+and\s+/)
            .filter(Boolean)
            .join('/')}`,
      )
  );
}

/** Printable text without control characters, lone surrogates or shorthand the reader trips on. */
function clean(prompt: string, warnings: string[]): string {
  let text = prompt;
  if (text.length > MAX_PROMPT_CHARS) {
    warnings.push(`Only the first ${MAX_PROMPT_CHARS} characters of the prompt were read.`);
    text = text.slice(0, MAX_PROMPT_CHARS);
  }
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
    .normalize('NFC')
    .replace(
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufffd]/g,
      ' ',
    )
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\bw\/(?=\s|\w)/gi, 'with ')
    .replace(/\s+&\s+/g, ' and ')
    .replace(/\b(e\.g|i\.e|etc|vs)\./gi, (m: string) => m.replaceAll('.', ''))
    .replace(/\be-mail\b/gi, 'email')
    .replace(unitParticiple, (whole: string, unit: string) =>
      isUnit(unit.toLowerCase()) ? `in ${unit}` : whole,
    )
    .replace(arrowDefinition, '$1: ')
    .replace(/^.+$/gmu, memberLine)
    .replace(/[\s\S]+/, activeKeeping);
}

/** "code: string unique", "valid?: bool = true": one member of a schema note, its name and its type. */
const member = /^[\p{L}_][\p{L}\p{N}_ ]{0,40}\??\s*:\s*[\p{L}]/u;

/**
 * "Voucher — code: string; valid: bool = true", "Shelf - label: text, aisle: text": a name, a dash or a
 * colon, and members written "name: type" between semicolons or commas is the definition line
 * "Voucher: code: string, valid: bool = true" that the list reader reads, whichever separators it used.
 */
function memberLine(line: string): string {
  const parts =
    /^(\s*(?:(?:[-*•+]|\d{1,3}[.)])\s+)?\**[\p{L}][\p{L}\p{N}_ ]{0,40}?\**)\s*(?:—|–|--?|:)\s+(\S.*)$/u.exec(
      line,
    );
  if (parts === null) return line;
  const members = parts[2]!
    .split(parts[2]!.includes(';') ? /\s*;\s*/ : /\s*[;,]\s*/)
    .map(withModifiersInline)
    .filter(Boolean);
  if (members.length < 2 || !members.every((item) => member.test(item))) return line;
  return `${parts[1]}: ${members.join(', ')}`;
}

/** A column modifier written after a comma inside one member: "unique", "min 0", "default false". */
const modifierAfterComma =
  /^(?:unique|required|optional|nullable|not null|indexed|primary key|(?:min|max|minimum|maximum|default)\s+\S+|[<>]=?\s*-?\d+(?:\.\d+)?)$/i;

/**
 * With semicolons between members, commas may sit inside one ("iban: string, unique"; "balance:
 * decimal, min 0"): modifiers join the member with spaces, so the list reader's commas still part
 * members. Anything else after a comma (a list of values) leaves the member as written.
 */
function withModifiersInline(item: string): string {
  const [head, ...rest] = item.split(/\s*,\s*/);
  const trimmed = item.trim();
  if (rest.length === 0 || !rest.every((part) => modifierAfterComma.test(part))) return trimmed;
  return [head, ...rest].join(' ').trim();
}

/**
 * "the weight measured in grams", "a price given in euros": the participle only says which unit the
 * value is in, as "the weight in grams" does.
 */
const unitParticiple =
  /\b(?:measured|expressed|given|recorded|written|stated|shown|kept|stored|noted|entered|counted|priced)\s+in\s+(\p{L}+)/giu;

/**
 * "Author -> name, country", "2) Book => title, author, year": an arrow between a name and a list of
 * fields is the colon of a definition line. An arrow to one name ("author_id -> authors") stays a
 * reference, as does a line whose list holds a column's modifiers ("-> authors, not null").
 */
const arrowDefinition =
  /^(\s*(?:(?:[-*•+]|\d{1,3}[.)])\s+)?\**[\p{L}][\p{L}\p{N} _'-]{0,60}?(?<![_ ]id)\**)\s*(?:->|=>|→|⇒)\s*(?=[^,\n]+(?:,[^,\n]+)+$)(?![^\n]*\b(?:not null|required|unique|pk|fk|optional|nullable)\b)/gimu;

function planDesign(prompt: string, warnings: string[], assumptions: Assumption[]) {
  if (typeof prompt !== 'string' || prompt.trim().length === 0)
    throw new PromptError('prompt_empty', 'The prompt is empty.');
  startPlan();
  clearPhraseCache();
  const cleaned = clean(prompt, warnings);
  // Pasted schema (CREATE TABLE, Prisma, TypeScript, GraphQL) is read as written; the prose around it
  // goes through the language reader, which would otherwise translate or respell its identifiers.
  const schema = readSchemaText(cleaned);
  const original = /\p{L}{3}/u.test(schema.rest) ? schema.outline : schema.rest;
  const { text, reading, sentences } = readProse(original, warnings, assumptions);
  if (schema.tables.length === 0 && (describesOnlyQualities(text, reading) || asksForAdvice(original)))
    throw refusal(prompt);
  const domain = findDomain([text, original]);
  if (
    reading.entities.size === 0 &&
    schema.tables.length === 0 &&
    !proposeVague(reading, [text, original], assumptions)
  )
    throw refusal(prompt);
  complete(reading, assumptions, domain, text);
  if (schema.tables.length > 0) addSchemaTables(schema.tables, reading, assumptions, domain, text);
  dropActLinksCoveredByRecords(reading, assumptions);
  const titleWords = (text.split(/[\n.:!?(]/)[0] ?? '').toLowerCase().split(/[^a-z0-9]+/);
  const built = buildDesign(
    reading,
    { text: text.toLowerCase(), sentences, titleWords },
    assumptions,
    warnings,
  );
  const design = parseDesign(built);
  assumptions.push(...addedJoinAssumptions(built, design));
  return design;
}

/** The request's words read as English, French, Spanish or German, respelt where misspelt. */
function readProse(original: string, warnings: string[], assumptions: Assumption[]) {
  if (original.trim() === '') return { text: '', reading: emptyReading(), sentences: [] as string[] };
  const language = detectLanguage(original);
  let text = original;
  if (language !== 'en') {
    text = translate(original, language);
    warnings.push(`Read the prompt as ${languageNames[language]}.`);
    assumptions.push({
      path: 'design',
      text: `read the request as ${languageNames[language]}; names are in English`,
    });
  }
  // Words a translation left as they were are foreign, not misspelt.
  const spelling = language === 'en' ? correctSpelling(text) : { text, fixed: [] };
  if (spelling.fixed.length > 0) {
    text = spelling.text;
    assumptions.push({
      path: 'design',
      text: `read ${spelling.fixed.map(([from, to]) => `"${from}" as "${to}"`).join(', ')}`,
    });
  }
  const { reading, sentences } = readRequest(joinConstraints(text));
  readJoinRecords(reading, sentences);
  readNesting(reading, sentences);
  readSelfReferences(reading, sentences);
  dropGappedPairValues(reading);
  assumptions.push(...reading.inferred);
  return { text, reading, sentences };
}

/**
 * The schema's tables replace what the prose said of the same resources; links the prose stated
 * between them stay. A table a foreign key names but the schema does not declare is completed from
 * knowledge like any resource named without fields.
 */
function addSchemaTables(
  tables: readonly SchemaTable[],
  reading: Reading,
  assumptions: Assumption[],
  domain: ReturnType<typeof findDomain>,
  text: string,
): void {
  const before = new Set(reading.entities.keys());
  const read: Assumption[] = [];
  const declared = readSchemaTables(tables, reading, reading.entities.size, read);
  // What completion assumed of a resource the schema then declared no longer describes it.
  const stale = assumptions.filter((a) => declared.has(a.path.split('.')[0]!));
  for (const assumption of stale) assumptions.splice(assumptions.indexOf(assumption), 1);
  assumptions.push(...read);
  const undeclared = emptyReading();
  for (const [key, entity] of reading.entities)
    if (!declared.has(key) && !before.has(key)) undeclared.entities.set(key, entity);
  if (undeclared.entities.size === 0) return;
  complete(undeclared, assumptions, domain, text);
  for (const [key, entity] of undeclared.entities) reading.entities.set(key, entity);
  reading.links.push(...undeclared.links);
}

/** Nothing storable: say so, and show the user's own request rewritten into one that works. */
function refusal(prompt: string): PromptError {
  const own = prompt
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160)
    .replace(/[\s.!?,;:]+$/, '');
  const rewrite = `${own}. It stores tasks with a title, a due date and a done flag, and projects with a name; each task belongs to a project.`;
  return new PromptError(
    'prompt_unrecognised',
    'The request does not say what the API stores: no resource (a kind of thing kept, such as tasks, orders or patients) was found.',
    {
      suggestions: [`Name the things it stores and what each one holds, for example: "${rewrite}"`],
      rewrite,
    },
  );
}
