import { knowledgeBase, type KbEntity, type KbField } from '../../knowledge/knowledge-base.js';
import { findDomain } from '../embedded/completion.js';
import { nounPhrases } from '../embedded/mentions.js';
import { singularOf } from '../embedded/nlp.js';

const maxEntities = 8;

/**
 * The knowledge base's entries for the things a request names (and for the domain it names, when it
 * names only that), as lines a model can use to fill in conventional fields. Empty when none match.
 */
export function knowledgeContext(prompt: string): string {
  const kb = knowledgeBase();
  const found = new Map<string, KbEntity>();
  // Nouns only, as wink-nlp tags them: "run" in "run this command" is no resource.
  for (const np of nounPhrases(
    prompt
      .toLowerCase()
      .slice(0, 5000)
      .replace(/[^a-z\s,.;:'-]/g, ' '),
  )) {
    if (found.size >= maxEntities) break;
    const words = np.text.split(' ');
    for (const n of [2, 1]) {
      if (n > words.length) continue;
      const phrase = singularOf(words.slice(-n).join(' '));
      const entity = kb.entityFor(phrase);
      if (entity !== undefined && kb.fieldWord(phrase) === undefined) {
        found.set(entity.name, entity);
        break;
      }
    }
  }
  if (found.size === 0) {
    const domain = findDomain([prompt]);
    for (const name of domain?.core ?? []) {
      const entity = kb.entity(name);
      if (entity !== undefined) found.set(name, entity);
    }
  }
  return [...found.values()].map(describeEntity).join('\n');
}

function describeEntity(entity: KbEntity): string {
  const fields = entity.fields.map(describeField).join(', ');
  const parents = entity.parents.length > 0 ? `; usually belongs to ${entity.parents.join(' or ')}` : '';
  return `- ${entity.name}: ${fields}${parents}`;
}

function describeField(field: KbField): string {
  const facts = [
    field.enumValues
      ? `enum ${field.enumValues.join('/')}`
      : field.format === 'money'
        ? 'number ≥ 0 (money)'
        : field.type,
    ...(field.required ? ['required'] : []),
    ...(field.unique ? ['unique'] : []),
    ...(field.default !== undefined ? [`default ${String(field.default)}`] : []),
  ];
  return `${field.name} (${facts.join(', ')})`;
}
