import { humanise, titleFromName } from '../../design/naming.js';
import { toIdentifier } from '../embedded/english.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * Strips every piece of free text from a model's answer before it is validated. A model may echo the
 * prompt ("ignore previous instructions", `<script>`, SQL) into titles, descriptions, examples or
 * defaults, and those reach generated code and docs; identifiers are checked by the design schema, so
 * only they survive. Titles and descriptions are rebuilt from identifiers, as the embedded planner does.
 * Works on the raw answer (shape not yet checked); anything malformed is left for `parseDesign`.
 */
export function keepIdentifiersOnly(answer: unknown, warnings: string[]): unknown {
  if (!isObject(answer)) return answer;
  const design: Json = structuredClone(answer);
  const dropped = new Set<string>();
  const drop = (holder: Json, key: string, what: string) => {
    if (key in holder) {
      delete holder[key];
      dropped.add(what);
    }
  };
  if (typeof design['name'] === 'string') design['title'] = titleFromName(design['name']);
  else drop(design, 'title', 'the title');
  const plurals = list(design['resources'])
    .map((r) => r['plural'])
    .filter((p): p is string => typeof p === 'string');
  design['description'] = plurals.length > 0 ? `Manages ${plurals.map(humanise).join(', ')}.` : '';
  for (const resource of list(design['resources'])) {
    drop(resource, 'description', 'descriptions');
    for (const field of list(resource['fields'])) {
      drop(field, 'description', 'descriptions');
      drop(field, 'example', 'examples');
      // A model-written regular expression could be catastrophic to evaluate; none are kept.
      drop(field, 'pattern', 'patterns');
      if (Array.isArray(field['enumValues'])) {
        const values = field['enumValues'].map((v) => (typeof v === 'string' ? toIdentifier([v]) : ''));
        field['enumValues'] = [...new Set(values.filter((v) => v !== ''))];
      }
      const value = field['default'];
      if (typeof value === 'string' && field['type'] === 'enum') field['default'] = toIdentifier([value]);
      else if (typeof value === 'string' || isObject(value) || Array.isArray(value))
        drop(field, 'default', 'text defaults');
    }
  }
  if (dropped.size > 0)
    warnings.push(`Left out the model's ${[...dropped].join(', ')}: only names are taken from a model.`);
  return design;
}
