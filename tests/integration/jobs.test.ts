import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { addDays, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { QUEUES, startWorker } from "@/lib/jobs/worker";
import { truncateAllTables } from "../../prisma/seed/truncate";

// The worker on the real queue: the daily erasure job erases exactly the people past the
// organisation's retention period.
describe("background worker", () => {
  let boss: PgBoss;

  beforeAll(async () => {
    await truncateAllTables(db());
    boss = await startWorker({ connectionString: process.env.DATABASE_URL! });
  });

  afterAll(async () => {
    await boss.stop({ graceful: false });
  });

  it("schedules the daily erasure and erases departed people past the retention period when it runs", async () => {
    await db().organization.create({ data: { name: "Acme", departedRetentionDays: 30 } });
    const today = parseDate(new Date().toISOString().slice(0, 10));
    const longGone = await db().person.create({ data: { name: "Long Gone", startDate: addDays(today, -900), endDate: addDays(today, -100) } });
    const recent = await db().person.create({ data: { name: "Just Left", startDate: addDays(today, -900), endDate: addDays(today, -10) } });

    expect((await boss.getSchedules(QUEUES.eraseDeparted)).map((schedule) => schedule.cron)).toEqual(["15 3 * * *"]);
    const jobId = await boss.send(QUEUES.eraseDeparted, {});
    expect(jobId).toBeTruthy();
    await expect
      .poll(async () => (await boss.findJobs(QUEUES.eraseDeparted, { id: jobId! }))[0]?.state, { timeout: 30_000, interval: 250 })
      .toBe("completed");

    expect((await db().person.findUniqueOrThrow({ where: { id: longGone.id } })).name).toBe(`Former employee #${longGone.id}`);
    expect((await db().person.findUniqueOrThrow({ where: { id: recent.id } })).name).toBe("Just Left");
  });
});
