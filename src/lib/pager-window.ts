/**
 * Which page numbers a pager shows: the first, the last, and two either side of the current one,
 * with null where a run of numbers is left out. A list of 5,000 pages still gets a short pager.
 */
export function pagerWindow(current: number, last: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= last; n++) {
    const near = Math.abs(n - current) <= around;
    if (n === 1 || n === last || near) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
