/** A `--range` that does not parse or points past the deck; its message says which part and why. */
export class RangeSpecError extends Error {
  override name = 'RangeSpecError';
}

/**
 * Slide numbers from a range like `1,3-5` (1-based, as shown on the slides) to sorted, distinct
 * 0-based indices. Without `total` only the syntax is checked.
 */
export function parseRange(spec: string, total = Number.POSITIVE_INFINITY): number[] {
  const picked = new Set<number>();
  const parts = spec.split(',').map((part) => part.trim());
  for (const part of parts) {
    const match = /^(\d+)(?:\s*-\s*(\d*))?$/.exec(part);
    if (!match) throw new RangeSpecError(`bad range "${spec}": "${part}" is not a slide number or a range like 3-5 (slides are numbered from 1)`);
    const from = Number(match[1]);
    // "7-" runs to the last slide.
    const to = match[2] === undefined ? from : match[2] === '' ? total : Number(match[2]);
    if (from < 1) throw new RangeSpecError(`bad range "${spec}": slides are numbered from 1`);
    if (to < from) throw new RangeSpecError(`bad range "${spec}": "${part}" runs backwards`);
    if (from > total || (Number.isFinite(total) && to > total)) {
      throw new RangeSpecError(`bad range "${spec}": "${part}" is past the last slide (the deck has ${total} slides)`);
    }
    if (!Number.isFinite(to)) continue;
    for (let n = from; n <= to; n++) picked.add(n - 1);
  }
  return [...picked].sort((a, b) => a - b);
}
