/**
 * "im a dance teacher w/ 30 kids", "we're a small clinic with three dentists": the writer says who they
 * are before what they keep. The person or business introduced is the one using the API, not a thing
 * it stores, so the introduction is read as what it says of the things: "i have 30 kids", "we have
 * three dentists". An introduction followed by another clause ("i'm a beekeeper and i track hives") is
 * dropped. The domain it names is still found, from the request's whole text.
 */
const withThings =
  /\b(i|we)(?:['’]?m|['’]?re|\s+am|\s+are)\s+(?:just\s+|only\s+)?(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:with|w\/|who\s+has|that\s+has)\s+/gi;
const beforeClause =
  /\b(?:i|we)(?:['’]?m|['’]?re|\s+am|\s+are)\s+(?:just\s+|only\s+)?(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*(?:,\s*(?:and|so)?|\band\b|\bso\b)\s+(?=(?:i|we|wanna|want|need|would|i['’]d|we['’]d)\b)/gi;

/** The sentence with the writer's introduction of themselves read as above. */
export function withoutSelfIntroduction(sentence: string): string {
  if (!/\b(?:i|we)(?:['’]?m|['’]?re|\s+am|\s+are)\s/i.test(sentence)) return sentence;
  return sentence.replace(withThings, (_, who: string) => `${who} have `).replace(beforeClause, '');
}
