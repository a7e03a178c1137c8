import { FIELD_ALIASES, HEADER_PRESETS, IMPORT_FIELDS, type ImportField, normaliseHeader, type PresetKey, TEMPLATE_HEADERS } from "./columns";
import type { CsvTable } from "./parse-csv";
import type { ImportIssue } from "./types";

// From headers to fields, and from records to rows of field values.

/** The columns that hold each field, most preferred first. */
export type ColumnMapping = Partial<Record<ImportField, number[]>>;
/** A column-mapping step's choice: the header the user picked for a field. */
export type ColumnOverrides = Partial<Record<ImportField, string>>;

export type ColumnDetection =
  | { ok: true; mapping: ColumnMapping; preset: PresetKey | null; ignored: string[]; warnings: string[] }
  | { ok: false; missing: string[]; found: string[]; message: string };

/** Cell values per field: undefined when the file has no such column, "" when the cell is empty. */
export type RawRow = { line: number; values: Partial<Record<ImportField, string>> };

const REQUIRED_LABEL = {
  employeeId: "employee id (e.g. employee_id, employeeNumber, workerID)",
  name: "name (e.g. name, displayName, or firstName and lastName)",
  startDate: "start date (e.g. start_date, hireDate)",
} as const;

function likelyPreset(normalised: string[]): PresetKey | null {
  let best: PresetKey | null = null;
  let bestHits = 1; // one shared header ("location") says nothing about the source
  for (const [key, preset] of Object.entries(HEADER_PRESETS) as Array<[PresetKey, (typeof HEADER_PRESETS)[PresetKey]]>) {
    const names = Object.values(preset.columns).flat().map(normaliseHeader);
    const hits = normalised.filter((header) => names.includes(header)).length;
    if (hits > bestHits) [best, bestHits] = [key, hits];
  }
  return best;
}

export function detectColumns(headers: string[], overrides: ColumnOverrides = {}): ColumnDetection {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  const unknownOverrides: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const chosen = overrides[field];
    const columns = chosen
      ? normalised.flatMap((header, index) => (header === normaliseHeader(chosen) ? [index] : []))
      : FIELD_ALIASES[field].flatMap((alias) => normalised.flatMap((header, index) => (header === alias ? [index] : [])));
    if (chosen && columns.length === 0) unknownOverrides.push(`"${chosen}" (chosen for ${field})`);
    if (columns.length > 0) mapping[field] = columns;
  }

  const missing = [
    ...(mapping.employeeId ? [] : [REQUIRED_LABEL.employeeId]),
    ...(mapping.name || (mapping.firstName && mapping.lastName) ? [] : [REQUIRED_LABEL.name]),
    ...(mapping.startDate ? [] : [REQUIRED_LABEL.startDate]),
  ];
  if (missing.length > 0 || unknownOverrides.length > 0) {
    const found = headers.filter((header) => header !== "");
    const parts = [
      missing.length > 0 ? `Missing required columns: ${missing.join("; ")}.` : "",
      unknownOverrides.length > 0 ? `No column named ${unknownOverrides.join(", ")}.` : "",
      `Headers found: ${found.length > 0 ? found.map((header) => `"${header}"`).join(", ") : "none"}.`,
      `Use the Pillars template's headers (${TEMPLATE_HEADERS.join(",")}) or your HR system's export headers.`,
    ];
    return { ok: false, missing, found, message: parts.filter(Boolean).join(" ") };
  }

  const used = new Set(Object.values(mapping).flat());
  const ignored = headers.filter((header, index) => header !== "" && !used.has(index));
  const warnings = [
    ...(mapping.email ? [] : ["The file has no email column: people cannot be linked to logins by email."]),
    ...(mapping.manager ? [] : ["The file has no manager column: existing people keep their managers, new people have none."]),
    ...(ignored.length > 0 ? [`Columns not imported: ${ignored.join(", ")}.`] : []),
  ];
  return { ok: true, mapping, preset: likelyPreset(normalised), ignored, warnings };
}

/** Field values per record; a record whose value count differs from the header's is reported, not guessed at. */
export function toRows(table: CsvTable, mapping: ColumnMapping): { rows: RawRow[]; errors: ImportIssue[] } {
  const rows: RawRow[] = [];
  const errors: ImportIssue[] = [];
  const width = table.headers.length;
  for (const record of table.records) {
    if (record.values.length !== width) {
      errors.push({
        line: record.line,
        message: `This row has ${record.values.length} values but the header has ${width} columns; a value that contains "${table.delimiter}" must be in double quotes.`,
      });
      continue;
    }
    const values: RawRow["values"] = {};
    for (const [field, columns] of Object.entries(mapping) as Array<[ImportField, number[]]>) {
      const cells = columns.map((column) => (record.values[column] ?? "").trim());
      values[field] = cells.find((cell) => cell !== "") ?? "";
    }
    if (!values.name && (values.firstName || values.lastName)) {
      values.name = [values.firstName, values.lastName].filter(Boolean).join(" ");
    }
    rows.push({ line: record.line, values });
  }
  return { rows, errors };
}
