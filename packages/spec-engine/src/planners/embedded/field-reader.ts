import type { FieldType } from '../../design/api-design.js';
import { knowledgeBase, type KbEntity, type KbField } from '../../knowledge/knowledge-base.js';
import { pluralOf } from './language.js';
import { analyse, isKnownWord, singularOf } from './nlp.js';
import { pluralModifiers } from './words.js';

/** A field as read from the request, before it is checked against the design model. */
export interface FieldDraft {
  name: string;
  /** The request's words for it (for matching it to a resource). */
  words: string[];
  type?: FieldType;
  /** How the type was chosen: `stated`, `name` (by its name) or `knowledge`. */
  typedBy?: 'stated' | 'name';
  format?: string;
  required?: boolean;
  unique: boolean;
  enumValues?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  defaultText?: string;
  /** The request marks it as a link (`FK`, `references`), or its words name another resource. */
  foreignKey: boolean;
  /** "many tags", "a list of comments": the phrase names a collection, not a value. */
  many: boolean;
  /** "quantity per warehouse": the value exists once per row of this other thing. */
  per?: string;
  /** The text it was read from. */
  source: string;
  /** A name that identifies a row (name, title, email, sku…): required unless the request says otherwise. */
  identifying?: boolean;
  /** Proposed by the knowledge base rather than read from the request. */
  origin?: 'knowledge';
  /**
   * "is for one dog", "taught by a teacher": the words say the row is for, or done by, one thing, so
   * the field is a link when that thing is a resource (or one the knowledge base knows).
   */
  linkCue?: boolean;
  /**
   * "who coached it", "who saw them": the field names the person who did what the verb says, so it
   * links to the request's resource for people when there is one.
   */
  doer?: boolean;
  /**
   * "how big the lawn is" → lawn_size: the noun whose measure the field is. On a resource of that
   * name the measure alone names it ("how old the tree is" on trees is `age`).
   */
  measured?: string;
}

const typeWords: ReadonlyArray<readonly [RegExp, FieldType, string?]> = [
  [/^(?:varchar|char|character|string|str|citext)$/, 'string'],
  [/^text$/, 'text'],
  [/^(?:int|integer|bigint|smallint|serial|bigserial|int4|int8)$/, 'integer'],
  [/^(?:float|double|real|decimal|numeric|number|money|float8)$/, 'number'],
  [/^(?:bool|boolean|flag)$/, 'boolean'],
  [/^date$/, 'date'],
  [/^(?:datetime|timestamp|timestamptz)$/, 'datetime'],
  [/^time$/, 'string', 'time'],
  [/^(?:email|e-mail)$/, 'email'],
  [/^(?:url|uri|link)$/, 'url'],
  [/^uuid$/, 'uuid'],
  [/^(?:json|jsonb|object)$/, 'json'],
];

/** Type names no one uses as the last word of a field's own name. */
const schemaTypeWords =
  /^(?:uuid|float|float8|decimal|numeric|varchar|citext|bigint|smallint|serial|bigserial|timestamptz|datetime|json|jsonb)$/;

/**
 * "device_id uuid", "voltage float", "notes text": a "name type" pair whose last word is the type.
 * A word that is also an ordinary noun ("date", "text", "email") counts only after an identifier
 * written with underscores, where "due date" would have been written "due_date".
 */
function trailingTypeName(words: readonly string[], index: number): boolean {
  if (index !== words.length - 1 || index === 0) return false;
  return schemaTypeWords.test(words[index]!) || words[index - 1]!.includes('_');
}

const leadingNoise = new Set(
  'a an the its their his her my our your some each every one any also plus and or then just only maybe optionally another'.split(
    ' ',
  ),
);
const droppedPos = new Set(['DET', 'PRON', 'AUX', 'PART', 'PUNCT', 'SYM', 'CCONJ', 'SCONJ', 'INTJ']);
const units = new Set(
  'seconds minutes hours days weeks months years kg g grams grammes kilograms kilogrammes kilos tonnes tons km m meters metres cm mm miles inches feet ft lbs pounds ounces oz liters litres ml gallons cups degrees celsius fahrenheit kwh watts calories kcal euros dollars cents percent'.split(
    ' ',
  ),
);
/** Whether a word is a unit of measure ("km", "minutes", "kg"). */
export const isUnit = (word: string) => units.has(word);

/** Units of length, which "how long … in" measures as a length rather than a time. */
const distanceUnits = new Set('km m meters metres cm mm miles inches feet ft'.split(' '));

/** Verbs that measure a thing, in the forms a question uses, and the noun of what they measure. */
const measuringVerbs = new Map<string, string>(
  [
    ['weigh weighs weighed', 'weight'],
    ['hold holds held', 'capacity'],
    ['last lasts lasted', 'duration'],
    ['earn earns earned', 'earnings'],
    ['measure measures measured', 'size'],
  ].flatMap(([forms, noun]) => forms!.split(' ').map((form) => [form, noun!] as const)),
);

const requiredPattern =
  /\b(?:required|mandatory|must(?: be)? (?:be )?(?:given|set|present)|not null|non-?null|must have)\b/;
const optionalPattern =
  /\b(?:optional|optionally|nullable|null|if any|if (?:there is|there's|they have|i have|i got|we have) (?:one|any)|if known|if available|maybe|can be (?:empty|blank|left out)|eventuell|[ée]ventuel(?:le)?s?)\b/;

/**
 * Reads one item of a field list ("an email (unique)", "rating 1-5", "stage: seed/sprout/bloom",
 * "rider_name text not null", "when it happened") into a field draft. Undefined when the words
 * name nothing (a pronoun, a filler word).
 */
export function readField(item: string, options: { column?: boolean } = {}): FieldDraft | undefined {
  let text = item.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 300) return undefined;
  text = text.replace(/(?:^|\s)#\s*of\s/g, ' number of ');
  text = text.replace(signOff, '').replace(knowPrefix, '').replace(knowNounPrefix, '').replace(addedBy, '');
  if (text === '') return undefined;
  // "linked to the locker", "belongs to a rider": a link, which the relation reader takes.
  if (
    /^(?:(?:is|are|and|also)\s+)*(?:linked|tied|assigned|attached|connected|related|belongs?|belonging|based)\s+(?:to|with|on)\b/i.test(
      text,
    )
  )
    return undefined;
  if (/^(?:and\s+)?to\s+(?:a|an|the|one)\s+/i.test(text)) return undefined;
  // "can be cancelled", "may get refunded": what may happen to the row is a yes/no of that state.
  const possible =
    /^(?:(?:and|it|they)\s+)*(?:can|could|may|might|will|should)\s+(?:also\s+)?(?:be|get)\s+(\p{L}+(?:ed|en))$/iu.exec(
      text,
    );
  if (possible !== null) text = `whether ${possible[1]}`;
  // "a flag for whether it was refunded" is the boolean the clause names.
  text = text.replace(
    /^(?:(?:a|an|the)\s+)?(?:flag|boolean|checkbox|check box|toggle|indicator|yes\/no)\s+(?:for|on|saying|showing|to say|of|that says)\s+(?=whether\b|if\b)/i,
    '',
  );
  // "a state of open, paused or closed" lists its values; "such as" only gives examples.
  // "a status that can be pending, shipped or delivered", "a size which is S, M or L" list them too.
  const valued =
    /^(.*?\S)\s+(of|such as|like|(?:that|which)\s+(?:can|could|may|must|will)\s+be|(?:that|which)\s+is(?:\s+either)?)\s+([\w-]+(?:\s*,\s*[\w-]+)*\s*,?\s+or\s+[\w-]+)$/i.exec(
      text,
    );
  if (valued !== null && valued[1]!.split(/\s+/).length <= 4) {
    text = /^(?:such as|like)$/i.test(valued[2]!) ? valued[1]! : `${valued[1]} (one of ${valued[3]})`;
  }
  const placed = verbThenPlace.exec(text);
  const linked =
    linkPhrase.exec(text) ??
    (placed !== null && analyse(`they ${placed[1]!.toLowerCase()}`)[1]?.pos === 'VERB'
      ? [placed[0], placed[2]!]
      : null);
  if (linked !== null) text = linked[1]!;
  const constraints: string[] = [];
  // enum('a','b') and type(size) keep their parentheses with the type word.
  text = text.replace(/\benum\s*\(([^)]*)\)/g, (_m, inner: string) => {
    constraints.push(`enum ${inner.replaceAll(',', '/')}`);
    return ' ';
  });
  text = text.replace(
    /\b(varchar|char|decimal|numeric)\s*\(([^)]*)\)/g,
    (_m, word: string, inner: string) => {
      constraints.push(word === 'varchar' || word === 'char' ? `${word} max ${inner} chars` : word);
      return ' ';
    },
  );
  text = text.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    constraints.push(inner);
    return ' ';
  });
  let namePart = text;
  if (options.column) {
    const [first, ...rest] = text.trim().split(' ');
    namePart = first ?? '';
    constraints.push(rest.join(' '));
  } else {
    // "price >= 0" is a bound, not "name = constraints".
    const colon =
      /^([^:]{1,60}?)\s*(?::|(?<![<>!=≤≥])=(?!=))\s+(.*)$/.exec(text) ?? /^([^:]{1,60}?):(.*)$/.exec(text);
    if (colon !== null) {
      namePart = colon[1]!;
      constraints.push(colon[2]!);
    }
  }
  const draft: FieldDraft = {
    name: '',
    words: [],
    unique: false,
    foreignKey: false,
    many: false,
    source: item,
  };
  for (const constraint of constraints) readConstraints(constraint, draft, true);
  namePart = readConstraints(namePart, draft, false);
  const words = nameWords(namePart, draft);
  if (words.length === 0) return undefined;
  const named = valueOfParticiple(words);
  // "are numbered" says the cabin has a number, not whether it is numbered.
  if (named !== words && draft.type === 'boolean') delete draft.type;
  draft.words = conventionalWords(named);
  draft.name = draft.words.join('_');
  if (draft.type === undefined && draft.enumValues !== undefined) draft.type = 'enum';
  if (draft.enumValues !== undefined && draft.type !== 'enum') {
    if (draft.type === undefined || draft.type === 'string') draft.type = 'enum';
    else delete draft.enumValues;
  }
  if (linked !== null) draft.linkCue = true;
  completeByName(draft);
  return draft;
}

/**
 * "which are numbered", "dated", "priced": a participle made from the name of a value says the row
 * has that value (a number, a date, a price), so the field takes the value's name. Participles of
 * other verbs ("paid", "cancelled") keep their word, a yes/no of their own.
 */
function valueOfParticiple(words: string[]): string[] {
  if (words.length !== 1 || !/ed$/.test(words[0]!)) return words;
  const lemma = analyse(words[0]!)[0]?.lemma;
  return lemma !== undefined && lemma !== words[0] && knowledgeBase().fieldWord(lemma) !== undefined
    ? [lemma]
    : words;
}

/**
 * "phone number", "email address", "phone nr": the knowledge base's name for the value followed by
 * the word for what kind of value it is; APIs name such a field by the first word alone.
 */
function conventionalWords(words: string[]): string[] {
  if (words.length !== 2) return words;
  // "the friends name", "a parents email": a possessive written without its apostrophe; the owner is
  // one person, as in "the friend's name".
  if (ownedByPerson.test(words[1]!) && /[^s]s$/.test(words[0]!) && !pluralModifiers.has(words[0]!)) {
    const owner = singularOf(words[0]!);
    if (owner !== words[0] && isKnownWord(owner)) return [owner, words[1]!];
  }
  // "code ISBN", "ISBN number": the word for a kind of identifier beside the identifier's own name.
  const identifier = words.find((w) => !/^(?:code|number|nr|no)$/.test(w));
  if (words.some((w) => /^(?:code|number|nr|no)$/.test(w)) && identifier !== undefined) {
    const own = knowledgeBase().fieldWord(identifier)?.field;
    if (own?.name === identifier && own.unique === true) return [identifier];
  }
  if (!/^(?:number|nr|no|address)$/.test(words[1]!)) return words;
  const known = knowledgeBase().fieldWord(words[0]!)?.field;
  return known !== undefined &&
    known.name === words[0] &&
    (known.type === 'email' || known.format === 'phone')
    ? [words[0]!]
    : words;
}

/** What a person has that a request may name with its owner ("the owners phone"). */
export const ownedByPerson = /^(?:name|email|phone|address|nickname|surname|birthday|age|signature)$/;

/**
 * "lives in an apartment", "works at a branch": a verb of being somewhere or with someone, then the
 * one thing; read like "is in one apartment".
 */
const verbThenPlace =
  /^(?:(?:and|they|it|each|which|that|who)\s+)*([a-z]+)\s+(?:in|at|on|for|with|from|inside)\s+(?:one|a|an|the|exactly one|a single)\s+([a-z][\w-]{0,40}(?:\s+[a-z][\w-]{0,40})?)$/i;

/**
 * "is for one dog", "for a runner", "taught by one teacher", "owned by the club", "displayed in one
 * room at a time", "sent to a client", "of a customer" (as "de un cliente" reads in English): a
 * clause that names the one thing a row is for, was done by or is in. Only a single thing (an
 * article or "one" before it) is read so, since "for many guests" or "by hand" say something else.
 * In "made by a customer for a car" the first thing is the link read here; the clause reader reads
 * the sentence's other links.
 */
/** "as well as the price", "along with whether it was paid": words adding an item to a list. */
const addedBy = /^(?:as well as|along with|together with|in addition to|and also|plus also)\s+/i;

/** "email thx", "a phone number pls": a chat message's sign-off after its last item is no part of it. */
const signOff = /(?:\s+|^)(?:thx|thanks|thank you|thnx|pls|plz|please|lol|haha|cheers)[\s!.:)]*$/i;

/**
 * "we need to know when it was borrowed", "i want to see how long it took": the wish before a
 * wh-clause; the clause names the value.
 */
const knowPrefix =
  /^(?:(?:and|also|so)\s+)*(?:(?:we|i|you|they|she|he|the \w+)\s+)?(?:(?:also|really|just)\s+)?(?:(?:need|needs|want|wants|would like|'d like|have|has|got)\s+to\s+|should\s+|must\s+|can\s+)?(?:know|see|note|record|log|track|keep track of|store|remember|write down|save|capture)\s+(?=(?:when|where|who|what|which|whether|if|how|why)\b)/i;

/**
 * "we need to know its battery health", "i want to see the total", "we know its weight" (as a
 * sentence reads once its wish is read): the wish before a noun phrase.
 */
const knowNounPrefix =
  /^(?:(?:and|also|so)\s+)?(?:we|i|you|they)\s+(?:(?:also|really|just)\s+)?(?:(?:need|want|would like|'d like|have|must)\s+to\s+)?(?:know|see|record|note|keep|store|track)\s+(?=(?:its|their|the|his|her|a|an|each)\s)/i;

const linkPhrase =
  /^(?:(?:and|it|they|each|which|that)\s+)*(?:(?:is|are|was|were|gets?|always|only)\s+)*(?:(?:for|by|in|at|on|with|of|from)|(?:[a-z]+ed|taught|run|held|led|made|kept|owned|written|given|done|built|paid|sold|bought|set|seen|sent|driven|ridden|drawn|won|brought|caught|shown)\s+(?:by|in|at|on|with|from|to|for))\s+(?:(?:one|a|an|the|exactly one|a single|one single)\s+)([a-z][\w-]{0,40}(?:\s+[a-z][\w-]{0,40})?)(?:\s+at a time|\s+(?:for|to|on|in|at|with|from)\s+(?:a|an|the|one|each)\s+[a-z][\w-]{0,40})?$/i;

/** Applies constraint wording to the draft and returns the text without it. */
function readConstraints(text: string, draft: FieldDraft, wholeIsConstraint: boolean): string {
  let rest = ` ${text.toLowerCase()} `;
  if (requiredPattern.test(rest)) draft.required = true;
  if (optionalPattern.test(rest)) draft.required = false;
  if (/\bunique\b/.test(rest)) draft.unique = true;
  if (/\b(?:fk|foreign key|references?|ref)\b/.test(rest)) draft.foreignKey = true;
  rest = rest
    .replace(requiredPattern, ' ')
    .replace(optionalPattern, ' ')
    .replace(/\b(?:unique|fk|foreign key)\b/g, ' ')
    // "sensor ref": the word marks a link to a sensor and is no part of its name.
    .replace(/(?<=\S\s+)ref\s*$/, ' ');
  rest = rest.replace(/\b(?:default(?:s)?(?: to| is|:|=)?|=)\s*'?([\w.@-]+)'?/, (_m, value: string) => {
    draft.defaultText = value;
    return ' ';
  });
  rest = rest.replace(
    /\b(?:max(?:imum)?|up to|at most)\s*(\d+)\s*(?:chars?|characters|letters)\b|\bvarchar max (\d+) chars/,
    (_m, a?: string, b?: string) => {
      draft.maxLength = Number(a ?? b);
      return ' ';
    },
  );
  readRange(rest, draft);
  // "pages > 0", "a stock count min 0", "a reorder level of at least 1": the bound is a constraint
  // (read just above), never part of the field's name.
  rest = rest.replace(comparison, ' ').replace(/\bout of\s*-?\d+(?:\.\d+)?/g, ' ');
  rest = rest.replace(/(?:between|from)?\s*-?\d+(?:\.\d+)?\s*(?:-|–|—|to|and|\.\.)\s*-?\d+(?:\.\d+)?/g, ' ');
  // Enumerations: a/b/c, a | b | c, one of a, b or c, either a or b, or a bare list in parentheses.
  const listed =
    /\b(?:one of|either|enum|values?|options?)\s*:?\s*(.+)$/.exec(rest.trim()) ??
    (wholeIsConstraint && /[,|/]|\bor\b/.test(rest) ? [rest, rest] : null);
  const slash = /((?:[\w+-]{1,40} ?\/ ?){1,50}[\w+-]{1,40})/.exec(rest);
  const piped = /((?:[\w+-]{1,40} ?\| ?){1,50}[\w+-]{1,40})/.exec(rest);
  const source = piped?.[1] ?? slash?.[1] ?? listed?.[1];
  if (source !== undefined) {
    const values = enumValues(source).filter((v) => !constraintValue.test(v));
    if (values.length >= 2 && values.every((v) => /^(?:yes|no|y|n|true|false)$/.test(v)))
      draft.type ??= 'boolean';
    else if (values.length >= 2 && !values.every((v) => /^\d+$/.test(v))) draft.enumValues = values;
    if (values.length >= 2)
      rest = rest.replace(source, ' ').replace(/\b(?:one of|either|can be|is|are)\s*$/, ' ');
  }
  rest = rest.replace(/\b(?:one of|either)\s*$/, ' ');
  const words = rest.trim().split(/[\s,]+/);
  for (const [index, word] of words.entries()) {
    const typed = typeWords.find(([pattern]) => pattern.test(word));
    if (typed === undefined) continue;
    if (
      !wholeIsConstraint &&
      !['boolean', 'bool', 'flag', 'timestamp', 'integer', 'int', 'string'].includes(word) &&
      !trailingTypeName(words, index)
    )
      continue;
    // "timestamp" alone is the field's name; "a scanned at timestamp" names its type.
    if (
      !wholeIsConstraint &&
      rest
        .trim()
        .split(/\s+/)
        .filter((w) => !leadingNoise.has(w)).length < 2
    )
      continue;
    draft.type ??= typed[1];
    if (typed[2] !== undefined) draft.format ??= typed[2];
    if (word === 'money') draft.format ??= 'money';
    if (!wholeIsConstraint) rest = rest.replace(new RegExp(`\\b${word}\\b`), ' ');
  }
  if (/\bvalid email\b/.test(rest)) draft.type ??= 'email';
  if (/\b(?:iso 4217|currency code)\b/.test(rest)) draft.maxLength ??= 3;
  return rest;
}

/** A bound written next to a field, with a symbol or in words. */
const comparison =
  /(?:>=|<=|≥|≤|=>|=<|>|<|\b(?:min(?:imum)?|max(?:imum)?|at least|at most|up to|no more than|greater than|more than|less than|fewer than)\b)\s*(?:of\s+)?:?\s*-?\d+(?:\.\d+)?/g;

function readRange(text: string, draft: FieldDraft): void {
  const number = '(-?\\d+(?:\\.\\d+)?)';
  const between = new RegExp(`(?:between|from)?\\s*${number}\\s*(?:-|–|—|to|and|\\.\\.)\\s*${number}`).exec(
    text,
  );
  if (between !== null && !/\d{4}-\d{2}/.test(between[0])) {
    const [a, b] = [Number(between[1]), Number(between[2])];
    if (Number.isFinite(a) && Number.isFinite(b)) [draft.minimum, draft.maximum] = a <= b ? [a, b] : [b, a];
  }
  const lower = new RegExp(`(?:>=|≥|\\bmin(?:imum)?\\b|\\bat least\\b)\\s*${number}`).exec(text);
  if (lower !== null) draft.minimum = Number(lower[1]);
  const strict = new RegExp(`(?:>|\\bgreater than\\b|\\bmore than\\b)\\s*${number}`).exec(text);
  if (strict !== null && lower === null) draft.minimum = Number(strict[1]) + (/\bint/.test(text) ? 1 : 0);
  const upper = new RegExp(`(?:<=|≤|\\bmax(?:imum)?\\b|\\bat most\\b|\\bup to\\b)\\s*${number}`).exec(text);
  if (
    upper !== null &&
    !/chars?|characters/.test(text.slice(upper.index, upper.index + upper[0].length + 12))
  )
    draft.maximum = Number(upper[1]);
  // "a score out of 10": from 0 up to that number.
  const outOf = new RegExp(`\\bout of\\s*${number}`).exec(text);
  if (outOf !== null) [draft.minimum, draft.maximum] = [draft.minimum ?? 0, Number(outOf[1])];
  if (/\bpositive\b/.test(text)) draft.minimum ??= /\bint/.test(text) ? 1 : 0;
  if (/\bnon-?negative\b/.test(text)) draft.minimum ??= 0;
  for (const key of ['minimum', 'maximum'] as const)
    if (draft[key] !== undefined && !Number.isFinite(draft[key])) delete draft[key];
}

/** Words of a constraint list that are not values of an enumeration ("int, min 1"). */
const constraintValue =
  /^(?:string|varchar|text|int|integer|bigint|smallint|float|double|decimal|numeric|number|money|bool|boolean|date|datetime|timestamp|time|email|url|uuid|json|enum|fk|required|optional|unique|nullable|not_null|positive|non_negative|(?:min|max|minimum|maximum|default|at_least|at_most)(?:_.*)?|e_?g(?:_.*)?|\d.*)$/;

function enumValues(source: string): string[] {
  return [
    ...new Set(
      source
        .split(/\s*(?:[,|/]|\bor\b|\band\b|\betc\b\.?)\s*/)
        .map((v) => v.trim().replace(/^['"]|['"]$/g, ''))
        .map((v) =>
          v
            .replace(/\+/g, '_plus')
            .replace(/[^a-z0-9]+/g, '_')
            .replace(/^_+|_+$/g, ''),
        )
        .filter((v) => /^[a-z0-9]/.test(v) && v.length <= 40),
    ),
  ].slice(0, 50);
}

/** "came back", "brought it back", "handed them back": words saying a thing was returned. */
function givenBack(words: readonly string[]): boolean {
  const at = words.findIndex((w) =>
    /^(?:came|come|comes|brought|bring|brings|gave|give|gives|given|handed|hand|hands|got|get|gets|sent|send)$/.test(
      w,
    ),
  );
  return at >= 0 && words.slice(at + 1, at + 3).includes('back');
}

const whWords: Readonly<
  Record<string, (rest: string[], draft: FieldDraft, written: readonly string[]) => string[]>
> = {
  when: (rest, draft, written) => {
    // "when it came back", "when they brought it back": when it was returned.
    if (givenBack(rest)) {
      draft.type ??= 'datetime';
      return ['returned', 'at'];
    }
    const clause = analyse(rest.join(' '));
    // "when it is due", "when it's due back": the due date.
    if (written.includes('due')) {
      draft.type ??= 'date';
      return ['due', 'date'];
    }
    draft.type ??= 'datetime';
    const verbs = clause.filter((w) => w.pos === 'VERB' && !/^(?:want|need|like|have|get|be)$/.test(w.lemma));
    const last = verbs.at(-1);
    const at = last === undefined ? -1 : clause.indexOf(last);
    const participle = meaningful(rest).find((w) => /ed$/.test(w));
    // "when the lesson is", "when it is": no act, so the row's own moment, whatever it is called.
    if (
      last === undefined &&
      participle === undefined &&
      written.some((w) => /^(?:is|are|was|were|be)$/.test(w))
    )
      return ['date'];
    const verb = last?.text ?? participle ?? meaningful(rest).at(-1);
    if (verb === undefined) return ['date'];
    // "when they picked it up": the particle is part of the verb.
    const particle = clause
      .slice(at + 1)
      .find((w) => w.pos === 'ADP' || w.pos === 'PART' || /^(?:up|out|off|back|in|down)$/.test(w.text));
    const withParticle =
      particle !== undefined && /^(?:up|out|off|back|in|down|over)$/.test(particle.text)
        ? [particle.text]
        : [];
    return [...(rest.includes('last') ? ['last'] : []), verb, ...withParticle, 'at'];
  },
  whether: (rest, draft, written) => {
    draft.type ??= 'boolean';
    return stateWords(rest, written);
  },
  if: (rest, draft, written) => {
    draft.type ??= 'boolean';
    return stateWords(rest, written);
  },
  // "where it is kept", "where each one lives", "where the class is held": a place.
  where: () => ['location'],
  // "why they want to adopt", "why it was cancelled": the reason.
  why: () => ['reason'],
  who: (rest, draft) => doer(rest, draft),
};

/**
 * "who coached it" → coach (a thing the knowledge base knows by that name), "who taught it" →
 * teacher, "who signed it" → signed_by, "who owns it" → owner, "who is responsible for it" →
 * assignee: the person, whom a later step links to the request's people when it has them.
 */
function doer(rest: string[], draft: FieldDraft): string[] {
  if (rest.length === 0) return ['person'];
  draft.doer = true;
  const clause = analyse(rest.join(' '));
  const verbIndex = clause.findIndex((w) => w.pos === 'VERB');
  if (verbIndex < 0) {
    // "who is responsible for it", "who is in charge": the one it is assigned to.
    if (/^(?:responsible|in|accountable)$/.test(clause.find((w) => w.pos !== 'AUX')?.text ?? ''))
      return ['assignee'];
    return ['person'];
  }
  const verb = clause[verbIndex]!;
  if (/^(?:assign|responsible)$/.test(verb.lemma)) return ['assignee'];
  // "who coached it": a verb that is also the name of a person the knowledge base keeps.
  const known = knowledgeBase().entityFor(verb.lemma);
  if (keepsPeople(known)) return [verb.lemma];
  const agent = agentNoun(verb.text);
  if (isKnownWord(agent)) return [agent];
  // "who signed it": no "signer" in the lexicon, so the field says what was done and by whom.
  const past = verb.text !== verb.lemma && !/s$/.test(verb.text);
  return past ? [`${participleOf(verb.text)}_by`] : [agent];
}

/** Whether a noun names people: the knowledge base keeps personal fields for what it names. */
function isPerson(noun: string): boolean {
  return keepsPeople(knowledgeBase().entityFor(singularOf(noun)));
}

/** Fields only a record of a person has. */
export const personalField =
  /^(?:email|e_mail|email_address|phone|phone_number|first_name|last_name|full_name|surname|date_of_birth|birthday)$/;

/** Whether a knowledge-base entity is one of people: it keeps fields only a record of a person has. */
export function keepsPeople(known: KbEntity | undefined): boolean {
  return known?.fields.some((f) => personalField.test(f.name)) ?? false;
}

/** Past tenses whose participle differs ("saw" → seen), so "<verb>_by" reads right. */
const irregularParticiples: Readonly<Record<string, string>> = {
  saw: 'seen',
  wrote: 'written',
  took: 'taken',
  gave: 'given',
  drove: 'driven',
  did: 'done',
  ate: 'eaten',
  chose: 'chosen',
  spoke: 'spoken',
  broke: 'broken',
  rode: 'ridden',
  ran: 'run',
  began: 'begun',
  sang: 'sung',
  drew: 'drawn',
  grew: 'grown',
  threw: 'thrown',
  knew: 'known',
  flew: 'flown',
  wore: 'worn',
  stole: 'stolen',
  forgot: 'forgotten',
  hid: 'hidden',
  swam: 'swum',
};

/** "escape" → escaped, "pay" → paid: the past form a yes/no about a done thing is named by. */
function pastOf(verb: string): string {
  const irregular = Object.entries(irregularPast).find(([base]) => base === verb)?.[1];
  if (irregular !== undefined) return irregular;
  if (/ed$/.test(verb)) return verb;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** Base forms whose past is not made with -ed. */
const irregularPast: Readonly<Record<string, string>> = {
  pay: 'paid',
  win: 'won',
  show: 'showed',
  come: 'came',
  go: 'went',
  buy: 'bought',
  sell: 'sold',
  get: 'got',
  leave: 'left',
  pass: 'passed',
  eat: 'ate',
  find: 'found',
  tip: 'tipped',
  stop: 'stopped',
  plan: 'planned',
  ship: 'shipped',
  drop: 'dropped',
};

function participleOf(past: string): string {
  return irregularParticiples[past] ?? past;
}

/**
 * "it has been returned" → returned, "it is paid" → paid, "they checked in" → checked_in: the state
 * a yes/no names, with the particle of a phrasal verb.
 */
function stateWords(rest: string[], written: readonly string[]): string[] {
  // "whether it has a water tap": what it has, named as conventional booleans are (has_water_tap);
  // "whether it has been returned" is the state its participle names.
  const verb = written.findIndex((w) => /^(?:has|have|had)$/.test(w));
  if (verb >= 0 && written.slice(0, verb).every((w) => pronouns.has(w)) && written[verb + 1] !== 'been') {
    const owned = meaningful(written.slice(verb + 1));
    const last = owned.at(-1) ?? '';
    const participle =
      /ed$/.test(last) || sameParticiple.test(last) || Object.values(irregularParticiples).includes(last);
    if (owned.length > 0 && owned.length <= 3 && !participle) return ['has', ...owned];
  }
  // "whether the client paid", "whether the guest showed up": what a person did is the row's state
  // (paid, showed_up); "whether the form was signed" keeps the thing it is about (form_signed).
  const subject = /^(?:the|a|an|their|our|his|her|its)$/.test(written[0] ?? '') ? 1 : 0;
  if (written.length > subject + 1 && isPerson(written[subject]!))
    return stateWords(
      ['they', ...rest.slice(rest.indexOf(written[subject]!) + 1)],
      ['they', ...written.slice(subject + 1)],
    );
  const words = meaningful(rest).filter((w) => !/^(?:been|being|be|has|have|had|is|are|was|were)$/.test(w));
  const last = words.at(-1);
  const particle = last === undefined ? undefined : written[written.indexOf(last) + 1];
  if (particle !== undefined && /^(?:in|out|up|off|back|down|over)$/.test(particle) && /ed$/.test(last!))
    words.push(particle);
  // "whether it's indoors": an adverb the tagger drops is the whole state.
  if (words.length > 0) return words;
  const plain = written.filter(
    (w) => !pronouns.has(w) && !/^(?:been|being|be|has|have|had|is|are|was|were|s|the|a|an)$/.test(w),
  );
  return plain.length > 0 ? plain : rest;
}

/** "how far it was" → distance, "how often it needs doing" → frequency: the measure each "how" asks for. */
const howMeasures: Readonly<Record<string, readonly [string, FieldType]>> = {
  often: ['frequency', 'string'],
  frequently: ['frequency', 'string'],
  far: ['distance', 'number'],
  old: ['age', 'integer'],
  big: ['size', 'string'],
  large: ['size', 'string'],
  heavy: ['weight', 'number'],
  tall: ['height', 'number'],
  high: ['height', 'number'],
  fast: ['speed', 'number'],
  deep: ['depth', 'number'],
  wide: ['width', 'number'],
};

/**
 * "how urgent it is" → urgency, "how difficult it is" → difficulty, "how spicy it is" → spiciness:
 * the noun English makes of the adjective, where the lexicon has it. Only an adjective followed by the
 * thing it describes ("it", "the dish") asks for a quality.
 */
function qualityNoun(adjective: string, next: string): readonly [string, FieldType] | undefined {
  if (!/^[a-z]{3,}$/.test(adjective) || next === '' || /^(?:many|much|long|to)$/.test(adjective))
    return undefined;
  if (analyse(`it is ${adjective}`)[2]?.pos !== 'ADJ') return undefined;
  const stem = adjective.replace(/y$/, 'i');
  const candidates = [
    adjective.replace(/ent$/, 'ency'),
    adjective.replace(/ant$/, 'ancy'),
    adjective.replace(/t$/, 'ty'),
    `${adjective.replace(/e$/, '')}ity`,
    `${stem}ness`,
    adjective.replace(/ous$/, 'osity'),
  ];
  const noun = candidates.find((c) => c !== adjective && isKnownWord(c));
  return noun === undefined ? undefined : [noun, 'string'];
}

/**
 * "what happened" → description, "what it is called" → name, "what it costs" → price, "what
 * it is worth" → value, "what we practiced" → notes: a "what" clause names the thing by its verb;
 * an account of what was done, said or seen is free text.
 */
function whatClause(rest: string[], draft: FieldDraft): string[] {
  const clause = analyse(rest.join(' '));
  const verb = clause.find((w) => w.pos === 'VERB')?.lemma ?? '';
  const last = rest.at(-1) ?? '';
  // "what is wrong", "what was faulty": the fault is the problem; "what is the cause": that noun.
  if (verb === '' && /^(?:is|was|are|were)$/.test(rest[0] ?? '')) {
    if (/^(?:wrong|broken|damaged|faulty|missing)$/.test(last)) {
      draft.type ??= 'text';
      return ['problem'];
    }
    const noun = clause.slice(1).find((w) => w.pos === 'NOUN');
    if (noun !== undefined) return [noun.text];
  }
  if (/^(?:call|name)$/.test(verb)) return ['name'];
  if (/^(?:cost|charge)$/.test(verb)) return ['price'];
  if (last === 'worth') return ['value'];
  // "what i paid for it": the price the thing was bought at; "what we spent" an amount of money.
  // "what i sold it for", "what we bought it for": the price of that sale or purchase.
  if (verb === 'sell' && last === 'for') return ['sale', 'price'];
  if (verb === 'buy' && last === 'for') return ['purchase', 'price'];
  if (verb === 'pay' && (rest.includes('for') || rest.at(-1) === clause.find((w) => w.pos === 'VERB')?.text))
    return ['price'];
  if (/^(?:pay|spend)$/.test(verb)) return ['amount'];
  if (verb === 'weigh') return ['weight'];
  // "what it's made of": its material.
  if (verb === 'make' && last === 'of') return ['material'];
  if (/^(?:happen|occur|go)$/.test(verb) || last === 'about') {
    draft.type ??= 'text';
    return ['description'];
  }
  if (last === 'for') return ['purpose'];
  draft.type ??= 'text';
  return ['notes'];
}

/** Past forms that are also the participle, so "<verb>_by" reads right ("paid_by", "sent_by"). */
const sameParticiple =
  /^(?:paid|made|sent|built|bought|sold|set|put|read|led|held|kept|left|met|found|signed|told|brought|taught|caught|won|lost|spent|lent|shot|cut|hit|let|given|taken|seen|done|written|born|grown|worn|drawn)$/;

/** "paid" → paid_by, "approved" → approved_by; other past forms name the doer ("wrote" → writer). */
function doneBy(verb: string): string[] {
  if (/ed$/.test(verb) || sameParticiple.test(verb)) return [`${verb}_by`];
  return [agentNoun(verb)];
}

/** "walked" → "walker", "won" → "winner": the person who did it. */
function agentNoun(verb: string): string {
  const word = analyse(`they ${verb}`).at(-1);
  const lemma = word?.pos === 'VERB' || word?.pos === 'AUX' ? word.lemma : verb;
  if (lemma.endsWith('e')) return `${lemma}r`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma)) return `${lemma}${lemma.at(-1)}er`;
  return `${lemma}er`;
}

/** The field's name words: the noun phrase the item is about, in snake_case parts. */
function nameWords(text: string, draft: FieldDraft): string[] {
  let raw = text
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  // "one or more print jobs", "at least one photo", "zero or more tags": a collection.
  const collection = /^(?:(?:one|zero) or more|at least one|any number of) /.exec(raw.join(' '));
  if (collection !== null) {
    draft.many = true;
    raw = raw.slice(collection[0].trim().split(' ').length);
  }
  let article = false;
  // "roughly what year it's from", "about how long it took": a guess at the value, not its name.
  while (
    raw.length > 1 &&
    (/^(?:roughly|approximately|approx|ca)$/.test(raw[0]!) ||
      (/^(?:about|around)$/.test(raw[0]!) && /^(?:what|which|how|when|where)$/.test(raw[1]!)))
  )
    raw = raw.slice(1);
  while (raw.length > 0 && leadingNoise.has(raw[0]!)) {
    article = /^(?:a|an|the)$/.test(raw[0]!);
    raw = raw.slice(1);
  }
  // "carry the zone", "keeps the rider's name": the verb of the sentence the list came from. After
  // an article the word is a noun ("a hold colour", "the record label").
  if (
    raw.length > 1 &&
    !article &&
    /^(?:has|have|hold|holds|store|stores|record|records|include|includes|contain|contains|keep|keeps|with|also|and)$/.test(
      raw[0]!,
    )
  ) {
    raw = raw.slice(1);
    while (raw.length > 0 && leadingNoise.has(raw[0]!)) raw = raw.slice(1);
  }
  // "teach a subject", "follows a route": a verb the list was written after, then its object.
  if (
    raw.length >= 3 &&
    !article &&
    /^(?:a|an|the|one)$/.test(raw[1]!) &&
    analyse(`they ${raw.slice(0, 3).join(' ')}`)[1]?.pos === 'VERB'
  )
    raw = raw.slice(2);
  // "8-digit" describes the value's shape, "markdown" or "html" its format, not its name.
  raw = raw.filter((w) => !/^\d+-[a-z]+$/.test(w));
  if (raw.length > 1 && /^(?:markdown|html|rich|plain|long|short|free-form|multiline)$/.test(raw[0]!)) {
    draft.type ??= 'text';
    raw = raw.slice(1);
  }
  // "the distance covered", "the number of retries permitted": a participle after the noun adds nothing.
  // ("whether the client tipped" is a clause, whose verb names the yes/no.)
  if (
    raw.length > 1 &&
    whWords[raw[0]!] === undefined &&
    /ed$/.test(raw.at(-1)!) &&
    !/(?:speed|need|seed|feed|bed|red|shed)$/.test(raw.at(-1)!)
  ) {
    const tagged = analyse(raw.join(' '));
    if (tagged.at(-1)?.pos === 'VERB' && ['NOUN', 'PROPN'].includes(tagged.at(-2)?.pos ?? ''))
      raw = raw.slice(0, -1);
  }
  if (raw.length === 0) return [];
  if (/^(?:many|several|multiple|few)$/.test(raw[0]!) && raw.length > 1) {
    draft.many = true;
    raw = raw.slice(1);
  } else if (
    // "maximum participant number": the bound and what it counts, as in "max number of participants".
    /^(?:max|maximum|min|minimum)$/.test(raw[0]!) &&
    raw.length === 3 &&
    /^(?:number|count)$/.test(raw[2]!)
  ) {
    draft.type ??= 'integer';
    return [raw[0]!.slice(0, 3), pluralOf(raw[1]!)];
  } else if (
    /^(?:max|maximum|min|minimum|total)$/.test(raw[0]!) &&
    /^(?:number|count|amount)$/.test(raw[1] ?? '') &&
    raw[2] === 'of' &&
    raw.length > 3
  ) {
    // "the max number of students" is max_students: the bound's word and what it counts.
    draft.type ??= 'integer';
    const counted = raw.slice(3).filter((w) => !leadingNoise.has(w));
    const end = counted.findIndex((w) => /^(?:on|in|per|for|at|of|with|to|from|by)$/.test(w));
    return [raw[0]!.slice(0, 3), ...(end > 0 ? counted.slice(0, end) : counted)].slice(0, 3);
  } else if (
    raw[0] === 'number' &&
    raw[1] === 'of' &&
    /^(?:the|its|their|his|her)$/.test(raw[2] ?? '') &&
    raw.length > 3
  ) {
    // "the number of the room" is the room's number, an identifier; "the number of rooms" a count.
    raw = [...raw.slice(3), 'number'];
  } else if (/^(?:list|lots|set|number|collection)$/.test(raw[0]!) && raw[1] === 'of' && raw.length > 2) {
    if (raw[0] === 'number') draft.type ??= 'integer';
    else draft.many = true;
    raw = raw.slice(2);
  }
  // "has been returned", "is paid": a state, which is yes or no.
  if (
    raw.length >= 2 &&
    raw.length <= 4 &&
    /^(?:has|have|had|been|is|are|was|were|being)$/.test(raw[0]!) &&
    (/ed$/.test(raw.at(-1)!) || sameParticiple.test(raw.at(-1)!))
  ) {
    draft.type ??= 'boolean';
    // ("was it delivered" asks the same.)
    raw = raw.filter(
      (w) => !/^(?:has|have|had|been|is|are|was|were|being|already)$/.test(w) && !pronouns.has(w),
    );
  }
  // "did they escape (y/n)", "is it vegan", "was it delivered": a yes/no asked as a question.
  if (
    raw.length >= 3 &&
    /^(?:did|does|do|is|are|was|were|has|have|can)$/.test(raw[0]!) &&
    pronouns.has(raw[1]!)
  ) {
    draft.type ??= 'boolean';
    const state = stateWords(meaningful(raw.slice(2)), raw.slice(2));
    return /^(?:did|does|do)$/.test(raw[0]!) ? [...state.slice(0, -1), pastOf(state.at(-1)!)] : state;
  }
  const measure =
    raw[0] === 'how' ? (howMeasures[raw[1] ?? ''] ?? qualityNoun(raw[1] ?? '', raw[2] ?? '')) : undefined;
  if (measure !== undefined) {
    draft.type ??= measure[1];
    const measured = measuredNoun(raw.slice(2));
    if (measured === undefined) return [measure[0]];
    draft.measured = measured.join('_');
    return [...measured, measure[0]];
  }
  // "how it went", "how i felt": the outcome, or the feeling.
  if (raw[0] === 'how' && pronouns.has(raw[1] ?? '')) {
    const verb = analyse(raw.slice(1).join(' ')).find((w) => w.pos === 'VERB')?.lemma;
    if (verb === 'feel') return ['feeling'];
    if (verb === 'go' || verb === 'turn') return ['outcome'];
  }
  if (raw[0] === 'how' && (raw[1] === 'many' || raw[1] === 'much' || raw[1] === 'long')) {
    const kind = raw[1];
    let noun = raw
      .slice(2)
      .filter(
        (w) => !/^(?:there|they|we|i|you|he|she|it|are|is|were|was|has|have|had|r|paying|pay|us|me)$/.test(w),
      );
    // "how long it is in km": a distance with its unit; "how long it took in minutes": a time.
    const unitAt = noun.indexOf('in') + 1;
    const unit = unitAt > 0 && units.has(noun[unitAt] ?? '') ? noun[unitAt] : undefined;
    if (unit !== undefined) noun = noun.slice(0, unitAt - 1);
    if (kind === 'long' && unit !== undefined) return [distanceUnits.has(unit) ? 'length' : 'duration', unit];
    if (kind === 'long') return ['duration'];
    // "how much it weighs", "how many it holds": the noun English has for what the verb measures.
    const measuredBy = measuringVerbs.get(noun[0] ?? '');
    if (measuredBy !== undefined && noun.length <= 3)
      return unit === undefined ? [measuredBy] : [measuredBy, unit];
    // "how much i made in liters": an amount in that unit.
    if (kind === 'much' && unit !== undefined) {
      draft.type ??= 'number';
      return ['amount', unit];
    }
    // "how many people it serves": a recipe's or a dish's servings.
    if (
      kind === 'many' &&
      /^(?:people|persons|guests)$/.test(noun[0] ?? '') &&
      /^(?:serves?|feeds?)$/.test(noun[1] ?? '')
    )
      return ['servings'];
    draft.type ??= kind === 'many' ? 'integer' : 'number';
    if (kind === 'much') draft.format ??= 'money';
    // "how much it is worth": its value; "how much it cost to fix": what was spent, "how much it
    // costs": its price.
    if (kind === 'much' && noun.includes('worth')) return ['value'];
    if (kind === 'much' && /^(?:cost|costs|charge|charges)$/.test(noun[0] ?? ''))
      return [noun.length === 1 && noun[0] !== 'cost' ? 'price' : 'cost'];
    // "how much she paid (for it)": the price it was bought at.
    if (kind === 'much' && noun[0] === 'paid') {
      draft.format = 'money';
      return ['price'];
    }
    // "how many attempts it took", "how many people showed up": what is counted, without the verb
    // of the clause about it.
    if (kind === 'many' && noun.length > 1) {
      const tagged = analyse(raw.slice(2).join(' '));
      const clause = tagged.findIndex(
        (w, i) => i > 0 && (w.pos === 'VERB' || w.pos === 'AUX' || pronouns.has(w.text)),
      );
      if (clause > 0) noun = tagged.slice(0, clause).map((w) => w.text);
    }
    if (noun.length === 0 || noun.length > 3) return [kind === 'many' ? 'count' : 'amount'];
    // "how much water I used": the amount of a substance; "how much it costs" keeps its measure word.
    if (kind === 'much' && knowledgeBase().fieldWord(singularOf(noun[0]!)) === undefined) {
      delete draft.format;
      return ['amount'];
    }
    raw = noun;
  }
  // "someone who paid it", "the person who approved it": the field names the one who did it.
  if (raw.length >= 3 && /^(?:someone|somebody|whoever|person|one)$/.test(raw[0]!) && raw[1] === 'who')
    raw = doneBy(raw[2]!);
  const wh = whWords[raw[0]!];
  if (wh !== undefined) raw = wh(meaningful(raw.slice(1)), draft, raw.slice(1));
  else if (
    raw[0] === 'what' &&
    raw.length > 1 &&
    (pronouns.has(raw[1]!) ||
      /^(?:the|a|an|this|that|his|her|their|our|my|happened|happens|went|is|was|are|were)$/.test(raw[1]!))
  )
    raw = whatClause(raw.slice(1), draft);
  else if (
    (raw[0] === 'which' || raw[0] === 'what') &&
    raw[1] === 'time' &&
    timeOfEvent(raw.slice(2)) !== undefined
  )
    raw = [timeOfEvent(raw.slice(2))!, 'time'];
  else if (raw[0] === 'which' || raw[0] === 'what') {
    raw = raw.slice(1, 3).filter((w) => /^\p{L}/u.test(w));
    raw = raw.slice(0, 1);
  } else raw = headPhrase(raw, draft);
  raw = raw.filter((w) => /^[\p{L}\p{N}]/u.test(w)).map((w) => w.replace(/-/g, '_'));
  // "the group to the …", "a unit price each": a name does not end in a preposition, an article or
  // a distributive word.
  // ("checked in" keeps the particle of its verb.)
  while (
    raw.length > 1 &&
    /^(?:to|the|of|a|an|for|in|with|by|from|and|or|each|apiece)$/.test(raw.at(-1)!) &&
    !(raw.at(-1) === 'in' && /ed$/.test(raw.at(-2)!))
  )
    raw = raw.slice(0, -1);
  return raw.slice(-4);
}

/** "the lawn is" → lawn, "the back garden was" → back garden; none for "it is" or "they need doing". */
function measuredNoun(words: readonly string[]): string[] | undefined {
  const tagged = analyse(words.join(' '));
  const start = tagged[0]?.pos === 'DET' ? 1 : 0;
  let end = start;
  while (end < tagged.length && ['NOUN', 'PROPN', 'ADJ'].includes(tagged[end]!.pos)) end++;
  const noun = tagged.slice(start, end).map((w) => w.text);
  const rest = tagged.slice(end);
  if (noun.length === 0 || noun.length > 2 || pronouns.has(noun[0]!)) return undefined;
  if (tagged[end - 1]!.pos === 'ADJ' || (rest.length > 0 && !['AUX', 'VERB'].includes(rest[0]!.pos)))
    return undefined;
  return noun.map((w) => singularOf(w));
}

/** "what time it starts" → start_time: the events whose time a field conventionally names. */
const timedEvents: Readonly<Record<string, string>> = {
  start: 'start',
  begin: 'start',
  end: 'end',
  finish: 'end',
  open: 'opening',
  close: 'closing',
  arrive: 'arrival',
  leave: 'departure',
  depart: 'departure',
  land: 'arrival',
};

function timeOfEvent(clause: readonly string[]): string | undefined {
  const verb = analyse(clause.join(' ')).find((w) => w.pos === 'VERB');
  return verb === undefined ? undefined : timedEvents[verb.lemma];
}

/** Possessive determiners, which after a preposition belong to the noun phrase ("of its roof"). */
const possessives = new Set('its their his her my our your'.split(' '));
const prepositions = /^(?:of|in|on|at|for|from|with|to|by)$/;

const pronouns = new Set('i me we us you he him she her it they them my our your their its r u'.split(' '));

function meaningful(words: string[]): string[] {
  if (words.length === 0) return words;
  const tagged = analyse(words.join(' '));
  return tagged
    .filter((w) => !droppedPos.has(w.pos) && !pronouns.has(w.text) && w.pos !== 'ADV')
    .map((w) => w.text);
}

/** Two-word units of area, in English and as French, Spanish or German text reads after translation. */
const squareUnit =
  /^(?:square (?:metres|meters|feet|foot|kilometres|kilometers|miles)|m[eè]tres carr[eé]s|metros cuadrados)$/;

/** Unit words a translation may leave in French, Spanish or German, and "kilos", with the names fields use. */
const foreignUnits: Readonly<Record<string, string>> = {
  gramos: 'grams',
  gramm: 'grams',
  grammes: 'grams',
  kilogramos: 'kg',
  kilogramm: 'kg',
  kilos: 'kg',
  minutos: 'minutes',
  minuten: 'minutes',
  horas: 'hours',
  heures: 'hours',
  stunden: 'hours',
  segundos: 'seconds',
  secondes: 'seconds',
  sekunden: 'seconds',
  dias: 'days',
  jours: 'days',
  tage: 'days',
  tagen: 'days',
  metros: 'metres',
  metres: 'metres',
  meter: 'metres',
  metern: 'metres',
  litros: 'litres',
  liter: 'litres',
  litern: 'litres',
  kilometros: 'km',
  kilometer: 'km',
  kilometern: 'km',
  centimetros: 'cm',
  zentimeter: 'cm',
};

/** Currencies a money value is given in ("in euros", "en euros", "in Euro", "in USD"). */
const currencyWords = /^(?:euros?|eur|dollars?|usd|gbp|chf|yen|francs?|pesos?|rupees?|sterling)$/;

/** Measures whose name a unit may follow ("weight in stones"), whatever the unit's word. */
const measures =
  /^(?:weight|distance|length|height|width|depth|duration|volume|size|area|surface|price|cost|temperature|speed|time)$/;

/**
 * "size in litres" → litres, "peso en gramos" → grams: the unit after "in", a known unit word or any
 * word after a measure's name. "age in years" keeps the measure alone (see the caller).
 */
function unitOf(measure: readonly string[], word: string): string | undefined {
  const spelled = foreignUnits[word];
  if (spelled !== undefined) return spelled;
  if (units.has(word)) return word;
  return measures.test(measure.at(-1) ?? '') && /^[a-z]{2,12}$/.test(word) ? word : undefined;
}

/**
 * The noun phrase an item names: "the day we sailed" → date (a relative clause ends it), "frames of
 * honey" → honey frames, "size in litres" → size litres, "target per week" → target per week.
 */
function headPhrase(words: string[], draft: FieldDraft): string[] {
  let phrase = words;
  // "the student who made it", "the book being discussed", "the room it's in": the noun before the
  // clause is what the field names (a link when it names a resource).
  const cut = phrase.findIndex(
    (w, i) =>
      i > 0 &&
      // ("the colour of its roof": a possessive after a preposition opens no clause.)
      ((pronouns.has(w) && !(possessives.has(w) && prepositions.test(phrase[i - 1]!))) ||
        /^(?:that|which|who|whom|whose|being|where|when)$/.test(w) ||
        // "the tutor running it": a participle with its own object.
        (/ing$/.test(w) && pronouns.has(phrase[i + 1] ?? ''))),
  );
  // "the date it was shipped", "the day we sailed": the date of that event, named by its verb.
  // "the time it took", "the time it takes": how long, not when.
  if (cut === 1 && phrase[0] === 'time' && /^(?:took|takes|take|lasted|lasts)$/.test(phrase.at(-1)!)) {
    draft.type ??= 'integer';
    return ['duration'];
  }
  if (cut === 1 && /^(?:date|day|time|moment)$/.test(phrase[0]!)) {
    const when = phrase[0] === 'time' || phrase[0] === 'moment' ? 'at' : 'on';
    // "the date it came back", "the day they gave it back": when it was returned.
    if (givenBack(phrase.slice(cut))) return ['returned', when];
    const at = phrase.findIndex(
      (w, i) =>
        i > cut && (/ed$/.test(w) || sameParticiple.test(w) || Object.values(irregularPast).includes(w)),
    );
    if (at > 0) {
      // "the date it was picked up": the particle is part of the verb.
      const particle = /^(?:out|in|up|off|back|down|over)$/.test(phrase[at + 1] ?? '')
        ? [phrase[at + 1]!]
        : [];
      if (phrase[0] === 'time' || phrase[0] === 'moment') draft.type ??= 'datetime';
      return [phrase[at]!, ...particle, phrase[0] === 'time' || phrase[0] === 'moment' ? 'at' : 'on'];
    }
  }
  if (cut > 0) phrase = phrase.slice(0, cut);
  // "a message to write on the cake": an infinitive after the noun says what it is for.
  const infinitive = phrase.findIndex(
    (w, i) => i > 0 && w === 'to' && analyse(phrase.slice(i, i + 2).join(' '))[1]?.pos === 'VERB',
  );
  if (infinitive > 0) phrase = phrase.slice(0, infinitive);
  // "a unit for each pairing" is a unit per pairing.
  const forEach = phrase.findIndex(
    (w, i) => i > 0 && w === 'for' && /^(?:each|every)$/.test(phrase[i + 1] ?? ''),
  );
  if (forEach > 0 && forEach + 2 < phrase.length)
    phrase = [...phrase.slice(0, forEach), 'per', ...phrase.slice(forEach + 2)];
  // "the role in the band", "a seat on the bus": what it is in or on is whose value it is, which
  // the sentence says; the noun before the preposition names the value.
  const place = phrase.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:in|on|at|for|from|with|during|inside|within)$/.test(w) &&
      /^(?:the|a|an|each|every|their|its|his|her|our|my|this|that)$/.test(phrase[i + 1] ?? ''),
  );
  if (place > 0 && ['NOUN', 'PROPN'].includes(analyse(phrase.slice(0, place).join(' ')).at(-1)?.pos ?? ''))
    phrase = phrase.slice(0, place);
  // "a link to the menu", "a url to their photo": the address of that thing (menu_url).
  if (
    phrase.length >= 3 &&
    phrase.length <= 5 &&
    /^(?:url|link|website|address)$/.test(phrase[0]!) &&
    phrase[1] === 'to' &&
    phrase[0] !== 'address'
  ) {
    draft.type ??= 'url';
    return [...phrase.slice(2).filter((w) => !leadingNoise.has(w) && !pronouns.has(w)), 'url'];
  }
  // "the kind of boat" is the boat type.
  if (phrase.length >= 3 && /^(?:kind|sort|type)$/.test(phrase[0]!) && phrase[1] === 'of')
    return [...phrase.slice(2).filter((w) => !leadingNoise.has(w)), 'type'];
  const per = phrase.indexOf('per');
  if (per > 0 && per < phrase.length - 1) {
    const target = phrase.slice(per + 1).join(' ');
    if (/^(?:day|week|month|year|hour|minute|night|person|unit|kg|item)$/.test(target)) return phrase;
    draft.per = target;
    phrase = phrase.slice(0, per);
  }
  // "a price in euros", "den Preis in Euro": money is a decimal whatever its currency, which is no
  // part of the name the way a measure's unit is ("weight_kg").
  const inCurrency = phrase.indexOf('in');
  if (inCurrency > 0 && inCurrency === phrase.length - 2 && currencyWords.test(phrase.at(-1)!)) {
    draft.type ??= 'number';
    draft.format ??= 'money';
    draft.minimum ??= 0;
    phrase = phrase.slice(0, inCurrency);
  }
  // "a surface in square metres": one unit of two words.
  // ("mètres carrés", "metros cuadrados" as a translation leaves them.)
  const inSquare = phrase.indexOf('in');
  if (inSquare > 0 && inSquare === phrase.length - 3 && squareUnit.test(phrase.slice(-2).join(' ')))
    phrase = [...phrase.slice(0, inSquare), /f/.test(phrase.at(-1)!) ? 'sq_ft' : 'm2'];
  const inAt = phrase.indexOf('in');
  const unit =
    inAt > 0 && inAt === phrase.length - 2 ? unitOf(phrase.slice(0, inAt), phrase.at(-1)!) : undefined;
  if (unit !== undefined) phrase = phrase.slice(0, inAt);
  const unitWords = unit === undefined || unit === 'years' ? [] : [unit];
  const of = phrase.indexOf('of');
  if (
    of > 0 &&
    of < phrase.length - 1 &&
    phrase.length <= 5 &&
    knowledgeBase().fieldWord(phrase.join(' ')) === undefined
  ) {
    const owner = phrase.slice(of + 1).filter((w) => !leadingNoise.has(w));
    phrase = [...owner.map((w, i) => (i === owner.length - 1 ? singularOf(w) : w)), ...phrase.slice(0, of)];
  }
  // "the length of the trail in km" → trail_length_km: the unit ends the name.
  phrase = [...phrase, ...unitWords];
  if (phrase.length > 4) {
    const tagged = analyse(phrase.join(' '));
    const nouns = tagged.filter(
      (w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'NUM',
    );
    phrase = nouns.length > 0 ? nouns.slice(-3).map((w) => w.text) : phrase.slice(-3);
  }
  return phrase;
}

const suffixTypes: ReadonlyArray<readonly [RegExp, Partial<KbField> & { type: FieldType }]> = [
  // "flight number", "vat number", "room no": identifiers, not quantities ("number of seats" is).
  [/^(?!number_of)\w+_(?:number|no|code|ref|reference|id_number)$/, { type: 'string' }],
  [/^(?:is|has|can|allow|allows)_/, { type: 'boolean' }],
  [/(?:^|_)(?:at|timestamp)$/, { type: 'datetime' }],
  [/(?:^|_)(?:on|date|day|birthday|dob)$/, { type: 'date' }],
  [/(?:^|_)time$/, { type: 'datetime' }],
  [/(?:^|_)e?-?mail$/, { type: 'email' }],
  [/(?:^|_)(?:url|link|website|homepage|uri)$/, { type: 'url' }],
  [/(?:^|_)(?:phone|mobile|telephone)(?:_number)?$/, { type: 'string', format: 'phone' }],
  [
    /(?:^|_)(?:price|cost|fee|amount|total|salary|balance|deposit|budget|revenue|paid|spent|rate)$/,
    { type: 'number', format: 'money', minimum: 0 },
  ],
  [/(?:^|_)(?:percent|percentage|pct)$/, { type: 'number', minimum: 0, maximum: 100 }],
  [
    /(?:^|_)(?:count|quantity|qty|seconds|minutes|hours|days|weeks|months|years|players|seats|rounds|frames|capacity|stock|points|credits|reps)$/,
    { type: 'integer', minimum: 0 },
  ],
  [
    /(?:^|_)(?:kg|g|grams|grammes|kilograms|kilogrammes|kilos|tonnes|km|m|m2|sq_ft|cm|mm|miles|inches|feet|ft|lbs|ounces|oz|liters|litres|ml|gallons|degrees|celsius|fahrenheit|kwh|watts|calories|kcal|weight|distance|latitude|longitude|lat|lng)$/,
    { type: 'number' },
  ],
  [/(?:^|_)(?:year|age|position|rank|order|par|number_of_\w+)$/, { type: 'integer' }],
  [
    /(?:^|_)(?:description|notes|body|content|bio|comment|comments|instructions|summary|text)$/,
    { type: 'text' },
  ],
  [
    /(?:^|_)(?:done|completed|active|enabled|published|paid|archived|available|approved|verified|organic|anonymous|pinned|shared|bought|electric|public|private|featured|seen)$/,
    { type: 'boolean' },
  ],
];

/** Types, formats and required-ness a field's name implies when the request did not state them. */
function completeByName(draft: FieldDraft): void {
  const kb = knowledgeBase();
  const phrase = draft.words.join(' ');
  const known = kb.fieldWord(phrase)?.field ?? kb.fieldWord(singularOf(phrase))?.field;
  const lastKnown = known ?? kb.fieldWord(draft.words.at(-1)!)?.field;
  const rule = suffixTypes.find(([pattern]) => pattern.test(draft.name))?.[1];
  const implied = rule?.type === 'string' && draft.words.length > 1 ? rule : (known ?? rule ?? lastKnown);
  if (draft.type === undefined && implied !== undefined) {
    draft.type = implied.type;
    draft.typedBy = 'name';
    if (implied.format !== undefined) draft.format ??= implied.format;
    if (implied.minimum !== undefined) draft.minimum ??= implied.minimum;
    if (implied.maximum !== undefined && implied.type !== 'string') draft.maximum ??= implied.maximum;
  } else if (draft.type !== undefined) draft.typedBy ??= 'stated';
  if (draft.type === 'number' && draft.format === undefined && implied?.format === 'money') {
    draft.format = 'money';
    draft.minimum ??= 0;
  }
  if (known?.required === true || (lastKnown?.required === true && draft.words.length <= 2))
    draft.identifying = true;
  if (!draft.unique && known?.unique === true) draft.unique = true;
}
