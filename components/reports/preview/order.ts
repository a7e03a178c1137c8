// Orderings the preview's lists share (names: `byName` in lib/format/figures.ts).

/** Lowest first, and rows without a figure last: nothing known is not the same as low. */
export function lowestFirst(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}
