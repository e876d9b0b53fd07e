import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';
import { assetPath } from './package-assets.js';

/** Marks a template rendered once per resource; the scaffolder decides what replaces it. */
export const perResource = '__resource__';

export interface Template {
  /** Output path relative to the project root, possibly containing `perResource`. */
  readonly output: string;
  readonly render: ejs.TemplateFunction;
}

const cache = new Map<string, Template[]>();

/**
 * Every `*.ejs` file under `relativeDir` (an asset folder, see package-assets.ts), compiled once per
 * process so that scaffolding is then pure string work. Sorted, so output order never depends on
 * the file system.
 */
export function loadTemplates(relativeDir: string): Template[] {
  let templates = cache.get(relativeDir);
  if (templates) return templates;
  const root = assetPath(relativeDir);
  templates = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ejs'))
    .sort()
    .map((file) => ({
      output: file.slice(0, -'.ejs'.length).split(path.sep).join('/'),
      render: ejs.compile(readFileSync(path.join(root, file), 'utf8'), {
        _with: false,
        localsName: 'it',
        strict: true,
      }),
    }));
  cache.set(relativeDir, templates);
  return templates;
}

/** The same files with keys in code-point order, so serialising a project is byte-for-byte stable. */
export function sortFiles(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
