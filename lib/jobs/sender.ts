import { PgBoss, type Queue, type SendOptions } from "pg-boss";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

// The web process's side of the job queue: it only sends, the worker (./worker.ts) works. One
// small pg-boss instance per process, started on first use and kept on globalThis so dev-mode
// reloads reuse it. It runs no maintenance and no schedules: the worker does both.

type QueueOptions = Omit<Queue, "name">;

const globalForJobs = globalThis as unknown as { pillarsJobSender?: Promise<PgBoss>; pillarsJobQueues?: Set<string> };

async function startSender(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 2, supervise: false, schedule: false });
  boss.on("error", (error) => logger.error({ err: error }, "job sender error"));
  await boss.start();
  return boss;
}

function sender(): Promise<PgBoss> {
  globalForJobs.pillarsJobSender ??= startSender().catch((error: unknown) => {
    // A failed start is not cached: the next send tries again.
    globalForJobs.pillarsJobSender = undefined;
    throw error;
  });
  return globalForJobs.pillarsJobSender;
}

/**
 * Queues a job. The queue is created first (pg-boss refuses sends to an unknown queue) with the
 * same options the worker creates it with; creating an existing queue changes nothing.
 */
export async function sendJob(queue: string, queueOptions: QueueOptions, data: object, options: SendOptions = {}): Promise<string | null> {
  const boss = await sender();
  const created = (globalForJobs.pillarsJobQueues ??= new Set());
  if (!created.has(queue)) {
    await boss.createQueue(queue, queueOptions);
    created.add(queue);
  }
  return boss.send(queue, data, options);
}

/** Stops the sender (tests and scripts that exit; the web server keeps it for its lifetime). */
export async function stopJobSender(): Promise<void> {
  const pending = globalForJobs.pillarsJobSender;
  globalForJobs.pillarsJobSender = undefined;
  globalForJobs.pillarsJobQueues = undefined;
  if (pending) await (await pending).stop({ graceful: false });
}
