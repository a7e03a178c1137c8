import { decodeCsv } from "./decode";
import { type ColumnOverrides, detectColumns, toRows } from "./detect-columns";
import { parseCsv } from "./parse-csv";
import { validateImport } from "./validate";
import { emptySummary, type ExistingOrg, ImportFileError, type ImportReport } from "./types";

// The whole check of one upload, without a database: bytes → text → table → rows → report.
// A file that cannot be read at all yields a report with that one error, never a throw, so
// the screen and the job handle every outcome the same way.

export type PreparedFile = { ok: true; rows: ReturnType<typeof toRows>["rows"]; errors: ImportReport["errors"]; warnings: string[]; rowCount: number } | { ok: false; report: ImportReport };

export function fileErrorReport(line: number, message: string): ImportReport {
  return { ok: false, rows: [], errors: [{ line, message }], warnings: [], summary: emptySummary() };
}

/** Decoding, parsing and column mapping: the checks that need no database. */
export function prepareFile(csv: Uint8Array | string, columns?: ColumnOverrides): PreparedFile {
  try {
    const table = parseCsv(decodeCsv(csv));
    const detection = detectColumns(table.headers, columns);
    if (!detection.ok) return { ok: false, report: fileErrorReport(1, detection.message) };
    const { rows, errors } = toRows(table, detection.mapping);
    if (table.records.length === 0) return { ok: false, report: fileErrorReport(1, "The file has a header line but no people.") };
    return { ok: true, rows, errors: [...table.issues, ...errors], warnings: detection.warnings, rowCount: table.records.length };
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, report: fileErrorReport(error.line, error.message) };
    throw error;
  }
}

/** Validation of prepared rows against the people in Pillars, with the file's own problems merged in by line. */
export function validatePrepared(file: Extract<PreparedFile, { ok: true }>, existing: ExistingOrg): ImportReport {
  const report = validateImport(file.rows, existing);
  const errors = [...file.errors, ...report.errors].sort((a, b) => a.line - b.line);
  const summary = { ...report.summary, rows: file.rowCount };
  return { ...report, ok: errors.length === 0, errors, warnings: file.warnings, summary };
}

/** The dry run's verdict on a file, given the people already in Pillars. */
export function analyseImport(csv: Uint8Array | string, existing: ExistingOrg, columns?: ColumnOverrides): ImportReport {
  const file = prepareFile(csv, columns);
  return file.ok ? validatePrepared(file, existing) : file.report;
}
