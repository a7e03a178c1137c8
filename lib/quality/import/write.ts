import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { teamScope, teamWhere } from "../access";
import { currentMonth } from "../queries";
import { type ImportTeam, type ParsedMonth, type QualityImportReport, readQualityFile, validateQualityTable } from "./validate";

// The quality CSV import (quality:write): a dry run that reports every bad row and what the
// import would do, and the import itself, all or nothing in one transaction: every row is
// upserted by (team, month) with source CSV, and one audit event records the counts.

type Tx = Prisma.TransactionClient;

export const QUALITY_IMPORT_STAGES = ["read", "check", "write", "audit", "done"] as const;
export type QualityImportProgress = { stage: (typeof QUALITY_IMPORT_STAGES)[number]; done: number; total: number };
type OnProgress = (progress: QualityImportProgress) => void | Promise<void>;

/** Rows per INSERT: a 20,000-row file reports progress ten times while it writes. */
const CHUNK = 2_000;

/** Every team with whether the actor may write its figures (names of other teams are directory information). */
async function importTeams(tx: Tx, actor: Actor): Promise<ImportTeam[]> {
  const scope = teamScope(actor, "write");
  const [teams, writable] = await Promise.all([
    tx.team.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    scope.kind === "all" ? null : tx.team.findMany({ where: teamWhere(scope), select: { id: true } }),
  ]);
  const allowed = writable === null ? null : new Set(writable.map((team) => team.id));
  return teams.map((team) => ({ ...team, inScope: allowed === null || allowed.has(team.id) }));
}

/** How many rows would add a month and how many would replace one. */
async function countExisting(tx: Tx, rows: ParsedMonth[]): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = rows.map((row) => ({ teamId: row.teamId, month: `${row.month}-01` }));
  const [{ count }] = await tx.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM "TeamMonthlyMetric" m
    JOIN jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS k("teamId" int, month date) ON m."teamId" = k."teamId" AND m.month = k.month`;
  return count;
}

async function check(tx: Tx, actor: Actor, csv: Uint8Array | string, onProgress: OnProgress | undefined): Promise<QualityImportReport> {
  await onProgress?.({ stage: "read", done: 0, total: 0 });
  const file = readQualityFile(csv);
  if (!file.ok) return file.report;
  const total = file.table.records.length;
  await onProgress?.({ stage: "check", done: 0, total });
  const report = validateQualityTable(file.table, { teams: await importTeams(tx, actor), currentMonth: await currentMonth() });
  await onProgress?.({ stage: "check", done: total, total });
  if (!report.ok) return report;
  const update = await countExisting(tx, report.rows);
  return { ...report, summary: { ...report.summary, update, create: report.rows.length - update } };
}

/** The dry run: checks the file and says what an import would do; writes nothing. */
export async function dryRunQualityImport({ actor, csv, onProgress }: { actor: Actor; csv: Uint8Array | string; onProgress?: OnProgress }): Promise<QualityImportReport> {
  requirePermission(actor, "quality:write");
  const report = await check(db(), actor, csv, onProgress);
  await onProgress?.({ stage: "done", done: report.summary.rows, total: report.summary.rows });
  return report;
}

/** Carries a failed check's report out of the transaction while rolling it back. */
class Rejected extends Error {
  constructor(readonly report: QualityImportReport) {
    super("import rejected");
  }
}

async function upsertChunk(tx: Tx, rows: ParsedMonth[]): Promise<void> {
  const values = rows.map((row) => ({
    teamId: row.teamId, month: `${row.month}-01`, deployments: row.deployments, deployDays: row.deployDays, leadTimeHours: row.leadTimeHours,
    failedDeployments: row.failedDeployments, timeToRestoreHours: row.timeToRestoreHours, incidents: row.incidents,
  }));
  // Unchanged months keep their version, so a re-import of the same file changes nothing.
  await tx.$executeRaw`
    INSERT INTO "TeamMonthlyMetric" ("teamId", month, deployments, "deployDays", "leadTimeHours", "failedDeployments", "timeToRestoreHours", incidents, source, "updatedAt")
    SELECT "teamId", month, deployments, "deployDays", "leadTimeHours", "failedDeployments", "timeToRestoreHours", incidents, 'CSV'::"MetricSource", now()
    FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS r("teamId" int, month date, deployments int, "deployDays" int,
      "leadTimeHours" double precision, "failedDeployments" int, "timeToRestoreHours" double precision, incidents int)
    ON CONFLICT ("teamId", month) DO UPDATE SET
      deployments = EXCLUDED.deployments, "deployDays" = EXCLUDED."deployDays", "leadTimeHours" = EXCLUDED."leadTimeHours",
      "failedDeployments" = EXCLUDED."failedDeployments", "timeToRestoreHours" = EXCLUDED."timeToRestoreHours", incidents = EXCLUDED.incidents,
      source = 'CSV'::"MetricSource", version = "TeamMonthlyMetric".version + 1, "updatedAt" = now()
    WHERE ("TeamMonthlyMetric".deployments, "TeamMonthlyMetric"."deployDays", "TeamMonthlyMetric"."leadTimeHours", "TeamMonthlyMetric"."failedDeployments",
           "TeamMonthlyMetric"."timeToRestoreHours", "TeamMonthlyMetric".incidents, "TeamMonthlyMetric".source)
      IS DISTINCT FROM (EXCLUDED.deployments, EXCLUDED."deployDays", EXCLUDED."leadTimeHours", EXCLUDED."failedDeployments",
           EXCLUDED."timeToRestoreHours", EXCLUDED.incidents, EXCLUDED.source)`;
}

/**
 * Imports a file: checks it again inside the transaction, then upserts every row. Returns the
 * report; when it is not ok, nothing was written.
 */
export async function applyQualityImport({
  actor,
  csv,
  onProgress,
  requestId,
  ip = null,
}: {
  actor: Actor;
  csv: Uint8Array | string;
  onProgress?: OnProgress;
  requestId?: string;
  ip?: string | null;
}): Promise<QualityImportReport> {
  requirePermission(actor, "quality:write");
  try {
    const report = await db().$transaction(
      async (tx) => {
        // Hand edits of figures wait until the import commits, so its counts are exact.
        await tx.$executeRaw`LOCK TABLE "TeamMonthlyMetric" IN SHARE ROW EXCLUSIVE MODE`;
        const checked = await check(tx, actor, csv, onProgress);
        if (!checked.ok) throw new Rejected(checked);
        const total = checked.rows.length;
        for (let start = 0; start < total; start += CHUNK) {
          await onProgress?.({ stage: "write", done: start, total });
          await upsertChunk(tx, checked.rows.slice(start, start + CHUNK));
        }
        await onProgress?.({ stage: "audit", done: total, total });
        const { rows, create, update, teams, from, to } = checked.summary;
        await recordAudit(
          {
            actorId: actor.userId,
            action: "quality.import",
            entityType: "TeamMonthlyMetric",
            after: { rows, created: create, updated: update, teams, from, to },
            requestId: requestId ?? `quality-import:${randomUUID()}`,
            ip,
          },
          tx,
        );
        return checked;
      },
      // Long enough for 20,000 rows on a small machine; the default (5 s) is for form saves.
      { timeout: 5 * 60_000, maxWait: 30_000 },
    );
    await onProgress?.({ stage: "done", done: report.rows.length, total: report.rows.length });
    return report;
  } catch (error) {
    if (error instanceof Rejected) return error.report;
    throw error;
  }
}

