// Orderings the preview's lists share.

const COLLATOR = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Names as people read them: "Team 9" before "Team 10", "Ángel" beside "Angel". */
export const byName = (a: string, b: string) => COLLATOR.compare(a, b);

/** Lowest first, and rows without a figure last: nothing known is not the same as low. */
export function lowestFirst(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}
