import type { EntityDraft, Reading } from './drafts.js';
import {
  addEntity,
  isFieldWord,
  kbEntityOf,
  nounPhrase,
  nounPhrases,
  resolve,
  type NounPhrase,
} from './mentions.js';
import { readField } from './field-reader.js';
import { analyse } from './nlp.js';

const E = '@([a-z0-9_]+)';
const det =
  '(?:(?:one of (?:our|the|their|its|my|your)|a|an|the|one|each|every|exactly one|at most one|at least one|only one|a single|one single|its|their|his|her|some|any|which|what|a specific|a particular) )?';
const many =
  '(?:many|several|multiple|lots of|a lot of|one or more|a list of|a number of|a set of|any number of|some|a few|zero or more|its own|their own|various|\\d+)';

/** child … parent */
const belongsPatterns: readonly RegExp[] = [
  new RegExp(
    `${E} (?:, )?(?:(?:that|which|who|is|are|can be|must be|should be|will be|gets?|get|always|only|also|usually) )*(?:belongs?|belonged|linked|assigned|tied|attached|associated|connected|related|mapped|bound|scoped|allocated|matched|registered|booked|filed|logged|recorded|collected|taken|held|made|placed|admitted|added|issued|sent|delivered|charged|billed|invoiced|shipped|posted|submitted|pinned|uploaded|published|grouped|sorted|categori[sz]ed|classified|gathered|bundled) (?:to|with|for|against|under|on|in|into|during|at) ${det}${E}`,
  ),
  new RegExp(
    `${E} (?:(?:is|are|always|usually|each) )+(?:for|on|in|under|part of|within|about|at|of|by) ${det}${E}`,
  ),
  new RegExp(
    `${E} (?:(?:is|are) )?(?:based on|refers to|refer to|references|reference|points to|point to|comes from|come from|came from|originates from|originate from|(?:is |are )?(?:taken|collected|drawn) from|goes to|go to|sits in|sit in|lives in|live in|happens at|happen at|takes place at|take place at) ${det}${E}`,
  ),
  new RegExp(`${E} (?:in|of|for|on|inside|within|per|under|from|at) (?:each|every|a|an|one) ${E}`),
  // "routes are set on a wall", "vets work at one branch": where each one is placed or works.
  new RegExp(
    `${E} (?:(?:is|are|always|usually|only|each|can|may) )*(?:(?:set|placed|located|mounted|installed|stored|kept|parked|hung|built|based|stationed|housed|played|held|hosted|scheduled|shelved|done|performed|carried out|displayed|shown|exhibited|stocked|sold) (?:on|in|at|into|inside|for)|(?:works?|lives?|plays?|stud(?:y|ies)|trains?|serves?|sits?|stays?) (?:at|in|for)) (?:a|an|one|the|exactly one|a single|only one) ${E}`,
  ),
];
/** parent … many children */
const hasManyPatterns: readonly RegExp[] = [
  new RegExp(
    `${E} (?:(?:can|may|will|should|usually|often|typically|also) )*(?:has|have|contains?|includes?|holds?|owns?|gets?|lists?|consists of|consist of|is made of|are made of|is made up of|groups?|collects?|keeps?|tracks?|runs?|hosts?|offers?|sells?|manages?|publishes?|posts?|creates?|writes?|places?|makes?|books?|sends?|submits?|uploads?|brings?|organi[sz]es?|teach(?:es)?|leads?|schedules?|receives?|gives?|carr(?:y|ies)|features?|stars?|employs?|supports?|uses?|needs?|requires?) ${det}${many} (?:[a-z-]+ ){0,2}?${E}`,
  ),
  new RegExp(`${E} and (?:their|its|his|her) ${E}`),
  new RegExp(`${E} (?:with|w/) (?:their|its|own|many|several|multiple) ${E}`),
];
/**
 * Verbs of making, owning or running: in "landlords list apartments" or "researchers run
 * experiments" each object belongs to its subject. Written as a word list because the model often
 * tags them as nouns after a plural ("customers place orders").
 */
const actionVerbs =
  'post|write|create|place|make|book|send|publish|submit|own|host|run|organi[sz]e|manage|teach|lead|offer|sell|upload|file|raise|open|bring|schedule|list|log|earn|receive|issue|hold|conduct|perform|launch|design|produce|operate|maintain|supervise|coach|draft|author|sponsor|record';
/** subject verb object: object belongs to subject, when the object is written plural */
const actionPattern = new RegExp(
  `${E} (?:(?:can|may|will|also) )?(?:${actionVerbs})(?:e?s)? (?:(an?|one|their|its|his|her) )?${E}`,
);
/** "…where landlords list apartments": a plural subject at a clause's start, an action verb, a plural object. */
const actionClause = new RegExp(
  `(?:^|[;,:]\\s*|\\b(?:and|where|who|while|so|then)\\s+)(?:(?:all|the|our|their|its)\\s+)?([a-z][\\w-]{1,40}s)\\s+(?:(?:can|may|will|also|usually|often|typically)\\s+)*(?:${actionVerbs})\\s+(?:(?:their|the|many|several|multiple|some|new)\\s+)?([a-z][\\w-]{1,40}s)\\b`,
  'g',
);
/** Many on the other side: "a badge can be on many jackets", "potters throw many bowls" */
const manyOnPattern = new RegExp(
  `${E} (?:(?:can|may|will|could|also|usually|often) )*(?:be |appears? |belongs? |go |goes |shows? up |is |are |sits? |plays? |writes? |enrolls? |enrols? |registers? |joins? |attends? |works? |features? |stars? |teach(?:es)? |serves? )?(?:used |found |shown |listed |featured |included |sold |played |worn |tagged )?(?:on|in|to|with|for|into|at)? ?${det}${many} (?:[a-z-]+ ){0,2}?${E}`,
);
/**
 * "members can be enrolled in several clubs", "a photo can be tagged on any number of albums",
 * "volunteers can sign up for many shifts": one row takes part in many of the other's, and the other,
 * a thing of its own, has many of the first: many on both sides.
 */
const manySidesVerb = String.raw`(?:(?:be|get) (?:[a-z]+ed|[a-z]+en|put|set|held|kept|sold|shown|seen|run)(?: (?:up|in))? (?:in|on|to|into|for|with|under|across|at|between|by)|belong to|join|attend|enrol?l? (?:in|on|for)|register (?:for|in)|sign up (?:for|to)|take part in|participate in|appear (?:in|on)|work (?:on|in|for)|play (?:in|for)|subscribe to|be (?:part|a member) of|be (?:in|on))`;
const manySidesPattern = new RegExp(
  `${E} (?:(?:can|may|could|will|also|often|usually|sometimes) )+${manySidesVerb} ${many} (?:[a-z-]+ ){0,2}?${E}`,
);
/** The same in plain words, before the resources are known: the two sides' words. */
const manySidesWords = new RegExp(
  String.raw`\b([a-z][\w-]{1,40})\s+(?:(?:can|may|could|will|also|often|usually|sometimes)\s+)+${manySidesVerb}\s+${many}\s+([a-z][\w-]{1,40})\b`,
  'g',
);
const linksPattern = new RegExp(
  `${E} (?:(?:which|that) )?(?:links?|connects?|relates?|ties?|joins?|pairs?|matches?|assigns?) ${det}${E} (?:to|with|and) ${det}${E}`,
);
const throughPattern = new RegExp(
  `${E} .*?${many}? ?${E} (?:through|via|using|by way of) (?:their |its |the )?${E}`,
);

/**
 * Reads relation statements between resources already found: "each Y belongs to / is assigned to /
 * is linked to / is for an X", "X has many Y", "the Ys in each X", "A links a B to a C", "Xs post Ys",
 * and many-to-many ("a playlist can have many songs and a song many playlists", "through placements").
 */
export function readRelations(reading: Reading, sentences: readonly string[]): void {
  const hasMany: [string, string, string][] = [];
  for (const sentence of sentences) {
    const shape = withSubjectForPronoun(shapeOf(reading, sentence));
    if (shape === undefined || shape.length > 1500) continue;
    const through = /\b(?:through|via|using|by way of)\b/.test(shape) ? throughPattern.exec(shape) : null;
    if (through !== null) {
      const [a, b, join] = [through[1]!, through[2]!, through[3]!];
      if (new Set([a, b, join]).size === 3) {
        reading.joins.push({ join, a, b });
        continue;
      }
    }
    const links = linksPattern.exec(shape);
    if (links !== null) {
      const [join, a, b] = [links[1]!, links[2]!, links[3]!];
      if (new Set([a, b, join]).size === 3) {
        // The record is the pairing: no usual link of one side to the other is added beside it.
        reading.joins.push({ join, a, b });
        continue;
      }
    }
    // "trucks and their drivers": the clause split below would part the two.
    for (const m of shape.matchAll(new RegExp(`${E} and (?:their|its|his|her) (?:own )?${E}`, 'g')))
      hasMany.push([m[1]!, m[2]!, sentence]);
    readCoordinatedEnds(reading, shape, sentence);
    let linkedBefore = false;
    let lastSubject: string | undefined;
    for (let clause of shape.split(
      / (?:, )?(?:and|but|while|whereas|;|,|:) (?=(?:\S+ ){0,3}@)(?!(?:to|with) )/,
    )) {
      let matched = false;
      // "each job is for a device and assigned to a technician": a predicate with no subject of its
      // own shares the one before it.
      const subject = /^(?:(?:a|an|the|each|every|our|all)\s+)?@([a-z0-9_]+) /.exec(clause);
      if (subject !== null) lastSubject = subject[1];
      else if (
        lastSubject !== undefined &&
        /^(?:(?:is|are|also|then|always|usually) )*(?:[a-z]+ed|[a-z]+en|run|held|kept|made|set|sent) (?:to|by|at|in|on|for|with) /.test(
          clause,
        )
      )
        clause = `@${lastSubject} ${clause}`;
      // "each bike belongs to a customer and each repair to a bike": the verb is not repeated.
      const gapped = linkedBefore
        ? new RegExp(`^(?:each |every |the )?${E} (?:to|with) ${det}${E}$`).exec(clause)
        : null;
      if (gapped !== null) {
        link(reading, gapped[1]!, gapped[2]!, sentence);
        continue;
      }
      for (const pattern of belongsPatterns) {
        for (const m of clause.matchAll(new RegExp(pattern.source, 'g'))) {
          link(reading, m[1]!, m[2]!, sentence);
          matched = true;
          // "…is linked to a climber and to a route": a second parent.
          // "…is for a dog in a kennel": a second parent by another preposition.
          const more = new RegExp(
            `^ (?:(?:and|,) (?:(?:to|with|on|in|at|by) )?|(?:in|at|with|by) )${det}${E}`,
          ).exec(clause.slice(m.index! + m[0].length));
          if (more !== null) link(reading, m[1]!, more[1]!, sentence);
        }
      }
      linkedBefore ||= matched;
      for (const pattern of hasManyPatterns) {
        const m = pattern.exec(clause);
        if (m !== null) {
          hasMany.push([m[1]!, m[2]!, sentence]);
          matched = true;
        }
      }
      const manySides = matched ? null : manySidesPattern.exec(clause);
      if (manySides !== null && manySides[1] !== manySides[2]) {
        hasMany.push([manySides[1]!, manySides[2]!, sentence], [manySides[2]!, manySides[1]!, sentence]);
        matched = true;
      }
      const manyOn = manyOnPattern.exec(clause);
      if (!matched && manyOn !== null && manyOn[1] !== manyOn[2]) {
        hasMany.push([manyOn[1]!, manyOn[2]!, sentence]);
        matched = true;
      }
      // "customers place orders", "a customer places an order": each object is its subject's.
      const action = actionPattern.exec(clause);
      if (
        !matched &&
        action !== null &&
        (/s$/.test(wordFor(sentence, action[3]!)) || /^(?:an?|one)$/.test(action[2] ?? ''))
      )
        hasMany.push([action[1]!, action[3]!, sentence]);
    }
  }
  const pairs = new Set<string>();
  for (const [parent, child, sentence] of hasMany) {
    if (parent === child) continue;
    const reverse = hasMany.some(([p, c]) => p === child && c === parent);
    if (reverse) {
      const [a, b] = [parent, child].sort() as [string, string];
      if (!pairs.has(`${a} ${b}`)) {
        pairs.add(`${a} ${b}`);
        // Many on both sides: a has-many read from a field list was one half of it.
        for (let i = reading.links.length - 1; i >= 0; i--) {
          const l = reading.links[i]!;
          if (l.kind === 'belongs-to' && [l.child, l.parent].sort().join() === [a, b].join())
            reading.links.splice(i, 1);
        }
        // The record of each pairing is named in the sentence or the one after it ("A membership
        // records the role").
        const after = sentences[sentences.indexOf(sentence) + 1] ?? '';
        const join =
          joinDescribedIn(reading, sentence, a, b) ??
          joinDescribedIn(reading, `${sentence} ${after}`, a, b) ??
          pairingRecord(reading, `${sentence} ${after}`, parent, child);
        if (join !== undefined) {
          // The join stands for the pairing, so a many-to-many read from a verb gives way to it.
          const direct = reading.links.findIndex(
            (l) => l.kind === 'many-to-many' && [l.child, l.parent].sort().join() === [a, b].join(),
          );
          if (direct >= 0) reading.links.splice(direct, 1);
          link(reading, join, a, sentence);
          link(reading, join, b, sentence);
        } else
          reading.links.push({ kind: 'many-to-many', child: a, parent: b, because: sentence, stated: true });
      }
    } else link(reading, child, parent, sentence);
  }
  for (const { join, a, b } of reading.joins) {
    link(reading, join, a, `${join} joins ${a} and ${b}`);
    link(reading, join, b, `${join} joins ${a} and ${b}`);
  }
}

/** Two verbs sharing one place: "starts and ends at", "departs from and arrives at", "picks up and drops off at". */
const coordinatedEnds = new RegExp(
  `${E} (?:(?:is|are|always|usually|each|can|may|must) )*([a-z]+?)(?:s|es)?(?: (?:up|off|out|from|at|in))? (?:and|&) ([a-z]+?)(?:s|es)?(?: (?:up|off|out))? (?:at|from|in|to|on) ${det}${E}`,
  'g',
);
/** The name of each end of such a pair, from its verb: "start", "end", "departure", "arrival". */
const endNames: Readonly<Record<string, string>> = {
  start: 'start',
  begin: 'start',
  end: 'end',
  finish: 'end',
  depart: 'departure',
  leave: 'departure',
  arrive: 'arrival',
  pick: 'pickup',
  drop: 'dropoff',
  open: 'open',
  close: 'close',
};

/**
 * "A ride starts and ends at a station": the row links twice to the same resource, once for each
 * verb, so it gets two links named by the verbs (start_station, end_station).
 */
function readCoordinatedEnds(reading: Reading, shape: string, sentence: string): void {
  for (const m of shape.matchAll(coordinatedEnds)) {
    const [, child, first, second, parent] = m as unknown as [string, string, string, string, string];
    const [a, b] = [endNames[first], endNames[second]];
    if (a === undefined || b === undefined || a === b || child === parent) continue;
    for (const end of [a, b]) {
      const field = `${end}_${parent}`;
      if (reading.links.some((l) => l.child === child && l.field === field)) continue;
      reading.links.push({ kind: 'belongs-to', child, parent, because: sentence, stated: true, field });
    }
  }
}

/**
 * "A repair has a price, and it is done on one bike": after "and" or a comma, "it", "they" or "each
 * one" is the sentence's subject, the resource it opens with.
 */
function withSubjectForPronoun(shape: string | undefined): string | undefined {
  if (shape === undefined) return undefined;
  const subject = /^(?:(?:a|an|the|each|every|our|all)\s+)?@([a-z0-9_]+) /.exec(shape)?.[1];
  if (subject === undefined) return shape;
  return shape.replace(/((?:,|\band|:) )(?:it|they|each one|each of them)(?= )/g, `$1@${subject}`);
}

/**
 * "Each movie has many actors and actors appear in many movies, and for each casting we store the
 * character": a resource the many-to-many sentence also names, linked to nothing yet, is the record
 * of each pairing, so it joins the two.
 */
function joinDescribedIn(reading: Reading, text: string, a: string, b: string): string | undefined {
  const shape = shapeOf(reading, text) ?? '';
  const named = [...shape.matchAll(/@([a-z0-9_]+)/g)].map((m) => m[1]!);
  return named.find(
    (key) =>
      key !== a &&
      key !== b &&
      reading.entities.get(key)?.described === true &&
      !reading.links.some((l) => l.child === key || l.parent === key),
  );
}

/**
 * "…with a quantity and a unit for each pairing", "we keep the position of each song in the
 * playlist": values that belong to one pairing of the two sides, so the pairing is a record of its
 * own (recipe_ingredient, playlist_song) holding them, and neither side keeps them.
 */
const pairingValues = [
  /\b(?:with|storing|recording|keeping|and we (?:keep|store|record|note|track|save)|we (?:keep|store|record|note|track|save))\s+(.{3,200}?)\s+(?:for|of|on|per)\s+(?:each|every|the)\s+(?:pairing|pair|combination|link|match|connection|association)\b/i,
  /\b(?:we|i)\s+(?:also\s+)?(?:keep|store|record|note|track|save)\s+(.{3,200}?)\s+(?:of|for)\s+(?:each|every)\s+([a-z][\w-]{0,40})\s+(?:in|on|within|for)\s+(?:the|its|a|each|every)\s+([a-z][\w-]{0,40})\b/i,
  // "for each course and student we store the grade": both sides first, then the values.
  /\bfor\s+(?:each|every|any)\s+(?:pair(?:ing)?\s+of\s+(?:a\s+|an\s+)?)?(?<a>[a-z][\w-]{0,40})\s+and\s+(?:(?:each|every|a|an)\s+)?(?<b>[a-z][\w-]{0,40}),?\s+(?:(?:we|i|you|it)\s+)?(?:also\s+)?(?:want\s+to\s+|need\s+to\s+)?(?:keep|store|record|note|track|save|log)s?\s+(?<values>[^.;]{3,200})/i,
];

function pairingRecord(reading: Reading, text: string, parent: string, child: string): string | undefined {
  const [first, second] = [reading.entities.get(parent), reading.entities.get(child)];
  if (first === undefined || second === undefined) return undefined;
  for (const pattern of pairingValues) {
    const m = pattern.exec(text);
    if (m === null) continue;
    // The later forms name both sides ("each song in the playlist"); they must be these two.
    const named = m.groups === undefined ? [m[2], m[3]] : [m.groups.a, m.groups.b];
    if (named[0] !== undefined) {
      const sides = named.map((w) => nounPhrase(w!)?.key);
      if (!sides.includes(parent) || !sides.includes(child)) continue;
    }
    const items = (m.groups?.values ?? m[1]!)
      .replace(/^(?:the|a|an|their|its)\s+/i, '')
      .split(/\s*(?:,|\band\b|&)\s*/)
      .filter((i) => i.trim() !== '');
    const fields = items.flatMap((item) => {
      const f = readField(item);
      return f === undefined ? [] : [f];
    });
    if (fields.length === 0) continue;
    const phrase = nounPhrase(`${first.key.replaceAll('_', ' ')} ${second.key.replaceAll('_', ' ')}`);
    if (phrase === undefined) continue;
    // Its own name: resolving "playlist song" would find the song itself.
    const join = addEntity(reading, phrase, reading.entities.size);
    if (join === first || join === second) continue;
    join.described = true;
    const names = new Set(fields.map((f) => f.name));
    // The values were read as a side's ("song_position" on the playlist) before the pairing was known.
    const sideValue = (name: string) =>
      names.has(name) ||
      [...names].some((n) => name === `${first.key}_${n}` || name === `${second.key}_${n}`);
    const said = m[0].toLowerCase();
    for (const entity of [first, second]) {
      const kept = entity.fields.filter(
        (f) =>
          !sideValue(f.name) && !(f.source.trim() !== '' && said.includes(f.source.trim().toLowerCase())),
      );
      entity.fields.splice(0, entity.fields.length, ...kept);
    }
    for (const f of fields) if (!join.fields.some((g) => g.name === f.name)) join.fields.push(f);
    return join.key;
  }
  return undefined;
}

function link(reading: Reading, child: string, parent: string, because: string): void {
  if (child === parent) return;
  if (reading.links.some((l) => l.child === child && l.parent === parent)) return;
  reading.links.push({ kind: 'belongs-to', child, parent, because, stated: true });
}

const mentionWords = new Map<string, string>();
const wordFor = (sentence: string, key: string) => mentionWords.get(`${sentence}\u0000${key}`) ?? key;

/** The sentence with each mention of a resource replaced by `@key`, lower case, single spaces. */
function shapeOf(reading: Reading, sentence: string): string | undefined {
  const lower = sentence
    .toLowerCase()
    .replace(/[(),:]/g, (c) => (c === ',' ? ' , ' : c === ':' ? ' : ' : ' '));
  const phrases = nounPhrases(lower);
  let shape = '';
  let cursor = 0;
  let mentions = 0;
  let text = lower;
  for (const np of phrases) {
    const phrase = nounPhrase(np.text);
    let entity: EntityDraft | undefined = phrase === undefined ? undefined : resolve(reading, phrase);
    let written = np.text;
    if (entity === undefined && phrase !== undefined && phrase.words.length > 1) {
      // Only the head names the resource; the words before it may be a verb the model took for a noun.
      written = np.text.split(' ').at(-1)!;
      const head = nounPhrase(written);
      entity = head === undefined ? undefined : resolve(reading, head);
    }
    // "each cart line points to…", "doctors work in…": the last word is the verb, the words before
    // it the resource (a plural subject takes the verb without its -s).
    const withoutLast = np.text.split(' ').slice(0, -1).join(' ');
    if (
      entity === undefined &&
      phrase !== undefined &&
      phrase.words.length > 1 &&
      (/s$/.test(np.text) || nounPhrase(withoutLast)?.writtenPlural === true)
    ) {
      written = withoutLast;
      const rest = nounPhrase(written);
      entity = rest === undefined ? undefined : resolve(reading, rest);
    }
    if (entity === undefined) continue;
    const at = text.indexOf(written, Math.max(cursor, text.indexOf(np.text, cursor)));
    if (at < 0) continue;
    shape += `${text.slice(cursor, at)}@${entity.key}`;
    if (mentionWords.size < 5000) mentionWords.set(`${sentence}\u0000${entity.key}`, written);
    cursor = at + written.length;
    mentions++;
  }
  if (mentions < 2) return undefined;
  shape += text.slice(cursor);
  text = shape.replace(/\s+/g, ' ').trim();
  return text;
}

/** "each spare part is linked to a drone": both sides of a stated link are resources. */
const statedLink =
  /(?<![\w-])((?:[a-z][\w-]{0,40}\s+){0,2}(?!(?:is|are|was|were|be|can|must|gets?)\b)[a-z][\w-]{0,40})\s*(?:,\s*(?:which|that)\s+)?(?:(?:is|are|must be|can be|gets?)\s+)?(?:(?:belongs?|belonged|linked|assigned|tied|attached|associated|connected)\s+(?:to|with)|(?:comes?|came|originates?|taken|collected|drawn)\s+from|(?:points?|refers?)\s+to|references|(?:recorded|logged|stored|filed|kept)\s+(?:against|under)|(?:admitted|added|issued|delivered|charged|billed|invoiced|shipped)\s+to|placed\s+(?:with|at)|(?:grouped|sorted|categori[sz]ed|classified|gathered|bundled)\s+(?:into|in|under)|(?:displayed|exhibited|shown)\s+in|(?:rented|taught|owned|run|led|managed|coached|supervised|booked|hosted|organi[sz]ed|assigned|reviewed|approved)\s+by|(?:works?|lives?|set|placed|located|parked|stationed)\s+(?:at|in|on))\s+(?:(?:a|an|the|one|exactly one|at most one|a single|its|their)\s+)?((?:[a-z][\w-]{0,40}\s+){0,2}?[a-z][\w-]{0,40})(?=$|[\s,.;:)])/g;

/**
 * Adds the resources a link statement names (before reading relations), so the link has both ends:
 * "each berth belongs to a marina", "every fossil comes from a dig", "notes are logged against a case".
 */
export function addLinkedEntities(reading: Reading, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    // "a role links a member to a play": the linking thing is a resource of its own.
    const linking =
      /(?:^|\s)(?:a|an|each|every|the)\s+([a-z][\w-]{0,40})\s+(?:links?|connects?|ties?|pairs?)\s+(?:a|an|one|each)\s/.exec(
        sentence.toLowerCase(),
      );
    if (linking !== null) {
      const phrase = nounPhrase(linking[1]!);
      if (phrase !== undefined && resolve(reading, phrase) === undefined)
        addEntity(reading, phrase, reading.entities.size);
      // "…links a person to a project": what it links are resources too.
      const sides =
        /^(?:a|an|one|each)\s+([a-z][\w-]{0,40})\s+(?:to|with|and)\s+(?:a|an|one|each|the)\s+([a-z][\w-]{0,40})\b/.exec(
          sentence
            .toLowerCase()
            .slice(linking.index + linking[0].length - 2)
            .trimStart(),
        );
      for (const side of sides === null ? [] : [sides[1]!, sides[2]!]) {
        const sidePhrase = nounPhrase(side);
        if (sidePhrase === undefined || isFieldWord(sidePhrase) || resolve(reading, sidePhrase) !== undefined)
          continue;
        if (analyse(side).at(-1)?.pos === 'NOUN') addEntity(reading, sidePhrase, reading.entities.size);
      }
    }
    // "…through placements": the join is a resource of its own.
    const through = /\b(?:through|via)\s+(?:their\s+|its\s+|the\s+)?([a-z][\w-]{0,40}s)\b/.exec(
      sentence.toLowerCase(),
    );
    if (through !== null) {
      const phrase = nounPhrase(through[1]!);
      if (phrase !== undefined && phrase.writtenPlural && resolve(reading, phrase) === undefined)
        addEntity(reading, phrase, reading.entities.size);
    }
    for (const match of sentence.toLowerCase().matchAll(actionClause)) {
      const sides = [match[1]!, match[2]!].map((side) => nounPhrase(side));
      if (sides.some((side) => side === undefined || !side.writtenPlural || isFieldWord(side))) continue;
      if (analyse(match[1]!).at(-1)?.pos !== 'NOUN') continue;
      // The subject is someone who acts (a known resource or an agent noun: landlords, researchers)
      // and the object a thing the request or the knowledge base knows; otherwise it is only wording.
      const [subjectPhrase, objectPhrase] = sides as [NounPhrase, NounPhrase];
      const known = (phrase: NounPhrase) =>
        resolve(reading, phrase) !== undefined || kbEntityOf(phrase) !== undefined;
      if (!known(objectPhrase)) continue;
      if (!known(subjectPhrase) && !/(?:er|or|ist|ant|ent|ian|ee|an)$/.test(subjectPhrase.key)) continue;
      const [subject, object] = sides.map(
        (side) => resolve(reading, side!) ?? addEntity(reading, side!, reading.entities.size),
      ) as [EntityDraft, EntityDraft];
      link(reading, object.key, subject.key, sentence);
    }
    // "members can be enrolled in several clubs": both sides are resources.
    for (const match of sentence.toLowerCase().matchAll(manySidesWords)) {
      const sides = [match[1]!, match[2]!].map((side) => nounPhrase(side));
      if (sides.some((side) => side === undefined || isFieldWord(side))) continue;
      if (!sides[1]!.writtenPlural || analyse(match[2]!).at(-1)?.pos !== 'NOUN') continue;
      for (const side of sides)
        if (resolve(reading, side!) === undefined) addEntity(reading, side!, reading.entities.size);
    }
    for (const match of sentence.toLowerCase().matchAll(statedLink)) {
      for (const side of [match[1]!, match[2]!]) {
        const phrase = nounPhrase(side);
        if (phrase === undefined || resolve(reading, phrase) !== undefined) continue;
        const tagged = analyse(side);
        // "each rental" is a noun phrase even where the model tags "rental" as an adjective.
        const head = tagged.at(-1);
        const nounLike =
          ['NOUN', 'PROPN'].includes(head?.pos ?? '') ||
          (head?.pos === 'ADJ' && tagged.at(-2)?.pos === 'DET');
        if (!nounLike) continue;
        addEntity(reading, phrase, reading.entities.size);
      }
    }
  }
}
