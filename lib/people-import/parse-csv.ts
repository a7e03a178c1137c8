import { type ImportIssue, ImportFileError } from "./types";

// RFC 4180 CSV: quoted values may hold delimiters, doubled quotes and line breaks; lines end in
// CRLF, LF or CR. Two liberties real exports need: the delimiter may be ";" or a tab (European
// spreadsheets), and a quote inside an unquoted value is kept as text. Every record carries the
// line it starts on, so errors can point into the file as the user sees it.

/** One import is at most this many people: the row count is checked while parsing, so a larger file is refused early. */
export const MAX_IMPORT_ROWS = 20_000;

export type CsvRecord = { line: number; values: string[] };
export type CsvTable = {
  headers: string[];
  records: CsvRecord[];
  delimiter: string;
  /** Malformed records (text after a closing quote); the rest of the file is still read. */
  issues: ImportIssue[];
};

const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter used most in the header line, outside quotes; a comma when there is none. */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (CANDIDATE_DELIMITERS as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const d of CANDIDATE_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks;
}

const isBlank = (values: string[]) => values.every((value) => value.trim() === "");

export function parseCsv(source: string, options: { maxRows?: number } = {}): CsvTable {
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const delimiter = sniffDelimiter(text);
  const records: CsvRecord[] = [];
  const issues: ImportIssue[] = [];
  let headers: string[] | null = null;
  let pos = 0;
  let line = 1;

  /** Reads one value at `pos`, leaving `pos` on the delimiter, line break or end that follows it. */
  const readValue = (recordLine: number): string => {
    if (text[pos] !== '"') {
      const start = pos;
      while (pos < text.length) {
        const c = text[pos];
        if (c === delimiter || c === "\n" || c === "\r") break;
        pos++;
      }
      return text.slice(start, pos);
    }
    const openedOn = line;
    let value = "";
    let from = pos + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) throw new ImportFileError(openedOn, `A quoted value that starts on line ${openedOn} is never closed.`);
      line += countLineBreaks(text, from, quote);
      value += text.slice(from, quote);
      if (text[quote + 1] === '"') {
        value += '"';
        from = quote + 2;
        continue;
      }
      pos = quote + 1;
      break;
    }
    if (pos < text.length && text[pos] !== delimiter && text[pos] !== "\n" && text[pos] !== "\r") {
      issues.push({ line: recordLine, message: "Text follows a closing quote; a quote inside a quoted value must be doubled (\"\")." });
      while (pos < text.length && text[pos] !== delimiter && text[pos] !== "\n" && text[pos] !== "\r") pos++;
    }
    return value;
  };

  while (pos < text.length) {
    const recordLine = line;
    const values: string[] = [];
    for (;;) {
      values.push(readValue(recordLine));
      if (pos >= text.length) break;
      if (text[pos] === delimiter) {
        pos++;
        continue;
      }
      pos += text[pos] === "\r" && text[pos + 1] === "\n" ? 2 : 1;
      line++;
      break;
    }
    if (isBlank(values)) continue;
    if (headers === null) {
      headers = values.map((header) => header.trim());
      continue;
    }
    if (records.length === maxRows) {
      throw new ImportFileError(
        recordLine,
        `The file has more than ${maxRows.toLocaleString("en")} rows (row ${(maxRows + 1).toLocaleString("en")} is on line ${recordLine.toLocaleString("en")}). Import at most ${maxRows.toLocaleString("en")} people at a time.`,
      );
    }
    records.push({ line: recordLine, values });
  }
  if (headers === null) throw new ImportFileError(1, "The file is empty: it needs a header line and one line per person.");
  return { headers, records, delimiter, issues };
}
