import { PgBoss } from "pg-boss";
import { eraseDuePeople } from "@/lib/erasure/due";
import { logger } from "@/lib/logger";

// Background work on a Postgres-backed queue (pg-boss): one worker process beside the web
// servers (scripts/worker.ts). pg-boss keeps its tables in its own "pgboss" schema, so several
// workers on several machines share the queue and a schedule fires once.

export const QUEUES = {
  /** Daily: erase departed people whose retention period has passed. */
  eraseDeparted: "erase-departed",
} as const;

/** 03:15 UTC every day: a quiet hour for most organisations. */
const ERASE_SCHEDULE = "15 3 * * *";

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
  return boss;
}
