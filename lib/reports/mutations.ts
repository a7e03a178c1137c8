import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { quarterParam } from "@/lib/dashboard/filters";
import { dashboardContext } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { enqueueReport } from "./jobs";
import { ZRequestReport, type TRequestReport } from "./schemas";

// Asking for a quarterly report: the request only records what was asked and queues the job
// (lib/reports/jobs.ts); the worker generates it. The scope is checked here as well as in the
// job, so a director asking outside their subtree gets NOT_FOUND and nothing is written.

const NOT_QUEUED = "The report could not be queued. Try again in a minute.";

/** Records a report request (QUEUED) and queues its generation. */
export async function requestReport({ actor, input, ip }: { actor: Actor; input: TRequestReport; ip?: string | null }): Promise<{ id: number }> {
  requirePermission(actor, "report:read");
  const { quarter, scopePersonId } = parseOrRefuse(ZRequestReport, input);
  // The dashboard's scope check, the same one the job's snapshot runs: NOT_FOUND outside the actor's scope.
  await dashboardContext({ actor, input: scopePersonId === undefined ? { quarter } : { quarter, under: scopePersonId } });
  const { fiscalYear, quarter: q } = quarterParam(quarter);
  const row = await db().$transaction(async (tx) => {
    const created = await tx.reportSnapshot.create({
      data: { fiscalYear, quarter: q, scopePersonId: scopePersonId ?? null, generatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit({
      actorId: actor.userId, action: "report.request", entityType: "ReportSnapshot", entityId: created.id, ip,
      after: { quarter, scopePersonId: scopePersonId ?? null },
    }, tx);
    return created;
  });
  try {
    await enqueueReport(row.id);
  } catch (error) {
    logger.error({ err: error, snapshotId: row.id }, "could not queue a report");
    await db().reportSnapshot.updateMany({ where: { id: row.id, status: "QUEUED" }, data: { status: "FAILED", error: NOT_QUEUED, completedAt: new Date() } });
    throw new AppError("UNAVAILABLE", NOT_QUEUED);
  }
  return { id: row.id };
}
