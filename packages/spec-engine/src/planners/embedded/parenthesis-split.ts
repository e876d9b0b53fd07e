/**
 * Splits `text` at any of `separators` outside round brackets ("code (e.g. A-12, B-3), zone" is two
 * parts), trimming each part and leaving out empty ones.
 */
export function splitOutsideParentheses(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(char)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
