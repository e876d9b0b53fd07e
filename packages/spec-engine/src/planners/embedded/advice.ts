/**
 * Questions that ask for advice, an explanation or a choice ("which database is best for a
 * backend?", "how do I make my API faster?", "is Redis good for caching product listings?") describe
 * nothing to store, whatever nouns they mention. A request put as a question still asks for an API
 * ("could you set up an API for a dental clinic?", "how do I build a backend for my bakery?").
 */

/** Words that open a question and never a statement ("when a driver picks up…" may be either). */
const questionOnly = /^(?:how|which|what|what's|whats|why|should|shall)\b/i;

/** The words a question opens with. */
const interrogative =
  /^(?:how|which|what|what's|whats|why|when|where|who|should|shall|is|are|was|does|do|did|can|could|would|will|may|might|any)\b/i;

/** "could you set up …", "can you build me …": a request said politely. */
const politeRequest =
  /^(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:build|create|make|set\s+up|setup|generate|design|write|develop|scaffold|spin\s+up|put\s+together|give\s+me|help\s+me\s+(?:build|create|make|design))\b/i;

/** "build an API for …", "make a backend that …": building software for something. */
const buildsSoftware =
  /\b(?:build|create|make|set\s+up|setup|generate|design|develop|scaffold|spin\s+up|put\s+together)\s+(?:me\s+)?(?:(?:a|an|the|my|our|this|some)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:api|apis|backend|back-end|app|application|service|system|server|crud)\s+(?:for|to|that|which|with|where|so|in\s+which)\b/iu;

/** "I need …", "we want …": what the writer asks for, not a question. */
const statesNeed = /\b(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|require)\b/i;

/** Whether every sentence of the request is a question that asks for advice rather than for an API. */
export function asksForAdvice(text: string): boolean {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  if (sentences.length === 0) return false;
  return sentences.every(
    (s) =>
      (s.endsWith('?') || questionOnly.test(s)) &&
      interrogative.test(s) &&
      !politeRequest.test(s) &&
      !buildsSoftware.test(s) &&
      !statesNeed.test(s) &&
      !/^how\s+about\b/i.test(s),
  );
}
