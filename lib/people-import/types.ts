import { AppError } from "@/lib/errors";
import type { Region } from "@/lib/generated/prisma/enums";

// Shapes shared by the import's steps: the file → rows → a report (dry run) → the writes.

/** A problem with the file or one of its rows. `line` is the file's line (the header is line 1). */
export type ImportIssue = { line: number; field?: string; message: string };

/** Who a person will report to: someone already in Pillars, or someone this import creates. */
export type ManagerRef = { personId: number } | { newEmployeeId: string };

/**
 * One valid row as it will be stored: columns missing from the file keep the existing
 * person's value, so these are the person's values after the import, not the raw cells.
 */
export type ParsedPerson = {
  line: number;
  employeeId: string;
  /** The existing person this row updates; null when the import creates them. */
  personId: number | null;
  email: string | null;
  name: string;
  title: string | null;
  manager: ManagerRef | null;
  /** The team's name as stored (an existing team matched case-insensitively keeps its spelling). */
  team: string | null;
  location: string | null;
  region: Region | null;
  originCompany: string | null;
  /** YYYY-MM-DD. */
  startDate: string;
  change: "create" | "update" | "unchanged";
  managerChanged: boolean;
  teamChanged: boolean;
};

export type ImportSummary = {
  /** Data rows read (blank lines not counted). */
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  managerChanges: number;
  teamChanges: number;
  newTeams: string[];
};

export type ImportReport = {
  ok: boolean;
  rows: ParsedPerson[];
  /** Every bad row, sorted by line; empty when ok. */
  errors: ImportIssue[];
  /** Things worth knowing that do not stop the import (ignored columns, no email column). */
  warnings: string[];
  summary: ImportSummary;
};

/** The people and teams already in Pillars, as validation needs them. */
export type ExistingPerson = {
  id: number;
  employeeId: string | null;
  email: string | null;
  name: string;
  title: string | null;
  managerId: number | null;
  teamId: number | null;
  location: string | null;
  region: Region | null;
  originCompany: string | null;
  /** YYYY-MM-DD. */
  startDate: string;
  /** YYYY-MM-DD once the person has left (or is leaving). */
  endDate: string | null;
  erased: boolean;
};
export type ExistingOrg = { people: ExistingPerson[]; teams: Array<{ id: number; name: string }> };

/** The whole file is unusable (encoding, size, headers, an unclosed quote); carries the line to look at. */
export class ImportFileError extends AppError {
  readonly line: number;

  constructor(line: number, message: string) {
    super("UNPROCESSABLE", message);
    this.name = "ImportFileError";
    this.line = line;
  }
}

export function emptySummary(rows = 0): ImportSummary {
  return { rows, create: 0, update: 0, unchanged: 0, managerChanges: 0, teamChanges: 0, newTeams: [] };
}
