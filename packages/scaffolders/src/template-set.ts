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

/**
 * Renders a template set into project files: each template once with `model`, or once per resource
 * (with `resource` added to the locals) when its path holds `perResource`. Templates of optional
 * features (auth code for an API without auth) render to whitespace only and are left out.
 */
export function renderTemplates<TModel extends object, TResource>(
  templates: readonly Template[],
  model: TModel,
  resources: readonly TResource[],
  outputPath: (template: string, resource: TResource) => string,
): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (file: string, content: string) => {
    if (content.trim() !== '') files[file] = content;
  };
  for (const template of templates) {
    if (!template.output.includes(perResource)) add(template.output, template.render(model));
    else
      for (const resource of resources)
        add(outputPath(template.output, resource), template.render({ ...model, resource }));
  }
  return files;
}

/** The same files with keys in code-point order, so serialising a project is byte-for-byte stable. */
export function sortFiles(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
