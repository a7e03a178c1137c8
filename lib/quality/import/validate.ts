import { decodeCsv } from "@/lib/people-import/decode";
import { type CsvTable, MAX_IMPORT_ROWS, parseCsv } from "@/lib/people-import/parse-csv";
import { ImportFileError, type ImportIssue } from "@/lib/people-import/types";
import { metricRowSchema } from "../schemas";

// The quality CSV's checks, without a database: bytes → table (the people import's decoder and
// parser) → one row per team and month. Nothing stops at the first problem: every bad row is
// reported with its line (the header is line 1) and its column, so one dry run lists it all.

/** The columns, in the template's order; a file names its team by `team` (name) or `team_id`. */
export const QUALITY_COLUMNS = ["team", "team_id", "month", "deployments", "deploy_days", "lead_time_hours", "failed_deployments", "time_to_restore_hours", "incidents"] as const;
export const TEMPLATE_HEADERS = QUALITY_COLUMNS.filter((column) => column !== "team_id");
type Column = (typeof QUALITY_COLUMNS)[number];

/** Schema field → its column, so a message points at the column the user sees. */
const FIELD_COLUMN = {
  month: "month",
  deployments: "deployments",
  deployDays: "deploy_days",
  leadTimeHours: "lead_time_hours",
  failedDeployments: "failed_deployments",
  timeToRestoreHours: "time_to_restore_hours",
  incidents: "incidents",
} as const satisfies Record<string, Column>;

export type ImportTeam = { id: number; name: string; inScope: boolean };

export type ParsedMonth = {
  line: number;
  teamId: number;
  month: string;
  deployments: number;
  deployDays: number;
  leadTimeHours: number;
  failedDeployments: number;
  timeToRestoreHours: number;
  incidents: number;
};

export type QualityImportSummary = { rows: number; teams: number; from: string | null; to: string | null; create: number; update: number };
export type QualityImportReport = { ok: boolean; errors: ImportIssue[]; warnings: string[]; rows: ParsedMonth[]; summary: QualityImportSummary };

const emptySummary = (rows = 0): QualityImportSummary => ({ rows, teams: 0, from: null, to: null, create: 0, update: 0 });

export function fileErrorReport(line: number, message: string): QualityImportReport {
  return { ok: false, errors: [{ line, message }], warnings: [], rows: [], summary: emptySummary() };
}

const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** Decodes and parses the upload; a file that cannot be read at all is a report with that one error. */
export function readQualityFile(csv: Uint8Array | string): { ok: true; table: CsvTable } | { ok: false; report: QualityImportReport } {
  try {
    const table = parseCsv(decodeCsv(csv), { maxRows: MAX_IMPORT_ROWS });
    if (table.records.length === 0) return { ok: false, report: fileErrorReport(1, "The file has a header line but no rows.") };
    return { ok: true, table };
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, report: fileErrorReport(error.line, error.message.replace("people", "rows")) };
    throw error;
  }
}

/**
 * Checks every row against the teams in Pillars (`inScope`: the actor may write it) and the
 * organisation's current month. `rows` holds the valid rows; the report is ok only when
 * every row is.
 */
export function validateQualityTable(table: CsvTable, { teams, currentMonth }: { teams: ImportTeam[]; currentMonth: string }): QualityImportReport {
  const index = new Map<string, number>();
  const warnings: string[] = [];
  table.headers.forEach((header, position) => {
    const column = normalise(header);
    if ((QUALITY_COLUMNS as readonly string[]).includes(column) && !index.has(column)) index.set(column, position);
    else if (header.trim() !== "") warnings.push(`The column "${header}" is not one Pillars reads; it was ignored.`);
  });
  const missing = QUALITY_COLUMNS.filter((column) => column !== "team" && column !== "team_id" && !index.has(column));
  if (!index.has("team") && !index.has("team_id")) missing.unshift("team");
  if (missing.length > 0) {
    return fileErrorReport(1, `The header line lacks ${missing.length === 1 ? "the column" : "the columns"} ${missing.join(", ")}. Expected: ${TEMPLATE_HEADERS.join(",")} (or team_id instead of team).`);
  }

  const byName = new Map<string, ImportTeam>();
  for (const team of teams) if (!byName.has(team.name.toLowerCase())) byName.set(team.name.toLowerCase(), team);
  const byId = new Map(teams.map((team) => [team.id, team]));
  const schema = metricRowSchema(currentMonth);
  const errors: ImportIssue[] = [...table.issues];
  const rows: ParsedMonth[] = [];
  const seen = new Map<string, number>();

  for (const record of table.records) {
    const cell = (column: Column) => {
      const position = index.get(column);
      return position === undefined ? "" : (record.values[position] ?? "").trim();
    };
    const before = errors.length;
    const team = resolveTeam(cell("team"), cell("team_id"), byName, byId, (field, message) => errors.push({ line: record.line, field, message }));
    const parsed = schema.safeParse(Object.fromEntries(Object.entries(FIELD_COLUMN).map(([field, column]) => [field, cell(column)])));
    if (!parsed.success) {
      const reported = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = FIELD_COLUMN[String(issue.path[0]) as keyof typeof FIELD_COLUMN] ?? "row";
        if (reported.has(field)) continue;
        reported.add(field);
        errors.push({ line: record.line, field, message: issue.message });
      }
    }
    if (team && parsed.success) {
      const key = `${team.id}:${parsed.data.month}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ line: record.line, field: "month", message: `${team.name}, ${parsed.data.month} is also on line ${first}.` });
      } else {
        seen.set(key, record.line);
      }
    }
    if (errors.length === before && team && parsed.success) rows.push({ line: record.line, teamId: team.id, ...parsed.data });
  }

  errors.sort((a, b) => a.line - b.line);
  const months = rows.map((row) => row.month).sort();
  const summary: QualityImportSummary = {
    ...emptySummary(table.records.length),
    teams: new Set(rows.map((row) => row.teamId)).size,
    from: months[0] ?? null,
    to: months.at(-1) ?? null,
  };
  return { ok: errors.length === 0, errors, warnings, rows: errors.length === 0 ? rows : [], summary };
}

function resolveTeam(
  name: string,
  rawId: string,
  byName: Map<string, ImportTeam>,
  byId: Map<number, ImportTeam>,
  report: (field: Column, message: string) => void,
): ImportTeam | null {
  let team: ImportTeam | undefined;
  if (rawId !== "") {
    if (!/^[1-9]\d{0,8}$/.test(rawId)) {
      report("team_id", "Enter the team id as a whole number");
      return null;
    }
    team = byId.get(Number(rawId));
    if (!team) {
      report("team_id", `No team has the id ${rawId}.`);
      return null;
    }
    if (name !== "" && name.toLowerCase() !== team.name.toLowerCase()) {
      report("team", `The team id ${rawId} is ${team.name}, not ${name}.`);
      return null;
    }
  } else if (name === "") {
    report("team", "Enter the team's name (or its id in team_id)");
    return null;
  } else {
    team = byName.get(name.toLowerCase());
    if (!team) {
      report("team", `No team is named ${name}.`);
      return null;
    }
  }
  if (!team.inScope) {
    report(rawId !== "" ? "team_id" : "team", `${team.name} is not one of your teams; you cannot import its figures.`);
    return null;
  }
  return team;
}
