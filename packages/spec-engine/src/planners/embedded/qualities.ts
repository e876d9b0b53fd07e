import type { Reading } from './drafts.js';
import { analyse, type Word } from './nlp.js';

/**
 * Qualities an API is asked to have (speed, scale, security, documentation, access control,
 * operations): what a request says of how the API behaves, never a thing it keeps.
 */
const qualityWords = new Set(
  `fast quick speedy speed performance performant latency throughput low high scale scales scaling scalable
  scalability secure security safe availability available uptime reliable reliability robust resilient
  resilience stable efficient maintainable documented documentation docs doc swagger openapi auth
  authentication authorization authorisation login logins oauth oauth2 jwt jwts sso token tokens key keys
  password-less encryption encrypted https tls ssl cors logging logs monitoring monitored metrics
  observability tracing alerting backup backups caching cached cache rate limit limits limiting throttling
  pagination paginated validation deploy deployed deployment easy simple clean modern production-ready
  tested testing tests test lightweight`.split(/\s+/),
);

/**
 * Words that name the software, its traffic or its audience in passing ("a million users", "10k
 * requests per second"), not records: with qualities only around them, nothing storable is described.
 */
const passingWords = new Set(
  `api apis backend back-end server servers service services app application system platform endpoint
  endpoints route routes rest restful graphql http json crud database db code framework stack microservice
  microservices user users request requests response responses traffic load time times second seconds
  ms millisecond milliseconds minute minutes million millions thousand thousands hundred hundreds k
  number lot lots everything anything something way ways thing things people everyone team need needs
  access management handling error errors support`.split(/\s+/),
);

/** A quality or a passing word, in any of the forms the request writes it. */
const technical = (word: Word) =>
  [word.text, word.lemma, word.text.replace(/s$/, '')].some(
    (w) => qualityWords.has(w) || passingWords.has(w),
  );

/**
 * Whether a request describes only qualities ("a secure, fast API with JWT auth that scales to a
 * million users"): every noun it uses is a quality or a word said in passing, at least one quality is
 * named, and what the readers found is only such words, described by nothing. Such a request is
 * refused rather than given resources guessed from its passing words (users) or a domain one of its
 * qualities happens to cue ("monitoring").
 */
export function describesOnlyQualities(text: string, reading: Reading): boolean {
  if (reading.links.length > 0) return false;
  // "an app with high uptime and nightly backups": a passing word whose "fields" are qualities.
  const isTechnical = (w: string) =>
    [w, w.replace(/s$/, '')].some((f) => passingWords.has(f) || qualityWords.has(f));
  for (const entity of reading.entities.values())
    if (
      !entity.key.split('_').every(isTechnical) ||
      !entity.fields.every((f) => isTechnical(f.name.split('_').at(-1)!))
    )
      return false;
  const words = analyse(text.slice(0, 2000).toLowerCase());
  const nouns = words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  if (!nouns.every(technical)) return false;
  return words.some((w) => qualityWords.has(w.text) || qualityWords.has(w.lemma));
}
