/**
 * Joins argv into one POSIX shell command line, for providers whose API takes a string (E2B's
 * `commands.run`, Northflank's custom command). Single quotes keep every byte literal.
 */
export function shellQuote(argv: readonly string[]): string {
  return argv
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`))
    .join(' ');
}
