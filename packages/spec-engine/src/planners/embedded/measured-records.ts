import { isFieldWord, nounPhrase } from './mentions.js';
import { isPluralNoun } from './nlp.js';

/**
 * "i log firewood deliveries in kg", "we record hay harvests in tonnes", "water readings in litres":
 * records whose only content the request gives is the unit they are counted in. Each holds an amount
 * in that unit, so the sentence is read as if it said so ("firewood deliveries with a quantity in
 * kg"), and the field readers name the amount after its unit (quantity_kg). A length is a distance
 * (runs in km: distance_km). Units of time are left out: "with a duration in minutes" alone is not yet
 * kept by the readers of every record. A value measured in a unit ("prices in euros", "weights in
 * kg", "a size in m2") is left alone.
 */
const amountUnits =
  'kg|g|grams|kilograms|kilos|tonnes|tons|lbs|pounds|ounces|oz|litres|liters|l|ml|gallons|kwh';
const lengthUnits = 'km|m|metres|meters|miles';
const measured = new RegExp(
  String.raw`(^|[,:;]\s*|\b(?:and|log|logs|track|tracks|record|records|keep|keeps|store|stores|note|notes|count|counts|weigh|weighs|measure|measures)\s+)((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+in\s+(${amountUnits}|${lengthUnits})\b`,
  'gi',
);

/** The sentence with each record counted in a unit given an amount of its own, named for the unit. */
export function withMeasuredRecords(sentence: string): string {
  if (!/\bin\s+[a-z]/i.test(sentence)) return sentence;
  return sentence.replace(measured, (whole, before: string, words: string, unit: string) => {
    const head = words.split(/\s+/).at(-1)!.toLowerCase();
    if (!isPluralNoun(head)) return whole;
    const phrase = nounPhrase(words.toLowerCase());
    if (phrase === undefined || !phrase.writtenPlural || isFieldWord(phrase)) return whole;
    const measure = new RegExp(`^(?:${lengthUnits})$`, 'i').test(unit) ? 'distance' : 'quantity';
    return `${before}${words} with a ${measure} in ${unit}`;
  });
}
