/** An answer as text: Yes/No for yes-no questions, the number or choice otherwise. */
export function formatAnswer(value: string | number | boolean | undefined): string {
  if (value === undefined) return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}
