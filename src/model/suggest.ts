import { distance } from 'fastest-levenshtein';

/** The known ids closest to `unknown` (at most three), for "did you mean" hints. */
export function suggest(unknown: string, known: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return [...known]
    .map((id) => ({ id, d: distance(unknown, id) }))
    .filter(({ d, id }) => d <= limit || id.includes(unknown) || unknown.includes(id))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map(({ id }) => id);
}

/** A "did you mean" sentence, or undefined when nothing is close. */
export function didYouMean(unknown: string, known: Iterable<string>): string | undefined {
  const close = suggest(unknown, known);
  return close.length === 0 ? undefined : `Did you mean ${close.map((id) => `"${id}"`).join(' or ')}?`;
}
