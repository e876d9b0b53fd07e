/** A prompt is read as sentences of tokens; a parenthesised group is one token so lists nest safely. */
export type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'punct'; readonly text: string }
  | { readonly kind: 'paren'; readonly inner: Token[] };

/** Splits at sentence ends outside parentheses; a dot between digits (1.5) is not an end. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || ch === '!' || ch === '?' || ch === '\n' || ch === '.')) {
      if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      sentences.push(text.slice(start, i));
      start = i + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}

const tokenPattern = /[a-z0-9]+(?:[.'-][a-z0-9]+)*|[()]|[^\sa-z0-9]/g;

/** Lower-cases and tokenises a sentence; unbalanced parentheses are closed at the end. */
export function tokenize(sentence: string): Token[] {
  const root: Token[] = [];
  const stack: Token[][] = [root];
  for (const match of sentence.toLowerCase().matchAll(tokenPattern)) {
    const text = match[0];
    const current = stack[stack.length - 1]!;
    if (text === '(') {
      const inner: Token[] = [];
      current.push({ kind: 'paren', inner });
      stack.push(inner);
    } else if (text === ')') {
      if (stack.length > 1) stack.pop();
    } else if (/^[a-z0-9]/.test(text)) current.push({ kind: 'word', text });
    else current.push({ kind: 'punct', text });
  }
  return root;
}

export function isWord(token: Token | undefined, ...texts: string[]): boolean {
  return token?.kind === 'word' && (texts.length === 0 || texts.includes(token.text));
}

export function words(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t) => (t.kind === 'word' ? [t.text] : []));
}

/** Splits a list at top-level commas and the conjunctions `and`, `or`, `plus`. */
export function splitList(tokens: readonly Token[]): Token[][] {
  const items: Token[][] = [[]];
  for (const token of tokens) {
    if ((token.kind === 'punct' && token.text === ',') || isWord(token, 'and', 'plus', 'or')) items.push([]);
    else items[items.length - 1]!.push(token);
  }
  return items.filter((item) => item.length > 0);
}
