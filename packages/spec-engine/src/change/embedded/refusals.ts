import type { Resource } from '../../design/api-design.js';
import { ChangeRequestError } from '../change-request-error.js';
import { phraseWords, resourceOf } from './names.js';
import type { WorkingDesign, WorkingResource } from './working-design.js';

/** `pets, owners`: the resources a request can name. */
export function names(working: WorkingDesign): string {
  return working.design.resources.map((r) => r.plural).join(', ');
}

export function mustResource(working: WorkingDesign, phrase: string): WorkingResource {
  const resource = resourceOf(working, phrase);
  if (resource !== undefined) return resource;
  throw new ChangeRequestError(
    'change_unknown_target',
    `There is no resource "${phraseWords(phrase).join(' ')}"; the design has ${names(working)}.`,
    { understood: [], rewrite: `add a ${phraseWords(phrase).join(' ') || 'thing'} resource with a name` },
  );
}

/** `pets: name, age; owners: email`: the fields a request can name. */
export function fieldList(working: WorkingDesign, within?: Resource): string {
  const scope = within === undefined ? working.design.resources : [within];
  return scope.map((r) => `${r.plural}: ${r.fields.map((f) => f.name).join(', ')}`).join('; ');
}

export function unknownField(working: WorkingDesign, phrase: string, within?: Resource): ChangeRequestError {
  const fields = fieldList(working, within);
  return new ChangeRequestError(
    'change_unknown_target',
    `No field is called "${phraseWords(phrase).join(' ')}"${within === undefined ? '' : ` on ${within.plural}`} (${fields}).`,
  );
}
