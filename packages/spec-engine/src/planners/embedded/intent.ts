import type { Auth } from '../../design/api-design.js';

/** Auth wanted by the prompt: an explicit API key wins over sign-in words, which imply bearer JWTs. */
export function readAuth(text: string): Auth['type'] {
  if (/\bapi[ -]?keys?\b/.test(text)) return 'api-key';
  if (
    /\b(?:jwt|bearer|oauth|supabase|log(?:s|ged)?[ -]?in|login|sign(?:s|ed)?[ -]?(?:in|up)|authenticat\w*|accounts? with passwords?|password)\b/.test(
      text,
    )
  ) {
    return 'bearer-jwt';
  }
  return 'none';
}

const ownershipCue =
  /\b(?:their own|his own|her own|each user'?s|every user'?s|only the owner|owned by|own (?:\w+)|private|only (?:they|he|she|the user) can)\b/;

/** Whether a sentence says rows belong to the caller ("users see only their own notes"). */
export function mentionsOwnership(sentence: string): boolean {
  return ownershipCue.test(sentence);
}

/** Whether the prompt asks for the advanced (Prisma) output. */
export function wantsAdvanced(text: string): boolean {
  return /\b(?:prisma|advanced)\b/.test(text);
}
