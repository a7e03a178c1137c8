import type { RawRow } from "./detect-columns";
import { type ImportCells, ZImportCells } from "./schemas";
import { checkReportingGraph } from "./reporting-graph";
import { buildPeople } from "./build-people";
import type { ExistingOrg, ExistingPerson, ImportIssue, ImportReport } from "./types";

// Every rule a file must pass, checked against the people already in Pillars. Nothing stops at
// the first problem: each row is checked on its own, then duplicates, emails, managers and the
// shape of the resulting tree across rows, so one dry run lists everything to fix.

/** A row on its way through the checks; `key` names its person in the tree ("p:<id>" or "n:<employee id>"). */
export type Candidate = {
  line: number;
  present: RawRow["values"];
  cells: Partial<ImportCells>;
  key: string | null;
  existing: ExistingPerson | null;
  managerKey?: string | null;
};

const REQUIRED = new Set(["employeeId", "name", "startDate"]);

function checkCells(row: RawRow, errors: ImportIssue[]): Candidate {
  const cells: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(ZImportCells)) {
    const value = row.values[field as keyof RawRow["values"]] ?? (REQUIRED.has(field) ? "" : undefined);
    if (value === undefined) continue;
    const result = schema.safeParse(value);
    if (result.success) cells[field] = result.data;
    else errors.push({ line: row.line, field, message: result.error.issues[0]?.message ?? "Not valid." });
  }
  return { line: row.line, present: row.values, cells: cells as Partial<ImportCells>, key: null, existing: null };
}

const existingKey = (person: ExistingPerson) => `p:${person.id}`;

export function validateImport(rows: RawRow[], existing: ExistingOrg): ImportReport {
  const errors: ImportIssue[] = [];
  const candidates = rows.map((row) => checkCells(row, errors));
  const byEmployeeId = new Map(existing.people.filter((p) => p.employeeId !== null).map((p) => [p.employeeId as string, p]));
  const byEmail = new Map(existing.people.filter((p) => p.email !== null).map((p) => [(p.email as string).toLowerCase(), p]));

  // Employee ids: unique in the file; an existing id means "update that person". A person
  // entered by hand without an employee id is adopted by their email instead of clashing.
  const fileRows = new Map<string, Candidate>();
  const claimed = new Set<string>();
  for (const candidate of candidates) {
    const employeeId = candidate.cells.employeeId;
    if (employeeId === undefined) continue;
    const first = fileRows.get(employeeId);
    if (first) {
      errors.push({ line: candidate.line, field: "employeeId", message: `The employee id ${employeeId} is also on line ${first.line}.` });
      continue;
    }
    fileRows.set(employeeId, candidate);
    const email = candidate.cells.email;
    const adoptable = email ? byEmail.get(email) : undefined;
    const match = byEmployeeId.get(employeeId) ?? (adoptable && adoptable.employeeId === null && !claimed.has(existingKey(adoptable)) ? adoptable : null);
    if (match?.erased) {
      errors.push({ line: candidate.line, field: "employeeId", message: `The employee id ${employeeId} belongs to an erased person and cannot be imported again.` });
      continue;
    }
    candidate.existing = match;
    candidate.key = match ? existingKey(match) : `n:${employeeId}`;
    claimed.add(candidate.key);
  }
  const keyed = candidates.filter((candidate) => candidate.key !== null);
  const rowByKey = new Map(keyed.map((candidate) => [candidate.key as string, candidate]));
  const existingByKey = new Map(existing.people.map((person) => [existingKey(person), person]));
  const label = (key: string) => rowByKey.get(key)?.cells.employeeId ?? existingByKey.get(key)?.employeeId ?? `person #${key.slice(2)}`;

  // Emails as they will be after the import: one owner each, whether in the file or not.
  const emailOwner = new Map<string, string>();
  for (const person of existing.people) {
    const overwritten = rowByKey.get(existingKey(person))?.present.email !== undefined;
    if (person.email && !overwritten) emailOwner.set(person.email.toLowerCase(), existingKey(person));
  }
  for (const candidate of keyed) {
    const email = candidate.cells.email;
    if (!email) continue;
    const owner = emailOwner.get(email);
    if (owner === undefined) emailOwner.set(email, candidate.key as string);
    else if (owner !== candidate.key) {
      const other = rowByKey.get(owner);
      const message = other ? `The email ${email} is also on line ${other.line}.` : `The email ${email} belongs to another person already in Pillars (${label(owner)}).`;
      errors.push({ line: candidate.line, field: "email", message });
    }
  }

  // Managers: by email when the value has an @, otherwise by employee id; the file first, then Pillars.
  const parent = new Map<string, string | null>();
  for (const person of existing.people) parent.set(existingKey(person), person.managerId === null ? null : `p:${person.managerId}`);
  for (const candidate of keyed) {
    const key = candidate.key as string;
    if (!candidate.existing) parent.set(key, null);
    const ref = candidate.cells.manager;
    if (ref === undefined) continue;
    let managerKey: string | null | undefined = null;
    if (ref !== null) {
      const byId = fileRows.get(ref)?.key ?? (byEmployeeId.has(ref) ? existingKey(byEmployeeId.get(ref) as ExistingPerson) : undefined);
      managerKey = ref.includes("@") ? emailOwner.get(ref.toLowerCase()) : byId;
    }
    // As in the directory, nobody is newly placed under someone who has left; people already there may stay.
    const leaver = managerKey ? existingByKey.get(managerKey) : undefined;
    if (managerKey === undefined) {
      errors.push({ line: candidate.line, field: "manager", message: `Unknown manager "${ref}": not in this file and not a person in Pillars.` });
    } else if (leaver?.endDate && leaver.id !== candidate.existing?.managerId) {
      errors.push({ line: candidate.line, field: "manager", message: `The manager ${label(managerKey as string)} has left (end date ${leaver.endDate}).` });
    } else if (managerKey === key) {
      errors.push({ line: candidate.line, field: "manager", message: "A person cannot be their own manager." });
    } else {
      candidate.managerKey = managerKey;
      parent.set(key, managerKey);
    }
  }
  const lineOf = new Map(keyed.map((candidate) => [candidate.key as string, candidate.line]));
  errors.push(...checkReportingGraph({ parent, lineOf, label }));

  errors.sort((a, b) => a.line - b.line);
  const badLines = new Set(errors.map((error) => error.line));
  const { people, summary } = buildPeople(keyed.filter((candidate) => !badLines.has(candidate.line)), existing, rows.length);
  return { ok: errors.length === 0, rows: people, errors, warnings: [], summary };
}
