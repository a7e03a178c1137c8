import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, parseCsv } from "./parse-csv";
import { ImportFileError } from "./types";

function fileError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("expected an ImportFileError");
}

describe("parseCsv", () => {
  it("reads quoted values with delimiters, doubled quotes and line breaks", () => {
    const table = parseCsv('id,name,title\r\n1,"Smith, Ann","The ""boss"""\r\n2,"Multi\r\nline",x\r\n');
    expect(table.headers).toEqual(["id", "name", "title"]);
    expect(table.records).toEqual([
      { line: 2, values: ["1", "Smith, Ann", 'The "boss"'] },
      { line: 3, values: ["2", "Multi\r\nline", "x"] },
    ]);
  });

  it("numbers records by the line they start on, across LF, CRLF, CR and quoted line breaks", () => {
    const table = parseCsv('h1,h2\n"a\nb",1\r\nc,2\rd,3\n\n\ne,4');
    expect(table.records.map((record) => [record.line, record.values[0]])).toEqual([
      [2, "a\nb"],
      [4, "c"],
      [5, "d"],
      [8, "e"],
    ]);
  });

  it("drops a byte-order mark and skips blank lines, including rows of empty cells", () => {
    const table = parseCsv("\uFEFFid,name\n\n,\n1,Ann\n");
    expect(table.headers).toEqual(["id", "name"]);
    expect(table.records).toEqual([{ line: 4, values: ["1", "Ann"] }]);
  });

  it("keeps empty values, including a trailing one", () => {
    expect(parseCsv("a,b,c\n1,,\n").records[0]?.values).toEqual(["1", "", ""]);
    expect(parseCsv('a,b\n"",x').records[0]?.values).toEqual(["", "x"]);
  });

  it("takes semicolons or tabs when the header line uses them", () => {
    expect(parseCsv("id;name\n1;Müller, Jörg").records[0]?.values).toEqual(["1", "Müller, Jörg"]);
    expect(parseCsv("id\tname\n1\tAnn").delimiter).toBe("\t");
  });

  it("keeps a quote inside an unquoted value as text", () => {
    expect(parseCsv('a,b\n5" screen,x').records[0]?.values).toEqual(['5" screen', "x"]);
  });

  it("reports text after a closing quote on its line and reads on", () => {
    const table = parseCsv('a,b\n1,"x"y\n2,z');
    expect(table.issues).toEqual([{ line: 2, message: expect.stringMatching(/closing quote/) }]);
    expect(table.records).toHaveLength(2);
  });

  it("refuses a quoted value that is never closed, naming the line where it opens", () => {
    const error = fileError(() => parseCsv('a,b\n1,x\n2,"never\nclosed\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/starts on line 3 is never closed/);
  });

  it("refuses an empty file", () => {
    expect(fileError(() => parseCsv("")).message).toMatch(/empty/);
    expect(fileError(() => parseCsv("\uFEFF\n\r\n")).message).toMatch(/empty/);
  });

  it("accepts 20,000 rows and refuses 50,000 quickly, at the first row over the limit", () => {
    const row = "E1,ann@example.com,Ann,Engineer,E0,Team,London,ONSHORE,,2024-01-01\n";
    expect(parseCsv(`h\n${row.repeat(MAX_IMPORT_ROWS)}`).records).toHaveLength(MAX_IMPORT_ROWS);
    const started = performance.now();
    const error = fileError(() => parseCsv(`h\n${row.repeat(50_000)}`));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error.line).toBe(MAX_IMPORT_ROWS + 2);
    expect(error.message).toMatch(/more than 20,000 rows/);
  });
});
