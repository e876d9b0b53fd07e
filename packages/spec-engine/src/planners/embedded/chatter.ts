// "a colour (we own way too many lol)", "a theme (last week was mugs!!)": a parenthesis that is a
// remark of the writer's, not values or a unit of the thing before it. Read as part of a list, it
// ends the list early (a clause) or becomes a constraint; it says nothing the API stores.

/** Markers of a remark: laughter, hedges and exclamations of chat. */
const remarkWords =
  /\b(?:lol|lmao|rofl|haha\w*|hehe\w*|omg|tbh|imo|honestly|seriously|sadly|ugh)\b|!!|\?!|:\)|:\(/i;
/** A parenthesis that opens with a clause's subject ("we own…", "i think…", "it's…"). */
const remarkClause = /^\s*(?:i|we|you|they|it|it's|that's|there's|i'm|we're|so|lots|too)\b/i;

/** The sentence without parentheses that are the writer's remarks. */
export function withoutRemarks(sentence: string): string {
  return sentence.replace(/\s*\(([^()]{1,200})\)/g, (whole, inner: string) =>
    remarkWords.test(inner) || remarkClause.test(inner) ? '' : whole,
  );
}

/**
 * "about 20 swimmers", "like 30 kids", "roughly 5 tanks": a hedge before a count says how sure the
 * writer is, not what is kept, so the count is read as written without it. "like" is a hedge only
 * after a verb of having ("i'd like 3 reminders" keeps its verb).
 */
export function withoutApproximations(sentence: string): string {
  return sentence
    .replace(/\b(?:about|around|roughly|approximately|approx\.?|maybe|some)\s+(?=\d)/gi, '')
    .replace(/\b(have|has|got|with|w\/)\s+like\s+(?=\d)/gi, '$1 ')
    .replace(/~\s*(?=\d)/g, '');
}

/** "hi im a coach…", "hey there, i need…": a greeting opening a sentence names nothing. */
export function withoutGreeting(sentence: string): string {
  return sentence.replace(
    /^\s*(?:hi|hey|hello|hiya|heya|yo|howdy|greetings)(?:\s+(?:there|all|guys|folks|everyone|team))?\s*[,!.:-]*\s+(?=\S)/i,
    '',
  );
}

/**
 * "need smth that stores the chores (name, how often)", "i want an app to track my jams": the wish for
 * software that keeps things says only that they are kept, so it is read as the keeping itself ("i
 * store the chores …"), and the list after it is the things' own.
 */
export function withoutApplicationWish(sentence: string): string {
  return sentence.replace(
    /\b(?:(i|we)\s+)?(?:(?:really|just|also)\s+)?(?:need|want|would\s+like|'d\s+like|wanna|like)\s+(?:something|some\s+thing|a\s+thing|an?\s+(?:(?:simple|small|little|basic|quick)\s+)?(?:app|api|system|tool|backend|database|db|program|service|place|way))\s+(?:that|which|to)\s+(?:(?:can|will|could)\s+)?(stores?|tracks?|keeps?|logs?|records?|saves?|manages?|holds?)\b/gi,
    (_, who: string | undefined, verb: string) => `${who ?? 'i'} ${verb.replace(/s$/, '')}`,
  );
}
