// Pure helpers that take a departed person out of stored values. Names are replaced (so a
// report still reads "Former employee #12 left in Q2"); free text is erased; figures — numbers,
// booleans, enum values and dates — stay, because the org's history must still add up.

/** The only name an erased person has from now on, everywhere. */
export function formerEmployeeName(personId: number): string {
  return `Former employee #${personId}`;
}

/** Stands in for free text in columns that cannot be null. */
export const ERASED_TEXT = "(erased)";

/** Needles worth searching for: trimmed, non-empty, without duplicates (case-insensitive). */
export function distinctNeedles(needles: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Map<string, string>();
  for (const needle of needles) {
    const trimmed = needle?.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  // Longest first, so "Ada Lovelace" wins over a login name "Ada" in the same text.
  return [...seen.values()].sort((a, b) => b.length - a.length);
}

/**
 * Matches any needle as a whole word, case-insensitively: "Ada" is replaced in "Ada's review"
 * but not inside "Canada", so a short login name cannot mangle unrelated text.
 */
export function nameMatcher(needles: readonly string[]): RegExp | null {
  const words = distinctNeedles(needles);
  if (words.length === 0) return null;
  const alternatives = words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, "giu");
}

/** Applies `change` to every string in a JSON value — object keys included — and returns a copy. */
function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === "string") return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [change(key), mapStrings(item, change)]));
  }
  return value;
}

/** Replaces the person's names and emails inside a JSON value (report data, audit payloads). */
export function replaceNames(value: unknown, matcher: RegExp | null, replacement: string): unknown {
  if (!matcher) return value;
  return mapStrings(value, (text) => text.replace(matcher, replacement));
}

const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** A string that is a figure rather than prose: an enum value ("HIGH") or a date. */
export function isFigureString(text: string): boolean {
  return ENUM_VALUE.test(text) || ISO_DATE.test(text);
}

/**
 * Erases every prose string in a JSON value whose shape this module does not own (risk
 * history, audit payloads of other features): strings that are not figures become
 * ERASED_TEXT; keys, numbers, booleans, enum values and dates stay.
 */
export function eraseFreeText(value: unknown): unknown {
  if (typeof value === "string") return isFigureString(value) ? value : ERASED_TEXT;
  if (Array.isArray(value)) return value.map(eraseFreeText);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, eraseFreeText(item)]));
  }
  return value;
}

/** Sets the named keys to null at any depth: identifying fields whose values are not prose. */
export function eraseFields(value: unknown, fields: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => eraseFields(item, fields));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fields.includes(key) && item !== null ? null : eraseFields(item, fields)]),
    );
  }
  return value;
}

/**
 * The needles as they appear inside Postgres's `jsonb::text`, lower-cased: a cheap SQL
 * pre-filter (a superset of the rows `replaceNames` changes) so only candidate rows reach JS.
 */
export function jsonTextNeedles(needles: readonly string[]): string[] {
  return distinctNeedles(needles).map((needle) => JSON.stringify(needle).slice(1, -1).toLowerCase());
}
