/** Where `value` is (or would go) in an ascending list. */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
