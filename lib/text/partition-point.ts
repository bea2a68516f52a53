/**
 * Halving over a list in order: the index of the first item for which `before` is false, in a list where every item
 * it is true for comes first (Rust's `partition_point`, C++'s `std::partition_point`); the list's length when it is
 * true for all. A long note asks this of its dates and sentence starts, where asking every item would cost the square
 * of the note's length. Written here: no dependency of ours has it, and a library for ten lines (lodash's
 * `sortedIndexBy`) would weigh more than it saves.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
