import { PgBoss } from "pg-boss";
import { extendDueDateHorizons, refreshPendingDueDates } from "@/lib/check-ins/due-rollup";
import { sendCheckInReminders } from "@/lib/check-ins/reminders";
import { eraseDuePeople } from "@/lib/erasure/due";
import { logger } from "@/lib/logger";
import { failAbandonedReports, REPORT_QUEUE, REPORT_QUEUE_OPTIONS, runReportJob, type ReportJobData } from "@/lib/reports/jobs";

// Background work on a Postgres-backed queue (pg-boss): one worker process beside the web
// servers (scripts/worker.ts). pg-boss keeps its tables in its own "pgboss" schema, so several
// workers on several machines share the queue and a schedule fires once.

export const QUEUES = {
  /** Daily: erase departed people whose retention period has passed. */
  eraseDeparted: "erase-departed",
  /** Hourly: e-mail managers about overdue check-ins (each at most once a day, from 08:00 org time). */
  checkInReminders: "check-in-reminders",
  /** Every minute: recompute the due dates of people marked stale (readers would otherwise do it on first read). */
  checkInDueDates: "check-in-due-dates",
  /** Daily: extend written due dates that stop short of a year ahead. */
  checkInDueHorizons: "check-in-due-horizons",
  /** On request: generate a quarterly report (sent by lib/reports/mutations.ts). */
  reportGenerate: REPORT_QUEUE,
  /** Every five minutes: fail reports a dead worker left RUNNING, so their makers can ask again. */
  reportSweep: "report-sweep",
} as const;

/** 03:15 UTC every day: a quiet hour for most organisations. */
const ERASE_SCHEDULE = "15 3 * * *";
/** Hourly, so every time zone's 08:00 is met within the hour; the reminder table keeps it to one a day. */
const REMINDER_SCHEDULE = "0 * * * *";
const DUE_DATES_SCHEDULE = "* * * * *";
const DUE_HORIZONS_SCHEDULE = "45 3 * * *";
const REPORT_SWEEP_SCHEDULE = "*/5 * * * *";

export async function startWorker({ connectionString }: { connectionString: string }): Promise<PgBoss> {
  // LISTEN/NOTIFY wakes the report worker when a report is asked for (queues opt in with `notify`);
  // not on the embedded database, whose wire server carries no notifications (polling does instead).
  const boss = new PgBoss({ connectionString, max: 3, useListenNotify: process.env.PILLARS_EMBEDDED !== "1" });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  await boss.createQueue(QUEUES.eraseDeparted, { retryLimit: 3, retryDelay: 300 });
  await boss.schedule(QUEUES.eraseDeparted, ERASE_SCHEDULE);
  await boss.work(QUEUES.eraseDeparted, async () => {
    const { erased } = await eraseDuePeople();
    logger.info({ erased: erased.length }, "erased departed people past their retention period");
    return { erased: erased.length };
  });
  await boss.createQueue(QUEUES.checkInReminders, { retryLimit: 2, retryDelay: 300 });
  await boss.schedule(QUEUES.checkInReminders, REMINDER_SCHEDULE);
  await boss.work(QUEUES.checkInReminders, async () => {
    const { sent } = await sendCheckInReminders({ now: new Date() });
    if (sent > 0) logger.info({ sent }, "sent check-in reminders");
    return { sent };
  });
  // One job queued or running at a time: a long drain is not joined by the next minute's.
  await boss.createQueue(QUEUES.checkInDueDates, { policy: "exclusive", retryLimit: 1, retryDelay: 60 });
  await boss.schedule(QUEUES.checkInDueDates, DUE_DATES_SCHEDULE);
  await boss.work(QUEUES.checkInDueDates, async () => {
    const { people } = await refreshPendingDueDates();
    if (people > 0) logger.info({ people }, "recomputed check-in due dates");
    return { people };
  });
  await boss.createQueue(QUEUES.checkInDueHorizons, { policy: "exclusive", retryLimit: 3, retryDelay: 300 });
  await boss.schedule(QUEUES.checkInDueHorizons, DUE_HORIZONS_SCHEDULE);
  await boss.work(QUEUES.checkInDueHorizons, async () => {
    const { people } = await extendDueDateHorizons();
    logger.info({ people }, "extended check-in due date horizons");
    return { people };
  });
  await boss.createQueue(QUEUES.reportGenerate, REPORT_QUEUE_OPTIONS);
  // A queue made before an option was added keeps its old ones: bring it up to date.
  await boss.updateQueue(QUEUES.reportGenerate, REPORT_QUEUE_OPTIONS);
  // Woken by NOTIFY, and polled every second as well (where notifications do not arrive, as on the
  // embedded database): someone is watching the page for this one.
  await boss.work<ReportJobData>(QUEUES.reportGenerate, { pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return null;
    const outcome = await runReportJob(job.data.snapshotId);
    logger.info({ snapshotId: job.data.snapshotId, outcome }, "report generation");
    return { outcome };
  });
  await boss.createQueue(QUEUES.reportSweep, { policy: "exclusive", retryLimit: 1, retryDelay: 60 });
  await boss.schedule(QUEUES.reportSweep, REPORT_SWEEP_SCHEDULE);
  await boss.work(QUEUES.reportSweep, async () => {
    const failed = await failAbandonedReports();
    if (failed > 0) logger.warn({ failed }, "failed reports left running by a stopped worker");
    return { failed };
  });
  return boss;
}
