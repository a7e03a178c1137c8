import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bin, ROOT } from "../../scripts/run";

// The benchmark generator, run small: the same invariants hold at 5,000 people.
describe("large-org generator", () => {
  let output = "";

  beforeAll(() => {
    const result = spawnSync(bin("tsx"), ["prisma/seed-large.ts", "--people", "300", "--years", "1", "--reset"], {
      cwd: ROOT,
      env: process.env,
      encoding: "utf8",
    });
    output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
  });

  it("prints progress per step", () => {
    expect(output).toMatch(/people \(300\) and teams \(\d+\)/);
    expect(output).toMatch(/check-ins: [\d,]+ rows/);
    expect(output).toMatch(/done/);
  });

  it("makes the requested people with one manager in ten, and a closure row per ancestor", async () => {
    const prisma = db();
    expect(await prisma.person.count()).toBe(300);
    expect(await prisma.user.count({ where: { personId: { not: null } } })).toBe(30);
    const [row] = await prisma.$queryRaw<Array<{ expected: bigint }>>`
      WITH RECURSIVE up AS (SELECT id, "managerId" FROM "Person" UNION ALL
        SELECT up.id, p."managerId" FROM up JOIN "Person" p ON p.id = up."managerId")
      SELECT count(*) AS expected FROM up`;
    expect(BigInt(await prisma.personClosure.count())).toBe(row?.expected);
  });

  it("writes fortnightly check-ins by each person's manager, within employment, with seven answers each", async () => {
    const prisma = db();
    const checkIns = await prisma.checkIn.count();
    // 299 people with a manager × 26 fortnights, less joiners, leavers and missed ones.
    expect(checkIns).toBeGreaterThan(299 * 20);
    expect(checkIns).toBeLessThanOrEqual(299 * 27);
    expect(await prisma.checkInAnswer.count()).toBe(checkIns * 7);
    const [mismatch] = await prisma.$queryRaw<Array<{ wrong: bigint }>>`
      SELECT count(*) AS wrong FROM "CheckIn" c JOIN "Person" p ON p.id = c."subjectId" JOIN "User" u ON u.id = c."authorId"
      WHERE u."personId" IS DISTINCT FROM p."managerId" OR c."dueDate" > coalesce(p."endDate", c."dueDate")`;
    expect(mismatch?.wrong).toBe(0n);
  });

  it("records a departure for everyone who left, and risks, metrics and assessments", async () => {
    const prisma = db();
    expect(await prisma.departure.count()).toBe(await prisma.person.count({ where: { endDate: { not: null } } }));
    expect(await prisma.teamMonthlyMetric.count()).toBeGreaterThan(0);
    expect(await prisma.assessmentRating.count()).toBeGreaterThan(0);
    expect(await prisma.organization.count()).toBe(1);
  });
});
