import { analyse } from './nlp.js';
import { withoutProperNames } from './proper-names.js';

/** Words that name the software asked for rather than anything it keeps. */
export const softwareWords =
  'api|apis|app|apps|application|backend|back-end|back end|platform|system|service|tool|website|site|server|database|db|software|portal|crud|rest api|web app|mobile app';
/** The phrase a request says the software is for: "an API for room bookings", "a backend for my bike repair shop". */
const forPhrase = new RegExp(
  `\\b(?:${softwareWords})\\s+(?:for|to (?:manage|track|run|handle|organi[sz]e|keep|store|log|record)|of|about)\\s+([a-z][a-z' -]{0,80}?)\\s*(?=$|[.,;:!?()]|\\s(?:with|that|which|who|where|so|in|at|to|on|by|and|or|but)\\b)`,
);
/** A name before the software word: "parcel tracking api", "dog walking app". */
const namePhrase = new RegExp(`\\b((?:[a-z][a-z'-]*\\s+){0,3}[a-z][a-z'-]*)\\s+(?:${softwareWords})\\b`);
/** Determiners, sizes and the technology asked for ("a simple REST API"): never the thing kept. */
const dropped =
  /^(?:a|an|the|my|our|your|their|his|her|its|this|that|some|small|simple|little|new|basic|local|online|rest|restful|http|https|json|graphql|grpc|web|mobile|node|express|python|fastapi|typescript|openapi|secure|fast|scalable|public|private|please)$/;
const quantity =
  /(?:^|\s)(?:millions?|thousands?|hundreds?|dozens?|lots?|tons?|loads?|plenty|number|amount|(?:\d[\d,.]*k?))$/;

/**
 * What a request that names no resource is about, when it names something: the noun phrase the
 * software is for ("an API for room bookings" → room booking, "a bike repair shop" → bike repair shop),
 * without determiners and the software's own words.
 */
export function subjectWords(text: string): string[] | undefined {
  const lower = withoutProperNames(text.slice(0, 2000)).toLowerCase().replace(/\s+/g, ' ');
  const found = forPhrase.exec(lower)?.[1] ?? namePhrase.exec(lower)?.[1] ?? shortPhrase(lower);
  if (found === undefined) return undefined;
  // "millions of users", "lots of traffic": an amount, not a thing kept; "the running of kennels": kennels.
  const parts = found.split(/\s+of\s+/);
  if (parts.length > 1 && quantity.test(parts[0]!.trim())) return undefined;
  const phrase = parts.at(-1)!;
  const software = new Set(softwareWords.split('|'));
  const words = phrase.split(/[\s-]+/).filter((w) => w.length > 0 && !dropped.test(w) && !/^\d+$/.test(w));
  // "booking system", "school portal": the software's word ends the phrase; "tool library" keeps its tool.
  while (words.length > 0 && software.has(words.at(-1)!)) words.pop();
  return words.length > 0 && words.length <= 5 ? words : undefined;
}

/** A request of a few words that is one noun phrase ("a flower shop") is what it is about. */
function shortPhrase(text: string): string | undefined {
  const words = text
    .replace(/[^\p{L}\s'-]+/gu, ' ')
    .trim()
    .split(/\s+/);
  if (words.length === 0 || words.length > 6) return undefined;
  const tagged = analyse(words.join(' '));
  if (tagged.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PRON' || w.pos === 'ADP'))
    return undefined;
  return words.join(' ');
}

/** Where a phrase's words start in a list of words ("shop" in bike repair shop), plural or not, or -1. */
export function phraseIndex(words: readonly string[], phrase: string): number {
  const wanted = phrase.split(/[\s-]+/);
  const stem = (w: string) => w.replace(/(?:e?s)$/, '');
  for (let i = 0; i + wanted.length <= words.length; i++)
    if (wanted.every((w, j) => stem(words[i + j]!) === stem(w))) return i;
  return -1;
}
