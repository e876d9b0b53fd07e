import { knowledgeBase, type KbDomain, type KbEntity } from '../../knowledge/knowledge-base.js';
import type { EntityDraft, Reading } from './drafts.js';
import { kbEntityOf, nounPhrase } from './mentions.js';

/** The entity a resource's word means in a domain, when that domain keeps it in its core. */
function coreSense(entity: EntityDraft, domain: KbDomain): KbEntity | undefined {
  const phrase = nounPhrase(entity.key.replaceAll('_', ' '));
  const sense = phrase === undefined ? undefined : kbEntityOf(phrase, domain.id);
  return sense !== undefined && domain.core.includes(sense.name) ? sense : undefined;
}

/**
 * A word with several senses takes the one the rest of the request supports: albums beside photos
 * are photo albums, beside artists and songs a record's. For each resource whose word means different
 * entities in different domains' cores, the domain whose core holds most of the request's other
 * resources chooses the sense, when it beats every domain that holds the sense the request's own
 * domain gives (`domain`). Returns the domain to read each such resource in.
 */
export function sensesByCompany(reading: Reading, domain: KbDomain | undefined): Map<string, KbDomain> {
  const chosen = new Map<string, KbDomain>();
  const entities = [...reading.entities.values()];
  if (entities.length < 2) return chosen;
  const kb = knowledgeBase();
  for (const entity of entities) {
    const phrase = nounPhrase(entity.key.replaceAll('_', ' '));
    if (phrase === undefined) continue;
    const usual = kbEntityOf(phrase, domain?.id);
    const candidates = kb.domains.flatMap((d) => {
      const sense = coreSense(entity, d);
      return sense === undefined ? [] : [{ domain: d, sense }];
    });
    if (new Set(candidates.map((c) => c.sense.name)).size < 2) continue;
    const support = (d: KbDomain) =>
      entities.filter((o) => o !== entity && coreSense(o, d) !== undefined).length;
    let best: { domain: KbDomain; sense: KbEntity; support: number } | undefined;
    let usualSupport = 0;
    for (const candidate of candidates) {
      const s = support(candidate.domain);
      if (candidate.sense === usual) usualSupport = Math.max(usualSupport, s);
      else if (best === undefined || s > best.support) best = { ...candidate, support: s };
    }
    if (best !== undefined && best.support > usualSupport) chosen.set(entity.key, best.domain);
  }
  return chosen;
}
