import { ForgeError } from '@smartapiforge/errors';

export type PromptErrorCode = 'prompt_empty' | 'prompt_unrecognised';

/** A prompt written the way planners understand best; quoted in every PromptError. */
export const EXAMPLE_PROMPT =
  'A pet store API: pets have a name, a species, an age and a status (available, pending, adopted). ' +
  'Owners have a name and an email (unique). Each pet belongs to an owner.';

/** The prompt cannot be turned into a design; the message says how to write one that can. */
export class PromptError extends ForgeError {
  declare readonly code: PromptErrorCode;

  /**
   * `rewrite` is the user's own request made into one that works; when given, the message proposes it
   * instead of the generic example.
   */
  constructor(
    code: PromptErrorCode,
    reason: string,
    options: { suggestions?: string[]; rewrite?: string } = {},
  ) {
    const suggestions = options.suggestions ?? [];
    const hint = suggestions.length > 0 ? ` ${suggestions.join(' ')}` : '';
    const example =
      options.rewrite === undefined
        ? ` Describe the things your API stores and their fields, for example: "${EXAMPLE_PROMPT}"`
        : '';
    super(code, `${reason}${hint}${example}`, {
      details: { suggestions, example: options.rewrite ?? EXAMPLE_PROMPT },
    });
  }
}
