/**
 * The outline of a request's lines: which lines sit under which, by indentation and list markers.
 * "- Warehouses" with "  - code" and "  - Bins" under it, and "    - label" under the bins, is a tree
 * of three levels, whatever marker each level uses (-, *, •, +, 1., 1), a)).
 */

export interface OutlineNode {
  /** The line without its list marker, emphasis marks or trailing spaces. */
  readonly content: string;
  /** The line as written. */
  readonly raw: string;
  /** Offsets of the line in the text (`end` excludes the line break). */
  readonly start: number;
  readonly end: number;
  /** Where the line's text starts; a list item counts half a column deeper than its marker's indent. */
  readonly depth: number;
  readonly bullet: boolean;
  readonly children: OutlineNode[];
}

export const bulletPattern = /^\s*(?:[-*•+▪‣◦]|\d{1,3}[.)]|[a-z][.)])\s+/;
const headingPattern = /^\s*#{1,6}\s+/;

/** Markdown emphasis and code marks carry no meaning here. */
export const unmark = (line: string) => line.replace(/\*\*|__|`/g, '').replace(/\s+$/, '');

/**
 * The lines of `text` as a forest. A list item is a child of the plain line above it at the same
 * indentation ("Pets:" then "- name"), as markdown writes a list under its title; any line indented
 * deeper than another is its child. Blank lines end nothing.
 */
export function outlineOf(text: string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = unmark(raw.replace(/\r$/, ''));
    if (line.trim() === '') continue;
    const bullet = bulletPattern.test(line);
    const indent = /^\s*/.exec(line)![0].replace(/\t/g, '    ').length;
    const node: OutlineNode = {
      content: line.replace(headingPattern, '').replace(bulletPattern, '').trim(),
      raw: line,
      start,
      end: start + raw.replace(/\r$/, '').length,
      depth: indent + (bullet ? 0.5 : 0),
      bullet,
      children: [],
    };
    // A heading opens a section whatever its indentation, so nothing before it holds it.
    if (headingPattern.test(line)) stack.length = 0;
    while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The offset where a node's last descendant ends. */
export function endOf(node: OutlineNode): number {
  let last = node;
  while (last.children.length > 0) last = last.children.at(-1)!;
  return last.end;
}
