/**
 * Sentence constructions of French, Spanish and German that a word-by-word rendering gets wrong,
 * rewritten into the English shapes the reader understands. Each rule is about the language, not a
 * domain: which "nom" is a surname, who a passive sentence names as the doer, how a yes/no field is
 * said. Rules run on lower-case text without accents (see `plain`), except `markAccentedA`.
 */
import { domainCuePhrases, vocabularyOf, type VocabularyLanguage } from './morphology.js';

/** Marks a word already rendered in English; `clean` removes control characters, so none is written. */
export const renderedMarker = '\u0001';

/** Marks a French "à" (a preposition, "to") before accents are dropped and it reads as "a" ("has"). */
export const toMarker = '\u0002';

export function markAccentedA(text: string, language: VocabularyLanguage): string {
  if (language !== 'fr') return text;
  // French "où" (where) is "ou" (or) once accents are dropped: it is rendered before.
  return text
    .replace(/(?<![\p{L}\d'])[àÀ](?![\p{L}\d])/gu, `a${toMarker}`)
    .replace(/(?<![\p{L}\d'])[oO][ùÙ](?![\p{L}\d])/gu, `${renderedMarker}where`);
}

/**
 * Question words that open a field's clause in a list ("quand elle a été achetée", "cuándo se
 * publicó", "wann es repariert wurde", "combien ça coûte"), rendered as the English question words
 * the field reader reads ("when it was bought"); with them the connectives that open a sentence
 * ("de plus", "además", "außerdem"), which English says "also". French "qui" is "who" only where a
 * list item opens with it; elsewhere it is a relative pronoun.
 */
const questionWords: Readonly<Record<VocabularyLanguage, readonly (readonly [RegExp, string])[]>> = {
  fr: [
    [/()\bquand\b/g, 'when'],
    [/()\bcombien(?! d)/g, 'how much'],
    [/((?:^|[,:;(]|\bet)\s*)qui\b/g, 'who'],
    [/()\b(?:de plus|en outre|egalement)\b/g, 'also'],
  ],
  es: [
    [/()\bcuando\b/g, 'when'],
    [/()\bdonde\b/g, 'where'],
    [/()\bquien(?:es)?\b/g, 'who'],
    [/()\bcuant[oa]\b/g, 'how much'],
    [/()\b(?:ademas|tambien|asimismo)\b/g, 'also'],
  ],
  de: [
    [/()\bwann\b/g, 'when'],
    [/()\bwo\b/g, 'where'],
    [/()\bwer\b/g, 'who'],
    [/()\bwie viel\b(?!e)/g, 'how much'],
    [/()\bwie lange?\b/g, 'how long'],
    [/()\bwie gross\b/g, 'how big'],
    [/()\bwie alt\b/g, 'how old'],
    [/()\b(?:ausserdem|zudem|ebenfalls|weiterhin)\b/g, 'also'],
  ],
};

function questionWordsInEnglish(text: string, language: VocabularyLanguage): string {
  let result = text;
  for (const [pattern, english] of questionWords[language]) {
    const rendered = english
      .split(' ')
      .map((word) => `${renderedMarker}${word}`)
      .join(' ');
    result = result.replace(pattern, (_whole, lead: string) => `${lead}${rendered}`);
  }
  return result;
}

/**
 * The tense of a clause after a question word: a Spanish reflexive past is a passive; a German subordinate clause ends with its auxiliary ("wann es repariert wurde"), which
 * English puts before the participle ("when it was repaired").
 */
function pastInQuestions(text: string, language: VocabularyLanguage): string {
  const asked = (words: string) => `(${renderedMarker}(?:${words}))`;
  // "quién la escribió": the object pronoun before the verb is "it" after it.
  // "cuándo se publicó": a reflexive past is a passive, and its participle ends in -ado or -ido.
  if (language === 'es')
    return text
      .replace(
        new RegExp(`${asked('who')} (?:la|lo|las|los|le|les) (\\p{L}+)`, 'gu'),
        `$1 $2 ${renderedMarker}it`,
      )
      .replace(
        new RegExp(`${asked('when|where|who')} se (\\p{L}{3,}?)(a|i)?o\\b`, 'gu'),
        (_whole, question: string, stem: string, vowel: string | undefined) =>
          `${question} ${renderedMarker}it ${renderedMarker}was ${stem}${vowel === 'i' ? 'ido' : 'ado'}`,
      );
  if (language === 'de')
    return text.replace(
      new RegExp(
        `${asked('when|where|who|whether')} (es|sie|er) (\\p{L}{4,}) (wurde|wurden|ist|sind)(?=\\s*(?:[.,;:!?)]|$| und | oder ))`,
        'gu',
      ),
      `$1 $2 $4 $3`,
    );
  return text;
}

/** Clauses and bracketed lists: "(nom, prénom, téléphone)" is one list of one thing's fields. */
const clauses = (text: string, rewrite: (clause: string) => string) =>
  text.replace(/[^.;:!?()\n]+/g, rewrite);

/**
 * Beside a given name, a bare "nom" (French) or "Name" (German) is the family name, and beside a
 * family name a bare Spanish "nombre" is the given name: "nom, prénom" → last name, first name.
 */
function namesBesideOtherNames(text: string, language: VocabularyLanguage): string {
  const rules: Readonly<Record<VocabularyLanguage, readonly [RegExp, RegExp, string]>> = {
    fr: [/\bprenoms?\b/, /\bnoms?\b(?! (?:de|du|des|d')\b)/g, 'nom de famille'],
    es: [/\bapellidos?\b/, /\bnombres?\b(?! (?:de|del)\b)/g, 'nombre de pila'],
    de: [/\bvornamen?\b/, /\bnamen?\b/g, 'nachname'],
  };
  const [other, bare, replacement] = rules[language];
  return clauses(text, (clause) => (other.test(clause) ? clause.replace(bare, replacement) : clause));
}

/**
 * French "numéro de table" and Spanish "número de mesa" name an identifier, English "table number";
 * a plural after it ("número de habitaciones") counts things and stays "number of".
 */
export function numberOf(text: string, language: VocabularyLanguage): string {
  if (language === 'de') return text;
  return text.replace(/\bnumero (?:de|d') ?(\p{L}{3,})(?![\p{L}'-])/gu, (_whole, noun: string) =>
    language === 'es' && /s$/.test(noun)
      ? `${renderedMarker}number ${renderedMarker}of ${noun}`
      : `${noun} numero`,
  );
}

/**
 * German passive: "wird von einem Lehrer vergeben" (is given by a teacher) names the row's owner, as
 * "is linked to a teacher" does; the participle closing the clause is dropped.
 */
function germanPassiveAgent(text: string): string {
  const vocabulary = vocabularyOf('de');
  return text.replace(
    /\b(wird|werden|wurde|wurden) von (einem|einer|eine|ein|dem|der|den) (\p{L}+)(?: (\p{L}+))?(?=\s*(?:[,;.!?)]|$| und | oder ))/gu,
    (_whole, verb: string, _article: string, noun: string, done: string | undefined) => {
      const copula = verb === 'wird' || verb === 'wurde' ? 'ist' : 'sind';
      // "wird von einem Manager geleitet": a participle the vocabulary knows says which side leads.
      const known = done === undefined ? undefined : vocabulary.get(done);
      return known?.isParticiple === true && known.participle !== undefined
        ? `${copula} ${done} ${renderedMarker}by einem ${noun}`
        : `${copula} verknupft mit einem ${noun}`;
    },
  );
}

/** Articles that open a German relative clause's own subject ("die ein Mitglied … macht"). */
const subjectArticle = /^(?:ein|eine|der|die|das)$/;
const germanCopula = /^(?:ist|sind|war|waren)$/;

/**
 * A German relative clause ends with its verb: "jede Ausfahrt, die zu einem Boot gehört, hat …",
 * "ein Skipper, der ein Mitglied ist". English puts the verb second, after "that" where the pronoun
 * is the clause's subject ("that belongs to a boat", "that is a member") and after the clause's own
 * subject where it has one ("Buchungen, die ein Mitglied macht" → "that a member makes"). Only a
 * clause whose last word is a verb the vocabulary knows, or a form of "sein", is moved: after a comma,
 * "die Adresse und das Telefon" is a list's next item, not a clause.
 */
function germanRelativeClauses(text: string): string {
  const vocabulary = vocabularyOf('de');
  const isVerb = (word: string) =>
    germanCopula.test(word) || vocabulary.get(word.replace(/([aou])e/g, '$1'))?.pos === 'verb';
  return text.replace(
    /, (?:der|die|das|welcher|welche|welches) ([^.,;:!?()\n]{1,120}?) (\p{L}{2,})(?=\s*(?:[.,;:!?)]|$))/gu,
    (whole, middle: string, verb: string) => {
      if (!isVerb(verb)) return whole;
      const words = middle.split(' ');
      const that = `${renderedMarker}that`;
      // "die ein Mitglied … macht": the clause has a subject of its own, so the pronoun is its object.
      if (!germanCopula.test(verb) && words.length >= 2 && subjectArticle.test(words[0]!))
        return `, ${that} ${words.slice(0, 2).join(' ')} ${verb}${words.length > 2 ? ` ${words.slice(2).join(' ')}` : ''}`;
      return `, ${that} ${verb} ${middle}`;
    },
  );
}

/**
 * German puts an infinitive after a modal, and a participle after "werden", at the end of the clause:
 * "Mitglieder können sich für Kurse anmelden" → "können anmelden für Kurse" (can register for
 * courses); "Behandlungen werden für ein Tier erfasst" → "werden erfasst für ein Tier". The verb moves
 * next to its auxiliary, where English has it; a reflexive "sich" is dropped. The clause searched is
 * bounded, so a long run of auxiliaries costs linear time.
 */
function germanVerbNextToAuxiliary(text: string): string {
  return text.replace(
    /\b(kann|konnen|koennen|muss|mussen|muessen|soll|sollen|will|wollen|darf|durfen|mochte|moechte|mochten|moechten|wird|werden|wurde|wurden)((?: sich)?) ([^.;:!?()]{1,160}?) (\p{L}{4,}(?:en|n|t))(?=\s*(?:[.,;:!?)]|$| und | oder | sowie ))/gu,
    // A passive's dative ("wird einem Prüfer zugewiesen") is who it goes to: "is assigned to an inspector".
    (_whole, auxiliary: string, _sich: string, middle: string, verb: string) =>
      `${auxiliary} ${verb} ${/^(?:wird|werden|wurde|wurden)$/.test(auxiliary) && /^(?:einem|einer|dem) /.test(middle) ? 'zu ' : ''}${middle}`,
  );
}

/** Prefixes a German main clause sends to its end: "leihen … aus", "geben … zurück", "bieten … an". */
const separablePrefix = 'zuruck|teil|fest|weg|auf|aus|ein|mit|vor|hin|her|los|an|ab|zu';

/**
 * "Mitglieder leihen Werkzeuge aus, mit einem Rückgabedatum": a main clause puts a separable verb's
 * prefix at its end, after the objects. The verb is the prefix and the finite form together
 * ("ausleihen" → borrow), when the vocabulary has that verb; otherwise the clause is left as written.
 */
function germanSeparableVerbs(text: string): string {
  const vocabulary = vocabularyOf('de');
  return text.replace(
    new RegExp(`([^.;:!?,()]*?) (${separablePrefix})(?=\\s*(?:[.,;:!?)]|$| und | oder ))`, 'gu'),
    (clause: string, before: string, prefix: string) => {
      const words = before.split(' ');
      const at = words.findIndex((w) => vocabulary.get(`${prefix}${w}`)?.pos === 'verb');
      if (at < 0) return clause;
      // Rendered here, in English (the base form, which the reader takes for any person): joined,
      // "ausleihen" is also the plural of the noun "Ausleihe".
      const verb = vocabulary.get(`${prefix}${words[at]}`)!;
      words[at] = verb.english
        .split(' ')
        .map((w) => `${renderedMarker}${w}`)
        .join(' ');
      return words.join(' ');
    },
  );
}

/** A range said "de 1 à 5", "de 1 a 5" or "von 1 bis 5" is the reader's "between 1 and 5". */
function rangeOfNumbers(text: string, language: VocabularyLanguage): string {
  // Spanish "del 1 al 5" joins the article to each preposition.
  const [from, to, between, and] =
    language === 'de'
      ? ['von', 'bis', 'zwischen', 'und']
      : language === 'es'
        ? ['del?', 'al?', 'entre', 'y']
        : ['de', `a${toMarker}?`, 'entre', 'et'];
  return text.replace(
    new RegExp(`\\b${from} (-?\\d+(?:[.,]\\d+)?) ${to} (-?\\d+(?:[.,]\\d+)?)\\b`, 'g'),
    `${between} $1 ${and} $2`,
  );
}

/**
 * A domain's cue of several words ("atelier vélo", "clínica veterinaria") rendered as its English cue,
 * as one unit: word by word it would name other things. Only the words a cue starts with are tried,
 * so a request pays for the cues it may contain, not for all of them.
 */
function domainCuesInEnglish(text: string, language: VocabularyLanguage): string {
  const byFirstWord = cueIndex(language);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/(?<![\p{L}\d'-])\p{L}+/gu)) {
    const at = match.index;
    if (at < last) continue;
    const cue = (byFirstWord.get(match[0]) ?? []).find(
      ([phrase]) => text.startsWith(phrase, at) && !/[\p{L}\d]/u.test(text[at + phrase.length] ?? ''),
    );
    if (cue === undefined) continue;
    const rendered = cue[1]
      .split(' ')
      .map((word) => `${renderedMarker}${word}`)
      .join(' ');
    out += `${text.slice(last, at)}${rendered}`;
    last = at + cue[0].length;
  }
  return `${out}${text.slice(last)}`;
}

const cueIndexes = new Map<VocabularyLanguage, ReadonlyMap<string, readonly (readonly [string, string])[]>>();
function cueIndex(language: VocabularyLanguage): ReadonlyMap<string, readonly (readonly [string, string])[]> {
  const cached = cueIndexes.get(language);
  if (cached !== undefined) return cached;
  const index = new Map<string, (readonly [string, string])[]>();
  for (const entry of domainCuePhrases(language)) {
    const first = entry[0].split(' ')[0]!;
    index.set(first, [...(index.get(first) ?? []), entry]);
  }
  cueIndexes.set(language, index);
  return index;
}

/** Rewrites on the request itself, before phrases and words are looked up. */
export function rewriteConstructions(text: string, language: VocabularyLanguage): string {
  let result = pastInQuestions(
    questionWordsInEnglish(
      rangeOfNumbers(namesBesideOtherNames(domainCuesInEnglish(text, language), language), language),
      language,
    ),
    language,
  );
  if (language === 'de')
    result = germanSeparableVerbs(
      germanVerbNextToAuxiliary(germanPassiveAgent(germanRelativeClauses(result))),
    );
  return result;
}

const participle =
  /(?:[a-z]+ed|given|taught|led|run|held|made|kept|written|done|built|paid|sold|bought|sent|read|driven)/
    .source;

const englishParticiple = new RegExp(`^${participle}$`);

/**
 * Rewrites on the English rendering: yes/no fields ("si elle est payée", "ob … zurückgegeben wurde",
 * "terminé ou non") become "a paid flag"; a passive whose doer "par/por" introduces becomes a link;
 * "pour chaque X il y a plusieurs Y" becomes "each X has many Y"; one subject's coordinated
 * predicates become sentences of their own.
 */
export function rewriteEnglish(text: string): string {
  const rewritten = text
    .replace(/[ \t]+/g, ' ')
    // French typography puts a space before ":", ";", "!" and "?".
    .replace(/ ([:;!?])/g, '$1')
    // "quand il a été acheté": the copula keeps the participle a participle, then reads "was".
    .replace(/\b(?:has|have) ete\b/g, 'was')
    // "traen a sus perros": Spanish marks a person or a pet as the object with "a", which English
    // never writes before a possessive.
    .replace(/\ba (?=(?:my|your|his|her|its|our|their) )/g, '')
    // "une API", "un acteur": English says "an" before a vowel.
    .replace(/\ba (?=[aeio][a-z])/g, 'an ')
    .replace(
      /\bwhether (?:(?:it|they|he|she|this|the [a-z]+) )?(?:(?:is|are|was|were|has been|have been) )?([a-z]+)(?: (?:is|are|was|were|has been|have been))?(?: or (?:not|no))?/g,
      'a $1 flag',
    )
    .replace(/\b(?:is|are) ([a-z]+) or (?:not|no)\b/g, 'a $1 flag')
    // "sont soit brouillon soit publiés", "sind entweder Entwurf oder veröffentlicht": a status.
    .replace(/\beither ([a-z]+) either\b/g, 'either $1 or')
    .replace(
      /\b(is|are) either ([a-z]+) or ([a-z]+)\b/g,
      (_whole, verb: string, first: string, second: string) =>
        `${verb === 'is' ? 'has' : 'have'} a status (${first}, ${second})`,
    )
    .replace(/\b([a-z]+) or (?:not|no)\b/g, '$1 flag')
    .replace(
      // Any word: a participle the vocabulary lacks ("encadrée par un guide") still names a doer. An
      // English participle stays a passive ("is led by a coach"), which says which side is whose.
      /\b(is|are|was|were) (?:[a-z]+ )?([a-z]+) (per|by) (a|an|the|one|each)\b/g,
      (_whole, verb: string, done: string, _by: string, article: string) => {
        const copula = verb === 'is' || verb === 'was' ? 'is' : 'are';
        return englishParticiple.test(done)
          ? `${copula} ${done} by ${article}`
          : `${copula} linked to ${article}`;
      },
    )
    .replace(new RegExp(`\\b(${participle}) per (a|an|the|one)\\b`, 'g'), '$1 by $2')
    // "donnée par un professeur à un élève": both are linked.
    .replace(/\b(linked to (?:a|an|the|one) [a-z]+) to (a|an|the|one)\b/g, '$1 and to $2')
    // "prévues pour un bien", "se agrupan en categorías": what the row is for, or belongs to.
    .replace(/\b(is|are) [a-z]+ed for (a|an|one|each)\b/g, '$1 for $2')
    .replace(/\b(?:is|are) grouped (?:in|into|by) /g, 'belong to ')
    // "participer à", "teilnehmen an": one takes part in a thing, not to it.
    .replace(/\b(take|takes|taking|took) part (?:to|at) /g, '$1 part in ')
    .replace(/\b(?:for|to) each ([a-z]+),? there (?:are|is) (many|several|some)\b/g, 'each $1 has many');
  return (
    pronounsAsSubjects(
      rewritten.replace(/[^.;:!?\n]+/g, gappedPredicates).replace(/[^.;!?\n]+/g, predicatesApart),
    )
      // Endpoints keep their method in capitals, as the reader recognises them: "POST /pedidos".
      .replace(/\b(get|post|put|patch|delete) (?=\/)/g, (method: string) => method.toUpperCase())
  );
}

const predicateVerb = '(?:has|have|belongs|belong|is|are)';

/**
 * "les élèves ont un nom, les moniteurs un nom et un téléphone", "los pacientes tienen nombre, los
 * médicos nombre y especialidad", "Patienten haben einen Namen, Ärzte einen Namen": a conjunct that
 * repeats the sentence's shape with its verb left out (gapping) takes the verb back, as a sentence of
 * its own. A plural noun followed by an article, or by a word that opens a list, cannot be one of the
 * first clause's objects. A conjunct that says its own verb ("…, Imker haben Name") starts a sentence
 * too.
 */
function gappedPredicates(sentence: string): string {
  if (!/^\s*(?:(?:the|some|all|our|my|each|every|a|an) )?[a-z]+ (?:have|has)\b/.test(sentence))
    return sentence;
  const restore = (_whole: string, subject: string, own: string | undefined) =>
    `. ${subject} ${own ?? 'have'} `;
  return (
    sentence
      // "…, the instructors a name and a phone", "…, the doctors name and specialty".
      .replace(
        /, (?:and )?((?:the|some|all|our) [a-z]+s) (?:(have|has) )?(?=(?:a|an|some|one|the) [a-z]|[a-z]+(?:,| and )|[a-z]+\s*$)/g,
        restore,
      )
      // "…, doctors a name", "…, beekeepers have name": without a determiner, only before an article
      // or with a verb of its own, so a list of plural fields ("names, prices and images") stays one.
      .replace(/, (?:and )?([a-z]+s) (?:(have|has) (?=[a-z])|(?=(?:a|an|some|one) [a-z]))/g, restore)
  );
}

/**
 * "…; sie hat einen Wert" → "…; each grade has a value": a clause whose subject is a pronoun takes the
 * subject of the clause before, which the reader then knows.
 */
function pronounsAsSubjects(text: string): string {
  let subject: string | undefined;
  return text.replace(/[^.;!?\n]+/g, (clause) => {
    const pronoun = new RegExp(`^(\\s*)(?:it|they) (?=${predicateVerb}\\b)`).exec(clause);
    if (pronoun !== null && subject !== undefined)
      return `${pronoun[1]}${subject} ${clause.slice(pronoun[0].length)}`;
    subject = /^\s*((?:each|every|a|an|the|one) [a-z]+)(?= )/.exec(clause)?.[1] ?? subject;
    return clause;
  });
}

/**
 * "Each booking belongs to a member and a court and has a date" → one sentence per link and per
 * predicate, each with the subject: a translated sentence keeps the source's coordination, which the
 * English reader takes apart less well than separate sentences.
 */
function predicatesApart(sentence: string): string {
  // "the members have a name, and each bike has a brand and belongs to a member": a clause with a
  // subject of its own is taken apart on its own, with its own subject.
  const clauses = sentence.split(
    new RegExp(
      `(,? and )(?=(?:each|every|a|an|the|one) (?!and )[a-z]+(?: (?!and )[a-z]+)? ${predicateVerb}\\b)`,
    ),
  );
  if (clauses.length > 1) return clauses.map((c, i) => (i % 2 === 1 ? c : predicatesApart(c))).join('');
  const match = new RegExp(
    `^(\\s*(?:each|every|a|an|the|one) [a-z]+(?: [a-z]+)?) (${predicateVerb}\\b.*)$`,
  ).exec(sentence);
  if (match === null) return sentence;
  const [, subject, predicate] = match as unknown as [string, string, string];
  const predicates = predicate.split(new RegExp(`,? and (?=${predicateVerb}\\b)`));
  const expanded = predicates.flatMap((p) => {
    const link =
      /^(belongs? to|(?:is|are) (?:linked|assigned) to) ((?:a|an|the|one) [a-z]+)((?:,? and (?:to )?(?:a|an|the|one) [a-z]+)+)(.*)$/.exec(
        p,
      );
    if (link === null) return [p];
    const [, verb, first, others, rest] = link as unknown as [string, string, string, string, string];
    // "appartient à un conducteur et un conducteur a plusieurs trajets": the last one starts a clause.
    if (new RegExp(`^ (?:${predicateVerb}|can|contains?)\\b`).test(rest)) return [p];
    const targets = [first, ...others.split(/,? and (?:to )?/).filter((t) => t.trim() !== '')];
    return targets.map((t, i) => `${verb} ${t.trim()}${i === targets.length - 1 ? rest : ''}`);
  });
  if (expanded.length === 1) return sentence;
  return expanded.map((p, i) => (i === 0 ? `${subject} ${p}` : ` ${subject.trim()} ${p}`)).join('.');
}
