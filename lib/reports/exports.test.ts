import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/dates";
import { reportCsvZip } from "./csv";
import { INJECTED_NAME, largeReportFixture, reportFixture } from "./fixture.test-data";
import { type ColumnType, type ReportCell, type ReportRow, type ReportTable, reportTables } from "./tables";
import type { ReportSnapshotData } from "./types";
import { reportXlsx } from "./xlsx";

// The exports read back: the XLSX through exceljs, the CSVs through a strict RFC 4180 parser
// written here (the import parser is lenient on purpose, which would hide a malformed file).

const NUM_FMT: Record<ColumnType, string> = { text: "@", number: "0.00", percent: "0.0%", integer: "0", date: "yyyy-mm-dd" };

/** RFC 4180 with CRLF line ends only: a bare CR or LF outside quotes is an error. */
function parseStrictCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    let field = "";
    if (text[pos] === '"') {
      pos++;
      for (;;) {
        const close = text.indexOf('"', pos);
        if (close === -1) throw new Error("unclosed quote");
        field += text.slice(pos, close);
        pos = close + 1;
        if (text[pos] !== '"') break;
        field += '"';
        pos++;
      }
    } else {
      while (pos < text.length && !",\r\n".includes(text[pos]!)) {
        if (text[pos] === '"') throw new Error(`quote inside an unquoted field at ${pos}`);
        field += text[pos++];
      }
    }
    record.push(field);
    if (text[pos] === ",") pos++;
    else if (text.startsWith("\r\n", pos)) {
      records.push(record);
      record = [];
      pos += 2;
    } else throw new Error(`expected a comma or CRLF at ${pos}`);
  }
  if (record.length > 0) throw new Error("the last line has no CRLF");
  return records;
}

/** What the CSV should hold for a text cell: a leading apostrophe before anything a spreadsheet runs as a formula. */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
/** The CSV's text after its byte order mark. */
function csvText(bytes: Uint8Array): string {
  const text = utf8.decode(bytes);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1);
}

const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function decodeCsvField(type: ColumnType, field: string): ReportCell {
  if (field === "") return null;
  if (type === "text" || type === "date") return field;
  expect(field).toMatch(/^-?\d+(\.\d+)?$/);
  return Number(field);
}

function csvFiles(zip: Uint8Array): Array<{ name: string; bytes: Uint8Array }> {
  return Object.entries(unzipSync(zip)).map(([name, bytes]) => ({ name, bytes }));
}

function expectCsvEqualsTable(file: { name: string; bytes: Uint8Array }, table: ReportTable, index: number) {
  expect(file.name).toBe(`${String(index + 1).padStart(2, "0")}-${table.name.toLowerCase().replace(" ", "-")}.csv`);
  const [header, ...records] = parseStrictCsv(csvText(file.bytes));
  expect(header).toEqual(table.columns.map((c) => c.header));
  for (const record of records) expect(record).toHaveLength(table.columns.length);
  const decoded = records.map((record) => Object.fromEntries(table.columns.map((c, i) => [c.key, decodeCsvField(c.type, record[i]!)])));
  const expected = table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.key, typeof row[c.key] === "string" ? guarded(row[c.key] as string) : row[c.key]])));
  expect(decoded).toEqual(expected);
}

async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` with the pre-generic Buffer of older @types/node; the bytes are what it reads.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function expectSheetEqualsTable(sheet: ExcelJS.Worksheet, table: ReportTable) {
  expect(sheet.name).toBe(table.name);
  expect(sheet.rowCount).toBe(table.rows.length + 1);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  const header = sheet.getRow(1);
  table.columns.forEach((column, i) => {
    expect(header.getCell(i + 1).value).toBe(column.header);
    expect(header.getCell(i + 1).font?.bold).toBe(true);
  });
  const rows: ReportRow[] = table.rows.map((_, r) => {
    const row = sheet.getRow(r + 2);
    return Object.fromEntries(
      table.columns.map((column, i) => {
        const cell = row.getCell(i + 1);
        const value = cell.value;
        if (value === null) return [column.key, null];
        expect(cell.numFmt).toBe(NUM_FMT[column.type]);
        if (column.type === "date") {
          expect(value).toBeInstanceOf(Date);
          return [column.key, formatDate(value as Date)];
        }
        if (column.type === "text") expect(cell.type).toBe(ExcelJS.ValueType.String);
        else expect(typeof value).toBe("number");
        return [column.key, value as ReportCell];
      }),
    );
  });
  expect(rows).toEqual(table.rows);
}

describe("reportTables", () => {
  it("lists the report's tables in order, with risks only in a report that may hold them", () => {
    const names = ["Report", "Pillars", "Attrition", "Levels", "Coverage", "Heatmap", "DORA", "Skills", "Skill counts", "Scorecards", "Movers"];
    expect(reportTables(reportFixture()).map((t) => t.name)).toEqual([...names, "Risks", "People"]);
    expect(reportTables({ ...reportFixture(), includesRisks: false }).map((t) => t.name)).toEqual([...names, "People"]);
  });

  it("names people with an id column, keeps dates ISO and percentages as fractions", () => {
    const tables = reportTables(reportFixture());
    const people = tables.find((t) => t.name === "People")!;
    expect(people.rows[3]).toMatchObject({ personId: 4, person: 'Ana "Nana" Souza', managerId: 3, manager: "O'Brien, Siobhán", promoted: "Yes" });
    expect(people.rows[5]).toMatchObject({ departed: "2026-08-31", manager: null, managerId: null });
    const coverage = tables.find((t) => t.name === "Coverage")!;
    expect(coverage.rows.at(-1)).toEqual({ managerId: null, manager: "Total", due: 120, onTime: 97, coverage: 0.8083333333333333 });
    const risks = tables.find((t) => t.name === "Risks")!;
    expect(risks.rows[0]).toMatchObject({ person: INJECTED_NAME, level: "Critical", factors: "External offer; Compensation", nextReviewDate: "2026-10-15" });
  });
});

describe("XLSX export", () => {
  it("reads back as the tables: every sheet, header and cell, with numbers as numbers and dates as dates", async () => {
    const snapshot = reportFixture();
    const tables = reportTables(snapshot);
    const workbook = await readXlsx(await reportXlsx(snapshot));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.name));
    tables.forEach((table, i) => expectSheetEqualsTable(workbook.worksheets[i]!, table));
  });

  it("writes a name that looks like a formula as a plain string cell", async () => {
    const workbook = await readXlsx(await reportXlsx(reportFixture()));
    const cell = workbook.getWorksheet("People")!.getCell("B6");
    expect(cell.value).toBe(INJECTED_NAME);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });
});

describe("CSV export", () => {
  it("zips one CSV per table that parses back as the table", () => {
    const tables = reportTables(reportFixture());
    const files = csvFiles(reportCsvZip(reportFixture()));
    expect(files).toHaveLength(tables.length);
    tables.forEach((table, i) => expectCsvEqualsTable(files[i]!, table, i));
  });

  it("quotes commas, quotes and line breaks, and puts an apostrophe before formula starts", () => {
    const people = strFromU8(csvFiles(reportCsvZip(reportFixture())).find((f) => f.name === "13-people.csv")!.bytes);
    expect(people).toContain('\r\n5,"\'=HYPERLINK(""https://evil.example/?q=1"",""Open me"")",Staff engineer,"Payments, EU",3,"O\'Brien, Siobhán",');
    expect(people).toContain(',"Engineer\nPayments",');
    expect(people).toContain(",'-Mads Kjær,");
    expect(people).toContain(",'@Kim Larsen,'+45 support rota,");
    expect(people).toContain('\r\n6,Łukasz Brzęczyszczykiewicz,,,,,"Copenhagen, DK",Søgning ApS,,,6,6,5,,,,,,2026-08-31,No\r\n');
  });

  it("gives the same bytes for the same snapshot", () => {
    expect(reportCsvZip(reportFixture())).toEqual(reportCsvZip(reportFixture()));
  });
});

describe("a report made by someone who may not read risks", () => {
  const riskFree = (snapshot: ReportSnapshotData): ReportSnapshotData => ({
    ...snapshot,
    includesRisks: false,
    risks: [],
    scorecards: snapshot.scorecards.map((row) => ({ ...row, risksOverdueMitigation: null })),
  });
  // A snapshot that says it holds no risks yet still carries them must not leak them either.
  const leaky = (snapshot: ReportSnapshotData): ReportSnapshotData => ({ ...snapshot, includesRisks: false });
  const traces = [/risk/i, /External offer/, /Compensation/, /Critical/, /Next review/, /mitigation/i];

  for (const [label, make] of [["as the snapshot contract says", riskFree], ["even if the snapshot still carries risk data", leaky]] as const) {
    it(`holds no risk data in either file, ${label}`, async () => {
      const snapshot = make(reportFixture());
      const xlsxParts = unzipSync(new Uint8Array(await reportXlsx(snapshot)));
      const xlsxText = Object.values(xlsxParts).map((bytes) => strFromU8(bytes)).join("\n");
      const csvs = csvFiles(reportCsvZip(snapshot));
      expect(csvs.map((f) => f.name)).not.toContain("12-risks.csv");
      const csvText = csvs.map((f) => `${f.name}\n${strFromU8(f.bytes)}`).join("\n");
      for (const trace of traces) {
        expect(xlsxText).not.toMatch(trace);
        expect(csvText).not.toMatch(trace);
      }
      // The person at risk is still in the People table, only not their risk.
      expect(csvText).toContain("'=HYPERLINK(");
    });
  }
});

describe("a 10,000-person report", () => {
  it("exports within the targets (XLSX under 5 s, CSV under 2 s)", { timeout: 60_000 }, async () => {
    const snapshot = largeReportFixture(10_000);
    let started = performance.now();
    const xlsx = await reportXlsx(snapshot);
    const xlsxMs = performance.now() - started;
    started = performance.now();
    const zip = reportCsvZip(snapshot);
    const csvMs = performance.now() - started;
    console.info(`10,000 people: XLSX ${Math.round(xlsxMs)} ms (${Math.round(xlsx.length / 1024)} KiB), CSV zip ${Math.round(csvMs)} ms (${Math.round(zip.length / 1024)} KiB)`);
    const people = csvFiles(zip).find((f) => f.name.endsWith("-people.csv"))!;
    expect(parseStrictCsv(csvText(people.bytes))).toHaveLength(10_001);
  });
});
