/**
 * Dotted-path notation, one field per line, as people sketch a model in a chat or a ticket:
 *
 *     order.total: decimal
 *     order.customer -> Customer
 *     customer.email: string unique
 *
 * Each prefix is a resource and each line one of its fields; an arrow, or a type written as a
 * capitalised name, is a link to the resource it names. The lines of one prefix are gathered into the
 * schema note in braces the layout reader already reads ("order { total: decimal, customer: -> Customer }"),
 * at the place of the prefix's first line, so one reader serves both notations. Read before sentences are
 * split, since the dot of "order.total" would otherwise end a sentence.
 */

/** "order.total: decimal", "- Order.customer -> Customer", "customer.email string unique". */
const dottedLine =
  /^\s*(?:[-*•+]\s+|\d{1,3}[.)]\s+)?([\p{L}_][\p{L}\p{N}_]{0,40})\.([\p{L}_][\p{L}\p{N}_]{0,40})(\??)\s*(?::\s*(.*?)|(?:->|→|=>)\s*(.*?)|\s+(.*?))?\s*$/u;

/** Fewer lines than this are a dotted name in passing ("see order.total"), not a notation. */
const MIN_LINES = 2;

/** What one dotted line says of its resource, as a member of a note in braces. */
function member(match: RegExpExecArray): string | undefined {
  const [, , field, optional, typed, target, spaced] = match;
  if (target !== undefined) {
    // "order.customer -> Customer": a link to the resource the arrow names.
    const name = /^[\p{L}_][\p{L}\p{N}_]{0,40}/u.exec(target.trim())?.[0];
    return name === undefined ? undefined : `${field!}${optional!}: -> ${name}`;
  }
  const type = (typed ?? spaced ?? '').trim();
  // A type holds no brace or quote, which would end or break the note it joins.
  if (type === '' || /[{}"]/.test(type)) return type === '' ? `${field!}${optional!}: string` : undefined;
  return `${field!}${optional!}: ${type}`;
}

/**
 * "Track: team.name, team.city, player.team -> Team": several dotted paths on one line, after an
 * optional lead-in, are one line each; the lead-in stays a line of its own.
 */
function splitInlinePaths(line: string): string[] {
  const lead = /^([^.:]{0,60}:)\s*(?=[\p{L}_][\p{L}\p{N}_]*\.)/u.exec(line);
  const rest = lead === null ? line : line.slice(lead[0].length);
  const parts = rest.split(/\s*[,;]\s*/);
  if (parts.length < 2 || !parts.every((part) => dottedLine.test(part) && !/[:]/.test(part))) return [line];
  return [...(lead === null ? [] : [lead[1]!]), ...parts];
}

/**
 * The request with its dotted-path lines gathered into one note in braces per prefix; a request
 * with fewer than two such lines, unchanged.
 */
export function gatherDottedPaths(text: string): string {
  const lines = text.split(/\r?\n/).flatMap(splitInlinePaths);
  const owners = new Map<string, { line: number; written: string; members: string[] }>();
  const used = new Set<number>();
  lines.forEach((line, index) => {
    const match = dottedLine.exec(line);
    if (match === null) return;
    const written = match[1]!;
    // A version or file name ("v1.2", "index.html") is not a resource's field.
    if (/^\d|^v\d/i.test(written) || /^(?:html?|js|ts|json|ya?ml|md|txt|csv|py|com|org|io)$/i.test(match[2]!))
      return;
    const said = member(match);
    if (said === undefined) return;
    const key = written.toLowerCase();
    const owner = owners.get(key) ?? { line: index, written, members: [] };
    owner.members.push(said);
    owners.set(key, owner);
    used.add(index);
  });
  if (used.size < MIN_LINES) return text;
  const firstLines = new Map([...owners.values()].map((o) => [o.line, o]));
  return lines
    .flatMap((line, index) => {
      const owner = firstLines.get(index);
      if (owner !== undefined) return [`${owner.written} { ${owner.members.join(', ')} }`];
      return used.has(index) ? [] : [line];
    })
    .join('\n');
}
