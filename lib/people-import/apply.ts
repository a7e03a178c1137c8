import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rebuildClosure } from "@/lib/org/closure";
import { insertAuditEvents, personAuditInputs } from "./audit";
import { prepareFile, validatePrepared } from "./check";
import type { ColumnOverrides } from "./detect-columns";
import { recordReportingLines } from "./history";
import { loadExisting, organisationToday } from "./queries";
import { ZImportOptions } from "./schemas";
import type { ImportReport, ManagerRef, ParsedPerson } from "./types";
import { insertPeople, insertTeams, releaseEmails, type ResolvedPerson, setManagers, updatePeople } from "./write";

// The people CSV import: a dry run that reports every bad row, and the import itself, all or
// nothing in one transaction. Both need people:write (ADMIN, HR_PARTNER).

export const IMPORT_PHASES = ["read", "check", "teams", "people", "history", "closure", "audit", "done"] as const;
export type ImportProgress = { phase: (typeof IMPORT_PHASES)[number]; done: number; total: number };

export type ImportInput = {
  actor: Actor;
  /** The uploaded file, preferably as bytes so its encoding can be checked. */
  csv: Uint8Array | string;
  columns?: ColumnOverrides;
};

/** Rolls the transaction back while carrying the report out of it. */
class Rejected extends Error {
  constructor(readonly report: ImportReport) {
    super("import rejected");
  }
}

function parseOptions(options: { effectiveDate?: string; columns?: ColumnOverrides }) {
  const parsed = ZImportOptions.safeParse(options);
  if (parsed.success) return parsed.data;
  const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), [issue.message]]));
  throw new AppError("UNPROCESSABLE", "Some options need attention.", fieldErrors);
}

/** Checks a file against the people in Pillars and reports what an import would do; writes nothing. */
export async function dryRunImport({ actor, csv, columns }: ImportInput): Promise<ImportReport> {
  requirePermission(actor, "people:write");
  const options = parseOptions({ columns });
  const file = prepareFile(csv, options.columns);
  if (!file.ok) return file.report;
  return validatePrepared(file, await loadExisting(db()));
}

/**
 * Imports a file: creates or updates people by employee id, creates missing teams, records
 * reporting-line history for everyone whose manager or team changed, rebuilds the tree's
 * closure and audits it all. Returns the report; when it is not ok, nothing was written.
 */
export async function applyImport({
  actor,
  csv,
  columns,
  effectiveDate,
  onProgress,
  requestId,
  ip = null,
}: ImportInput & {
  /** YYYY-MM-DD: the day manager and team changes take effect; the organisation's today by default. */
  effectiveDate?: string;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  requestId?: string;
  ip?: string | null;
}): Promise<ImportReport> {
  requirePermission(actor, "people:write");
  const options = parseOptions({ effectiveDate, columns });
  const total = IMPORT_PHASES.length - 1;
  const progress = async (phase: ImportProgress["phase"]) => onProgress?.({ phase, done: IMPORT_PHASES.indexOf(phase), total });

  await progress("read");
  const file = prepareFile(csv, options.columns);
  if (!file.ok) return file.report;
  try {
    const report = await db().$transaction(
      async (tx) => {
        // Writers of people and teams wait until the import commits; readers do not. The check
        // below therefore sees exactly the tree the import will change.
        await tx.$executeRaw`LOCK TABLE "Person", "Team" IN SHARE ROW EXCLUSIVE MODE`;
        await progress("check");
        const existing = await loadExisting(tx);
        const checked = validatePrepared(file, existing);
        if (!checked.ok) throw new Rejected(checked);
        const effective = options.effectiveDate ?? (await organisationToday(tx));

        await progress("teams");
        const teamIds = new Map(existing.teams.map((team) => [team.name.toLowerCase(), team.id]));
        for (const team of await insertTeams(tx, checked.summary.newTeams)) teamIds.set(team.name.toLowerCase(), team.id);
        const teamOf = (name: string | null) => (name === null ? null : (teamIds.get(name.toLowerCase()) ?? null));

        await progress("people");
        const existingById = new Map(existing.people.map((person) => [person.id, person]));
        const creates = checked.rows.filter((person) => person.change === "create");
        const updates = checked.rows.filter((person) => person.change === "update");
        await releaseEmails(tx, updates.filter((person) => existingById.get(person.personId as number)?.email !== person.email).map((person) => person.personId as number));
        const newIds = await insertPeople(tx, creates, teamOf);
        const managerOf = (ref: ManagerRef | null) => (ref === null ? null : "personId" in ref ? ref.personId : (newIds.get(ref.newEmployeeId) as number));
        const resolve = (person: ParsedPerson, id: number): ResolvedPerson => ({ id, person, teamId: teamOf(person.team), managerId: managerOf(person.manager) });
        const created = creates.map((person) => resolve(person, newIds.get(person.employeeId) as number));
        const updated = updates.map((person) => resolve(person, person.personId as number));
        await updatePeople(tx, updated);
        await setManagers(tx, created);

        await progress("history");
        const moved = updated.filter((row) => row.person.managerChanged || row.person.teamChanged);
        await recordReportingLines(tx, { created, moved, effectiveDate: effective, changedById: actor.userId });

        await progress("closure");
        await rebuildClosure(tx);

        await progress("audit");
        const trace = requestId ?? `people-import:${randomUUID()}`;
        const teamEvents = checked.summary.newTeams.map((name) => ({
          actorId: actor.userId,
          action: "team.create",
          entityType: "Team",
          entityId: teamIds.get(name.toLowerCase()) ?? null,
          after: { name },
        }));
        await insertAuditEvents(tx, [...teamEvents, ...personAuditInputs([...created, ...updated], existingById, actor.userId)], trace, ip);
        const { rows, create, update, unchanged, managerChanges, teamChanges, newTeams } = checked.summary;
        await recordAudit(
          {
            actorId: actor.userId,
            action: "people.import",
            entityType: "Person",
            after: { rows, created: create, updated: update, unchanged, managerChanges, teamChanges, teamsCreated: newTeams.length, effectiveDate: effective },
            requestId: trace,
            ip,
          },
          tx,
        );
        return checked;
      },
      // Long enough for 20,000 rows on a small machine; the default (5 s) is for form saves.
      { timeout: 5 * 60_000, maxWait: 30_000 },
    );
    await progress("done");
    return report;
  } catch (error) {
    if (error instanceof Rejected) return error.report;
    throw error;
  }
}
