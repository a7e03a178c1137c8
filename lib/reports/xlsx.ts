import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { parseDate } from "@/lib/dates";
import { type ColumnType, type ReportCell, type ReportColumn, type ReportTable, reportTables } from "./tables";
import type { ReportSnapshotData } from "./types";

// The report as a workbook: one sheet per table, typed cells (numbers as numbers, dates as date
// cells at UTC midnight), bold frozen header with an auto-filter. Written with exceljs's streaming
// writer, which flushes each row as it goes: the People sheet runs to thousands of rows.
//
// Formula injection: names and titles come from HR imports, so a cell may read "=HYPERLINK(…)".
// Text is only ever written as a string cell (never a formula) in the "@" (Text) format, so
// Excel shows it as typed and keeps it text even when someone edits the cell.

const NUM_FMT: Record<ColumnType, string> = { text: "@", number: "0.00", percent: "0.0%", integer: "0", date: "yyyy-mm-dd" };

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows read to size a column: enough to be representative, few enough to stay cheap. */
const WIDTH_SAMPLE = 2_000;

function shownLength(type: ColumnType, value: ReportCell): number {
  if (value === null) return 0;
  if (type === "date") return 10;
  if (typeof value === "string") return Math.max(...value.split("\n").map((line) => line.length));
  if (type === "integer") return String(Math.round(value)).length;
  if (type === "percent") return (value * 100).toFixed(1).length + 1;
  return value.toFixed(2).length;
}

function columnWidth(column: ReportColumn, table: ReportTable): number {
  let width = column.header.length;
  for (const row of table.rows.slice(0, WIDTH_SAMPLE)) width = Math.max(width, shownLength(column.type, row[column.key] ?? null));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
}

function cellValue(type: ColumnType, value: ReportCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (type === "date") return parseDate(String(value));
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({ key: column.key, width: columnWidth(column, table), style: { numFmt: NUM_FMT[column.type] } }));
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.style = { font: { bold: true } };
  });
  header.commit();
  for (const row of table.rows) sheet.addRow(table.columns.map((column) => cellValue(column.type, row[column.key] ?? null))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: table.rows.length + 1, column: table.columns.length } };
  sheet.commit();
}

export async function reportXlsx(snapshot: ReportSnapshotData): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  const generatedAt = new Date(snapshot.generatedAt);
  workbook.creator = snapshot.generatedBy.name;
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  workbook.title = `${snapshot.organisation.name}: ${snapshot.quarter.label} report, ${snapshot.scope.label}`;
  for (const table of reportTables(snapshot)) writeSheet(workbook, table);
  await workbook.commit();
  return Buffer.concat(chunks);
}
