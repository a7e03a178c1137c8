import { type Zippable, zipSync } from "fflate";
import { type ReportCell, type ReportTable, reportTables } from "./tables";
import type { ReportSnapshotData } from "./types";

// The report as a zip of RFC 4180 CSV files, one per table in report order. UTF-8 with a byte
// order mark (Excel otherwise reads accents as Latin-1), CRLF line ends, numbers unformatted with
// "." decimals, dates "YYYY-MM-DD", null as an empty field.

const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * Guards against formula injection (OWASP "CSV injection"): names and titles come from HR imports,
 * and a spreadsheet runs a cell that starts with one of these characters as a formula. A leading
 * apostrophe makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Plain decimal notation: String() switches to exponents below 1e-6 and from 1e21. */
function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  const plain = String(value);
  return /e/i.test(plain) ? value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 100 }) : plain;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function csvField(value: ReportCell): string {
  if (value === null) return "";
  return quote(typeof value === "number" ? csvNumber(value) : csvText(value));
}

export function tableCsv(table: ReportTable): string {
  const lines = [table.columns.map((column) => quote(csvText(column.header))).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((column) => csvField(row[column.key] ?? null)).join(","));
  return BOM + lines.join(CRLF) + CRLF;
}

/** "03-attrition.csv": the table's place in the report, then its name in kebab case. */
export function csvFileName(index: number, table: ReportTable): string {
  return `${String(index + 1).padStart(2, "0")}-${table.name.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}.csv`;
}

export function reportCsvZip(snapshot: ReportSnapshotData): Uint8Array {
  const encoder = new TextEncoder();
  // Entries carry the generation time, so the same snapshot always zips to the same bytes.
  const mtime = new Date(snapshot.generatedAt);
  const files: Zippable = {};
  reportTables(snapshot).forEach((table, index) => {
    files[csvFileName(index, table)] = [encoder.encode(tableCsv(table)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}
