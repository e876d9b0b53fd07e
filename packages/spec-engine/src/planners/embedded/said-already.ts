import type { KbEntity, KbField } from '../../knowledge/knowledge-base.js';
import type { FieldDraft } from './field-reader.js';

/** Units the knowledge base writes at the end of a measure's name (`distance_km`, `duration_minutes`). */
const unitSuffix =
  /_(?:km|m|m2|m3|cm|mm|kg|g|mg|l|ml|minutes|mins|seconds|secs|hours|days|weeks|months|years|percent)$/;

/** Words that name when a row happens, whatever the knowledge base calls that moment. */
const momentWords = new Set(['date', 'time', 'day', 'when', 'datetime', 'timestamp']);

/**
 * Whether the request already gave, in its own words, the value a knowledge-base field of `entity`
 * stands for. The user's word wins: a run with a "distance" gets no `distance_km` beside it, an
 * inspection with a "date" no `inspected_on`, an appointment with a "time" no `scheduled_at`. The
 * knowledge base's measure is the user's word with a unit after it; its first moment (when the row
 * happens) is what a bare "date" or "time" the user gave already says; its other moments (an end, a
 * due date) are not.
 */
export function saidAlready(fields: readonly FieldDraft[], known: KbField, entity: KbEntity): boolean {
  const measure = known.name.replace(unitSuffix, '');
  const moment = entity.fields.find((f) => f.type === 'date' || f.type === 'datetime');
  return fields.some(
    (f) =>
      f.name === known.name ||
      f.words.at(-1) === known.name ||
      (f.origin !== 'knowledge' && (f.name === measure || (known === moment && momentWords.has(f.name)))),
  );
}
