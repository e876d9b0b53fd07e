import { splitSentences } from '../../planners/embedded/reader.js';

/** Verbs that start a new instruction inside a sentence ("add X to pets and rename Y to Z"). */
export const commandVerbs =
  'add|remove|drop|delete|rename|make|change|set|mark|allow|limit|restrict|require|create|give|include|introduce|link|connect|get rid of|turn|convert|call|protect|secure|store|track|record|let';

const lead =
  /^(?:(?:please|also|then|and|now|next|finally|additionally|ok|okay|so|i(?:'d| would) like to|i want(?: to)?|we want(?: to)?|we need to|i need to|can you|could you|let'?s|let us|go ahead and)[\s,]+)+/i;

/**
 * Splits a change request into single instructions: at sentence ends, semicolons and line breaks,
 * and at "and"/"then"/a comma when a command verb follows. Lists inside one instruction ("an owner
 * name and a vaccinated flag") stay together because no verb follows their "and".
 */
export function splitClauses(request: string): string[] {
  const splitter = new RegExp(
    `\\s*(?:,\\s*|\\s+)(?:and\\s+then|and|then|also|plus)?\\s*(?=(?:${commandVerbs})\\s)`,
    'g',
  );
  return request
    .split(/\r?\n+/)
    .flatMap((line) => splitSentences(line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')))
    .flatMap((sentence) => splitAtVerbs(sentence, splitter))
    .map((clause) =>
      clause
        .trim()
        .replace(/[.!?;,]+$/, '')
        .replace(lead, '')
        .trim(),
    )
    .filter((clause) => clause.length > 0);
}

/** Splits before verbs that follow a list separator, never at the clause's own first word. */
function splitAtVerbs(sentence: string, splitter: RegExp): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(splitter)) {
    const at = match.index;
    const separator = match[0];
    // Only a separator (comma or a joining word) marks a new instruction; a plain space does not
    // ("make email required" must not split before "required"; "to make" inside a clause stays).
    if (at === 0 || !/,|\band\b|\bthen\b|\balso\b|\bplus\b/.test(separator)) continue;
    parts.push(sentence.slice(start, at));
    start = at + separator.length;
  }
  parts.push(sentence.slice(start));
  return parts;
}
