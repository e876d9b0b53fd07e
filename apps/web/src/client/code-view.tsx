'use client';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import { useMemo } from 'react';

// Only the languages generated projects contain, so the bundle stays small.
for (const [name, language] of Object.entries({
  bash,
  dockerfile,
  ini,
  javascript,
  json,
  markdown,
  python,
  sql,
  typescript,
  yaml,
}))
  hljs.registerLanguage(name, language);

const byExtension: Record<string, string> = {
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  py: 'python',
  md: 'markdown',
  sql: 'sql',
  toml: 'ini',
  ini: 'ini',
  cfg: 'ini',
  sh: 'bash',
};

/** The highlight.js language for a file name; undefined for plain text. */
export function languageOf(file: string): string | undefined {
  const base = file.split('/').pop() ?? file;
  if (base === 'Dockerfile') return 'dockerfile';
  if (base.startsWith('.env')) return 'bash';
  return byExtension[base.split('.').pop() ?? ''];
}

/** A file's text with syntax highlighting; highlight.js escapes the text before marking it up. */
export function CodeView({ file, content }: { file: string; content: string }) {
  const language = languageOf(file);
  const html = useMemo(
    () => (language ? hljs.highlight(content, { language, ignoreIllegals: true }).value : undefined),
    [content, language],
  );
  return (
    <pre
      tabIndex={0}
      aria-label={`Contents of ${file}`}
      className="max-h-[32rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-xs leading-5"
    >
      {html === undefined ? (
        <code>{content}</code>
      ) : (
        <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </pre>
  );
}
