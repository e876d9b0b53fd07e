import type { DesignEdit } from './types.js';

const words = (name: string) => name.replaceAll('_', ' ');

/**
 * An edit as an instruction the embedded change planner reads back: the rewrite a refused request
 * is offered is made of these, so it is known to work.
 */
export function describeEdit(edit: DesignEdit): string {
  switch (edit.kind) {
    case 'add-field':
      return `add ${words(edit.field)} to ${edit.resource}`;
    case 'remove-field':
      return `remove ${words(edit.field)} from ${edit.resource}`;
    case 'rename-field':
      return `rename ${edit.resource} ${words(edit.from)} to ${edit.to}`;
    case 'add-resource':
      return `add a ${words(edit.resource)} resource with ${edit.definition.fields.map((f) => words(f.name)).join(', ')}`;
    case 'remove-resource':
      return `remove the ${edit.previous.plural} resource`;
    case 'rename-resource':
      return `rename ${edit.fromPlural} to ${edit.toPlural}`;
    case 'change-type':
      return `make ${edit.resource} ${words(edit.field)} ${edit.to === 'integer' ? 'an' : 'a'} ${edit.to}`;
    case 'change-required':
      return `make ${edit.resource} ${words(edit.field)} ${edit.required ? 'required' : 'optional'}`;
    case 'change-enum':
      return `${edit.resource} ${words(edit.field)} should be one of ${edit.to.join(', ')}`;
    case 'change-constraint':
      return constraintWords(edit);
    case 'add-relation':
      return `each ${words(edit.relation.from)} belongs to a ${words(edit.relation.to)}`;
    case 'remove-relation':
      return `remove the link between ${edit.relation.from} and ${edit.relation.to}`;
    case 'change-auth':
      return edit.to.type === 'none'
        ? 'remove authentication'
        : edit.to.type === 'api-key'
          ? 'require an API key'
          : 'require a bearer JWT';
    case 'change-ownership':
      return `make ${edit.resource} ${edit.to === 'owner' ? 'private' : 'shared'}`;
    case 'change-options':
      return `set ${edit.option} to ${String(edit.to)}`;
    case 'change-docs':
      return `reword ${edit.path}`;
  }
}

function constraintWords(edit: Extract<DesignEdit, { kind: 'change-constraint' }>): string {
  const target = `${edit.resource} ${words(edit.field)}`;
  switch (edit.constraint) {
    case 'unique':
      return `make ${target} ${edit.to === true ? 'unique' : 'not unique'}`;
    case 'default':
      return `${target} defaults to ${String(edit.to)}`;
    case 'minimum':
      return `${target} should be at least ${String(edit.to)}`;
    case 'maximum':
      return `${target} should be at most ${String(edit.to)}`;
    case 'maxLength':
      return `${target} should be at most ${String(edit.to)} characters`;
    default:
      return `set ${target} ${edit.constraint} to ${String(edit.to)}`;
  }
}
