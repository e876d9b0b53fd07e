/**
 * Connectives and sentence adverbs that open a sentence ("also", "moreover", "besides"), in English
 * and as French, Spanish and German write them when a translation leaves them as they are: none is a
 * word of a thing's name.
 */
export const connectives: ReadonlySet<string> = new Set(
  'also moreover besides furthermore additionally plus likewise too then finally lastly aussi egalement ensuite ademas tambien asimismo ausserdem zudem auch ebenfalls weiterhin dazu'.split(
    ' ',
  ),
);

const openingConnective = new RegExp(
  String.raw`^([ \t]*(?:[-*•+][ \t]+|\d+[.)][ \t]+)?)(?:${[...connectives].join('|')})\b,?[ \t]+(?=\S)`,
  'gimu',
);

/**
 * "- Also posts: title, body", "Besides, comments: text": a connective opening a line or a list item
 * joins it to the one before and is no part of what the line lists, so it goes before the layout is
 * read.
 */
export function withoutOpeningConnectives(text: string): string {
  return text.replace(openingConnective, '$1');
}
