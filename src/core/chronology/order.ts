/**
 * Date order: which rows are out of place, and the order a sort gives.
 *
 * A row is out of order when it is not part of the longest run of rows already in order (a
 * longest non-decreasing subsequence): one misplaced entry gives one finding, not a finding for
 * every entry after it. Rows without a key (no readable date) take no part and never move.
 */

/**
 * Indices of a longest non-decreasing subsequence of the defined keys. Where several are equally
 * long, earlier rows are kept in the run: of two swapped entries, the later one is out of order.
 */
export function longestOrderedRun(keys: readonly (number | undefined)[]): Set<number> {
  // The longest non-increasing run of the reversed keys, built from the end, keeps earlier rows.
  const n = keys.length;
  const reversed = keys
    .map((_, i) => keys[n - 1 - i])
    .map((k) => (k === undefined ? undefined : -k));
  return new Set([...longestNonDecreasing(reversed)].map((i) => n - 1 - i));
}

function longestNonDecreasing(keys: readonly (number | undefined)[]): Set<number> {
  const tails: number[] = []; // tails[k]: index of the smallest last key of a run of length k+1
  const prev = new Map<number, number | undefined>();
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]]! <= key) lo = mid + 1;
      else hi = mid;
    }
    prev.set(i, lo > 0 ? tails[lo - 1] : undefined);
    tails[lo] = i;
  });
  const run = new Set<number>();
  let at: number | undefined = tails[tails.length - 1];
  while (at !== undefined) {
    run.add(at);
    at = prev.get(at);
  }
  return run;
}

/**
 * The order after sorting: `result[k]` is the original index of the row that goes at position k.
 * Rows with a key are sorted by it, stably (equal keys keep their order), into the positions rows
 * with keys held; rows without a key keep their positions.
 */
export function sortedOrder(keys: readonly (number | undefined)[]): number[] {
  const keyed = keys
    .map((key, i) => ({ key, i }))
    .filter((k): k is { key: number; i: number } => k.key !== undefined);
  const sorted = [...keyed].sort((a, b) => a.key - b.key || a.i - b.i);
  const result = keys.map((_, i) => i);
  keyed.forEach((slot, k) => {
    result[slot.i] = sorted[k].i;
  });
  return result;
}
