import type { Actor } from "@/lib/auth/actor";
import { quarterKey } from "@/lib/dashboard/filters";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { sendJob } from "@/lib/jobs/sender";
import { logger } from "@/lib/logger";
import type { FiscalQuarter } from "@/lib/metrics/fiscal";
import { reportCsvZip } from "./csv";
import { reportPdf } from "./pdf";
import type { ReportFormat } from "./schemas";
import { buildSnapshot } from "./snapshot";
import type { ReportSnapshotData } from "./types";
import { reportXlsx } from "./xlsx";

// Generating a report runs in the worker process (lib/jobs/worker.ts), never on a request: the
// web side queues the snapshot's id, the job builds the snapshot as its maker would see it now,
// stores it, and renders the three files from it once. Downloads serve those stored bytes, so a
// past report reads the same however the data changes (DESIGN.md, "Screens" → Reports).

export const REPORT_QUEUE = "report-generate";
/** One retry, which finds the row already claimed and does nothing: a report is never generated twice. */
export const REPORT_QUEUE_OPTIONS = { retryLimit: 1, retryDelay: 30, expireInSeconds: 15 * 60 } as const;

export type ReportJobData = { snapshotId: number };

export const PROGRESS = { claimed: 0, started: 10, stored: 50, pdf: 70, xlsx: 85, csv: 100 } as const;

export const MAKER_GONE = "The person who asked for this report can no longer sign in.";
const NOT_ALLOWED = "The person who asked for this report may no longer report on this scope.";
const UNEXPECTED = "The report could not be generated. Ask for it again; if it fails again, an administrator can find the cause in the worker's log.";

export const quarterOf = (row: { fiscalYear: number; quarter: number }) =>
  quarterKey({ fiscalYear: row.fiscalYear, quarter: row.quarter as FiscalQuarter["quarter"] });

/** Queues the generation of a report row (QUEUED); the singleton key keeps a double send to one job. */
export async function enqueueReport(id: number): Promise<void> {
  const data: ReportJobData = { snapshotId: id };
  await sendJob(REPORT_QUEUE, REPORT_QUEUE_OPTIONS, data, { singletonKey: `report-${id}` });
}

/** One format of a snapshot, rendered (pure: the same snapshot gives the same content). */
export async function renderReportFile(format: ReportFormat, data: ReportSnapshotData): Promise<Buffer> {
  switch (format) {
    case "pdf":
      return reportPdf(data);
    case "xlsx":
      return reportXlsx(data);
    case "csv":
      return Buffer.from(reportCsvZip(data));
  }
}

/**
 * Stores rendered files of a snapshot, unless its data changed since they were rendered from it
 * (an erasure rewrote names meanwhile: those files would bring the old names back). The row lock
 * waits for an erasure in progress. Returns whether the files were stored.
 */
export async function storeReportFiles(
  snapshotId: number,
  data: ReportSnapshotData,
  files: ReadonlyArray<{ format: ReportFormat; content: Buffer }>,
  finish?: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ same: boolean }>>`
      SELECT data = ${JSON.stringify(data)}::jsonb AS same FROM "ReportSnapshot" WHERE id = ${snapshotId} FOR UPDATE`;
    const same = row?.same === true;
    if (same) {
      await tx.reportFile.createMany({
        data: files.map(({ format, content }) => ({ snapshotId, format, content: new Uint8Array(content), bytes: content.length })),
        skipDuplicates: true,
      });
    }
    if (finish) await finish(tx);
    return same;
  });
}

/** The maker as an Actor, as a request of theirs would load them now; null once they cannot sign in. */
async function makerOf(userId: number): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, roles: true, personId: true, active: true } });
  if (!user?.active) return null;
  return { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
}

const setProgress = (id: number, progress: number) => db().reportSnapshot.update({ where: { id }, data: { progress } });

async function fail(id: number, error: string): Promise<void> {
  await db().reportSnapshot.updateMany({ where: { id, status: "RUNNING" }, data: { status: "FAILED", error, completedAt: new Date() } });
}

export type ReportJobOutcome = "done" | "failed" | "skipped";

/**
 * Generates a queued report. Claims the row first (QUEUED → RUNNING in one conditional UPDATE),
 * so a retried or duplicated job finds nothing to do. Expected failures end as FAILED with a
 * message for the maker; nothing is thrown back to the queue, whose retry would find the row taken.
 */
export async function runReportJob(id: number): Promise<ReportJobOutcome> {
  const { count } = await db().reportSnapshot.updateMany({ where: { id, status: "QUEUED" }, data: { status: "RUNNING", progress: PROGRESS.claimed } });
  if (count === 0) return "skipped";
  const row = await db().reportSnapshot.findUniqueOrThrow({ where: { id }, select: { fiscalYear: true, quarter: true, scopePersonId: true, generatedById: true } });
  try {
    const actor = await makerOf(row.generatedById);
    if (!actor) {
      await fail(id, MAKER_GONE);
      return "failed";
    }
    await setProgress(id, PROGRESS.started);
    const input = row.scopePersonId === null ? { quarter: quarterOf(row) } : { quarter: quarterOf(row), scopePersonId: row.scopePersonId };
    const data = await buildSnapshot({ actor, input });
    await db().reportSnapshot.update({ where: { id }, data: { data: data as unknown as Prisma.InputJsonValue, progress: PROGRESS.stored } });

    const pdf = await renderReportFile("pdf", data);
    await setProgress(id, PROGRESS.pdf);
    const xlsx = await renderReportFile("xlsx", data);
    await setProgress(id, PROGRESS.xlsx);
    const csv = await renderReportFile("csv", data);
    const files = [{ format: "pdf", content: pdf }, { format: "xlsx", content: xlsx }, { format: "csv", content: csv }] as const;
    await storeReportFiles(id, data, files, (tx) =>
      tx.reportSnapshot.update({ where: { id }, data: { status: "DONE", progress: PROGRESS.csv, completedAt: new Date() } }));
    return "done";
  } catch (error) {
    if (isAppError(error)) {
      // NOT_FOUND: the maker lost the permission or the scope since asking (a role change, a move in the tree).
      await fail(id, error.code === "NOT_FOUND" ? NOT_ALLOWED : error.message);
    } else {
      logger.error({ err: error, snapshotId: id }, "report generation failed");
      await fail(id, UNEXPECTED);
    }
    return "failed";
  }
}
