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
