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
