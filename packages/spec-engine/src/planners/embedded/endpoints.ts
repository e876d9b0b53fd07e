/**
 * Endpoint paths in a request ("GET /boards/{board}/threads", "/leagues/:id/teams/:teamId/players"),
 * read as what they say of the design: each named segment is a resource, and a parameter between
 * two segments makes the second belong to the first.
 */

/** A path after a space or the line's start: "/a/{b}/c", "/a/:b/c". */
const pathPattern = /(?:^|\s)(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(\/[\w{}:.-]+(?:\/[\w{}:.-]+)*\/?)/gi;
/** Segments that version or prefix an API, naming nothing it stores. */
const prefixSegment = /^(?:api|v\d+|rest)$/i;
/**
 * Words that only introduce a list of endpoints ("Nested routes:", "Endpoints like", "I need these
 * endpoints"): a line of nothing else says nothing of the design.
 */
const leadInWords = new Set(
  'nested rest restful http api the these those following some like such as list of endpoint endpoints route routes path paths url urls i we need want would have has with and or e g eg for example expose exposes provide provides include includes are is should be'.split(
    ' ',
  ),
);

export interface EndpointLine {
  /** Chains of resources, each belonging to the one before it ("/a/{x}/b" is [a, b]). */
  readonly chains: string[][];
  /** The line without its paths and methods, or '' when only lead-in words were left. */
  readonly rest: string;
}

/**
 * The endpoints of one line. A path counts when a method comes before it, when it has a parameter,
 * or when it is all the line says (after any lead-in), so "yes/no" or a date never counts.
 */
export function readEndpointLine(line: string): EndpointLine {
  const chains: string[][] = [];
  const matches = [...line.matchAll(pathPattern)];
  if (matches.length === 0) return { chains, rest: line };
  let rest = line;
  const alone = isLeadIn(line.replace(pathPattern, ' '));
  for (const match of matches) {
    const [, method, path] = match as unknown as [string, string | undefined, string];
    if (method === undefined && !/[{:]/.test(path) && !alone) continue;
    chains.push(...chainsOf(path));
    rest = rest.replace(match[0], ' ');
  }
  return { chains, rest: isLeadIn(rest) ? '' : rest };
}

/** "/api/v1/projects/{id}/boards/{b}/cards/archive" → [[projects, boards, cards], [archive]]. */
function chainsOf(path: string): string[][] {
  const chains: string[][] = [];
  let current: string[] = [];
  let parameter = false;
  for (const segment of path.split('/')) {
    if (segment === '') continue;
    if (/^[{:]/.test(segment)) {
      parameter = true;
      continue;
    }
    if (prefixSegment.test(segment) || !/^[a-z][\w-]*$/i.test(segment)) continue;
    if (!parameter && current.length > 0) {
      chains.push(current);
      current = [];
    }
    current.push(segment);
    parameter = false;
  }
  if (current.length > 0) chains.push(current);
  return chains;
}

/** Whether a text says nothing but words that lead in to endpoints ("Routes:", "REST endpoints"). */
export function isLeadIn(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.every((word) => leadInWords.has(word));
}
