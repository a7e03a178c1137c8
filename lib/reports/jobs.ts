import type { Actor } from "@/lib/auth/actor";
import { quarterKey } from "@/lib/dashboard/filters";
import { db } from "@/lib/db";
import { formerEmployeeName, nameMatcher, replaceNames } from "@/lib/erasure/scrub";
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
// stores it, and renders the three files from it once, storing each as soon as it is ready.
// Downloads serve those stored bytes, so a past report reads the same however the data changes
// (DESIGN.md, "Screens" → Reports).

export const REPORT_QUEUE = "report-generate";
/**
 * One retry, which finds the row already claimed and does nothing: a report is never generated
 * twice. `notify`: a send wakes the worker at once (LISTEN/NOTIFY) rather than at its next poll.
 */
export const REPORT_QUEUE_OPTIONS = { retryLimit: 1, retryDelay: 30, expireInSeconds: 15 * 60, notify: true } as const;

export type ReportJobData = { snapshotId: number };

/**
 * The order files are rendered and stored in: quickest first, so the tables can be downloaded
 * while the PDF is still being drawn. Each format's progress is reached when its file is stored.
 */
export const RENDER_ORDER = ["csv", "xlsx", "pdf"] as const satisfies readonly ReportFormat[];
export const PROGRESS = { claimed: 0, started: 10, stored: 40, csv: 50, xlsx: 65, pdf: 100 } as const;

/** How long a report may stay RUNNING before the sweep takes its worker for dead (the job's own expiry, and a margin). */
export const ABANDONED_AFTER_SECONDS = REPORT_QUEUE_OPTIONS.expireInSeconds + 5 * 60;

export const MAKER_GONE = "The person who asked for this report can no longer sign in.";
const NOT_ALLOWED = "The person who asked for this report may no longer report on this scope.";
export const ABANDONED = "The worker stopped while generating this report. Ask for it again.";
/** How long a report may wait QUEUED before the sweep takes its job for lost (the job's expiry, one retry, and a margin). */
export const UNCLAIMED_AFTER_SECONDS = ABANDONED_AFTER_SECONDS + REPORT_QUEUE_OPTIONS.retryDelay + 5 * 60;
export const UNCLAIMED = "No worker took this report up. Ask for it again; if that happens again, an administrator should check that the worker is running.";
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

/** Every person a snapshot names, as its { id, name } references do (lib/reports/types.ts, PersonRef). */
function peopleNamed(value: unknown, found = new Map<number, string>()): Map<number, string> {
  if (Array.isArray(value)) for (const item of value) peopleNamed(item, found);
  else if (value !== null && typeof value === "object") {
    const { id, name, ...rest } = value as Record<string, unknown>;
    if (Object.keys(rest).length === 0 && typeof id === "number" && typeof name === "string") found.set(id, name);
    else for (const item of Object.values(value)) peopleNamed(item, found);
  }
  return found;
}

/**
 * Stores a freshly built snapshot's data; returns it as stored, and its fingerprint. An erasure that committed
 * while the snapshot was being built has already rewritten every stored snapshot but could not
 * reach this one: its people's names are replaced here as the erasure would have. Their rows are
 * locked (shared) first, so an erasure in progress is waited for and one starting later waits for
 * this data, which it then rewrites itself.
 */
export async function storeSnapshotData(snapshotId: number, data: ReportSnapshotData): Promise<{ data: ReportSnapshotData; fingerprint: string }> {
  return db().$transaction(async (tx) => {
    const named = peopleNamed(data);
    const erased = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM (SELECT id, "erasedAt" FROM "Person" WHERE id = ANY(${[...named.keys()]}::int[]) ORDER BY id FOR SHARE) AS p WHERE "erasedAt" IS NOT NULL`;
    let stored: unknown = data;
    for (const { id } of erased) stored = replaceNames(stored, nameMatcher([named.get(id)!]), formerEmployeeName(id));
    const [row] = await tx.$queryRaw<Array<{ fingerprint: string }>>`
      UPDATE "ReportSnapshot" SET data = ${JSON.stringify(stored)}::jsonb, progress = ${PROGRESS.stored}
      WHERE id = ${snapshotId} AND status = 'RUNNING' RETURNING md5(data::text) AS fingerprint`;
    if (!row) throw new NoLongerRunning();
    return { data: stored as ReportSnapshotData, fingerprint: row.fingerprint };
  }, { timeout: 60_000 });
}

/** A snapshot's data as stored, and a fingerprint of it that tells whether it has changed since. */
export async function storedSnapshot(snapshotId: number): Promise<{ data: ReportSnapshotData; fingerprint: string }> {
  const [row] = await db().$queryRaw<Array<{ data: ReportSnapshotData; fingerprint: string }>>`
    SELECT data, md5(data::text) AS fingerprint FROM "ReportSnapshot" WHERE id = ${snapshotId} AND data IS NOT NULL`;
  if (!row) throw new Error(`report ${snapshotId} has no data`);
  return row;
}

/**
 * Stores rendered files of a snapshot, unless its data changed since they were rendered from it
 * (an erasure rewrote names meanwhile: those files would bring the old names back). The row lock
 * waits for an erasure in progress. Returns whether the files were stored.
 */
export async function storeReportFiles(
  snapshotId: number,
  fingerprint: string,
  files: ReadonlyArray<{ format: ReportFormat; content: Buffer }>,
  finish?: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Array<{ same: boolean }>>`
      SELECT md5(data::text) = ${fingerprint} AS same FROM "ReportSnapshot" WHERE id = ${snapshotId} FOR UPDATE`;
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

/** The report is no longer this job's: the sweep failed it meanwhile (a job outliving its expiry). */
class NoLongerRunning extends Error {}

/** Moves a RUNNING report on (progress, DONE); stops the job if it is no longer RUNNING. */
async function advance(client: Prisma.TransactionClient, id: number, data: Prisma.ReportSnapshotUpdateManyMutationInput): Promise<void> {
  const { count } = await client.reportSnapshot.updateMany({ where: { id, status: "RUNNING" }, data });
  if (count === 0) throw new NoLongerRunning();
}

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
  const { count } = await db().reportSnapshot.updateMany({ where: { id, status: "QUEUED" }, data: { status: "RUNNING", progress: PROGRESS.claimed, startedAt: new Date() } });
  if (count === 0) return "skipped";
  const row = await db().reportSnapshot.findUniqueOrThrow({ where: { id }, select: { fiscalYear: true, quarter: true, scopePersonId: true, generatedById: true } });
  try {
    const actor = await makerOf(row.generatedById);
    if (!actor) {
      await fail(id, MAKER_GONE);
      return "failed";
    }
    await advance(db(), id, { progress: PROGRESS.started });
    const input = row.scopePersonId === null ? { quarter: quarterOf(row) } : { quarter: quarterOf(row), scopePersonId: row.scopePersonId };
    const { data, fingerprint } = await storeSnapshotData(id, await buildSnapshot({ actor, input }));

    for (const format of RENDER_ORDER) {
      const content = await renderReportFile(format, data);
      const last = format === RENDER_ORDER.at(-1);
      await storeReportFiles(id, fingerprint, [{ format, content }], (tx) =>
        advance(tx, id, last ? { status: "DONE", progress: PROGRESS[format], completedAt: new Date() } : { progress: PROGRESS[format] }));
    }
    return "done";
  } catch (error) {
    if (error instanceof NoLongerRunning) return "skipped";
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

/**
 * Fails reports left RUNNING by a worker that died mid-way (its job expired and the retry found
 * the row taken), and reports left QUEUED whose job was lost, so their makers see why and can ask
 * again instead of watching "Generating…" for ever. Run every few minutes by the worker.
 */
export async function failAbandonedReports(now: Date = new Date()): Promise<number> {
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  const [running, queued] = await Promise.all([
    db().reportSnapshot.updateMany({ where: { status: "RUNNING", startedAt: { lt: ago(ABANDONED_AFTER_SECONDS) } }, data: { status: "FAILED", error: ABANDONED, completedAt: now } }),
    db().reportSnapshot.updateMany({ where: { status: "QUEUED", createdAt: { lt: ago(UNCLAIMED_AFTER_SECONDS) } }, data: { status: "FAILED", error: UNCLAIMED, completedAt: now } }),
  ]);
  return running.count + queued.count;
}
