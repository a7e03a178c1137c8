import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { quarterParam } from "@/lib/dashboard/filters";
import { dashboardContext } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { enqueueReport } from "./jobs";
import { ZRequestReport, type TRequestReport } from "./schemas";

// Asking for a quarterly report: the request only records what was asked and queues the job
// (lib/reports/jobs.ts); the worker generates it. The scope is checked here as well as in the
// job, so a director asking outside their subtree gets NOT_FOUND and nothing is written.

const NO_PERSON = "Your login is not linked to a person in the org chart, so there is nobody to report on. An administrator can link it under Users.";
const NOT_QUEUED = "The report could not be queued. Try again in a minute.";

/**
 * Records a report request (QUEUED) and queues its generation. Asking again for the same quarter
 * and scope while that report is still queued or running (a double submit) returns it instead of
 * a second one.
 */
export async function requestReport({ actor, input, ip }: { actor: Actor; input: TRequestReport; ip?: string | null }): Promise<{ id: number; existing: boolean }> {
  requirePermission(actor, "report:read");
  const { quarter, scopePersonId: chosen } = parseOrRefuse(ZRequestReport, input);
  // No subtree chosen: the actor's whole scope — for a director their own subtree, named on the row
  // so the list says whose organisation it covers and a second request finds the first.
  const scope = scopeFor(actor, "people-data");
  // A director whose login is linked to nobody in the org chart has nobody to report on.
  if (scope.kind === "none") throw new AppError("UNPROCESSABLE", NO_PERSON);
  const scopePersonId = chosen ?? (scope.kind === "subtree" ? scope.rootPersonId : undefined);
  // The dashboard's scope check, the same one the job's snapshot runs: NOT_FOUND outside the actor's scope.
  const context = await dashboardContext({ actor, input: scopePersonId === undefined ? { quarter } : { quarter, under: scopePersonId } });
  if (context.current.from > formatDate(context.today)) {
    throw new AppError("UNPROCESSABLE", "Some fields need attention.", { quarter: [`${context.current.label} has not started yet: choose a quarter up to the current one`] });
  }
  const { fiscalYear, quarter: q } = quarterParam(quarter);
  const row = await db().$transaction(async (tx) => {
    // Serialises one maker's requests (released at commit), so a double submit finds the first.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.userId} FOR UPDATE`;
    const pending = await tx.reportSnapshot.findFirst({
      where: { generatedById: actor.userId, fiscalYear, quarter: q, scopePersonId: scopePersonId ?? null, status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (pending) return { ...pending, existing: true };
    const created = await tx.reportSnapshot.create({
      data: { fiscalYear, quarter: q, scopePersonId: scopePersonId ?? null, generatedById: actor.userId },
      select: { id: true },
    });
    await recordAudit({
      actorId: actor.userId, action: "report.request", entityType: "ReportSnapshot", entityId: created.id, ip,
      after: { quarter, scopePersonId: scopePersonId ?? null },
    }, tx);
    return { ...created, existing: false };
  });
  if (row.existing) return row;
  try {
    await enqueueReport(row.id);
  } catch (error) {
    logger.error({ err: error, snapshotId: row.id }, "could not queue a report");
    await db().reportSnapshot.updateMany({ where: { id: row.id, status: "QUEUED" }, data: { status: "FAILED", error: NOT_QUEUED, completedAt: new Date() } });
    throw new AppError("UNAVAILABLE", NOT_QUEUED);
  }
  return row;
}
