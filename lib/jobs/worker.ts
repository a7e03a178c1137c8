import { PgBoss } from "pg-boss";
import { sendCheckInReminders } from "@/lib/check-ins/reminders";
import { eraseDuePeople } from "@/lib/erasure/due";
import { logger } from "@/lib/logger";

// Background work on a Postgres-backed queue (pg-boss): one worker process beside the web
// servers (scripts/worker.ts). pg-boss keeps its tables in its own "pgboss" schema, so several
// workers on several machines share the queue and a schedule fires once.

export const QUEUES = {
  /** Daily: erase departed people whose retention period has passed. */
  eraseDeparted: "erase-departed",
  /** Hourly: e-mail managers about overdue check-ins (each at most once a day, from 08:00 org time). */
  checkInReminders: "check-in-reminders",
} as const;

/** 03:15 UTC every day: a quiet hour for most organisations. */
const ERASE_SCHEDULE = "15 3 * * *";
/** Hourly, so every time zone's 08:00 is met within the hour; the reminder table keeps it to one a day. */
const REMINDER_SCHEDULE = "0 * * * *";

export async function startWorker({ connectionString }: { connectionString: string }): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, max: 3 });
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
  return boss;
}
