import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TEMPLATE, METRIC_QUESTION_KEYS } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { saveCheckIn, startCheckIn } from "@/lib/check-ins/mutations";
import { formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { orgToday } from "@/lib/org/queries";
import { buildGrowthOrg } from "../factories/growth-org";

// The check-in month rollup is kept by triggers on "CheckIn" (migration check_in_rollups): after
// every kind of change — the form's submit and edit, bulk inserts, status and date changes,
// deletes — it equals the same figures computed from the check-ins themselves.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let templateVersionId: number;

/** The rollup as stored, and as recomputed from "CheckIn", keyed "person|month". */
async function storedAndFresh() {
  const stored = await db().$queryRaw<Array<{ key: string; n: number; q: number; t: number }>>`
    SELECT "personId" || '|' || to_char(month, 'YYYY-MM') AS key, "checkIns" AS n, "sumQuality" AS q, "sumTrust" AS t
    FROM "CheckInMonthRollup" ORDER BY key`;
  const fresh = await db().$queryRaw<Array<{ key: string; n: number; q: number; t: number }>>`
    SELECT "subjectId" || '|' || to_char(date, 'YYYY-MM') AS key, count(*)::int AS n,
      coalesce(sum("scoreQuality"), 0)::int AS q, coalesce(sum(trust), 0)::int AS t
    FROM "CheckIn" WHERE status = 'SUBMITTED' GROUP BY 1 ORDER BY key`;
  return { stored, fresh };
}

const figures = (score: number) => ({
  scoreQuality: score, scoreEngagement: score, scoreGrowth: score, scoreSkills: score, psychologicalSafety: score, autonomy: score, trust: score,
});

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC" } });
  templateVersionId = (await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true))).templateVersionId;
});

describe("check-in month rollup", () => {
  it("follows bulk inserts, counting submitted check-ins only", async () => {
    await db().checkIn.createMany({
      data: [
        { subjectId: people.eli!, authorId: actors.mia!.userId, templateVersionId, date: parseDate("2026-01-05"), status: "SUBMITTED", ...figures(4) },
        { subjectId: people.eli!, authorId: actors.mia!.userId, templateVersionId, date: parseDate("2026-01-19"), status: "SUBMITTED", ...figures(2) },
        { subjectId: people.eli!, authorId: actors.mia!.userId, templateVersionId, date: parseDate("2026-02-02"), status: "DRAFT" },
        { subjectId: people.mia!, authorId: actors.dana!.userId, templateVersionId, date: parseDate("2026-01-10"), status: "SUBMITTED", ...figures(5) },
      ],
    });
    const { stored, fresh } = await storedAndFresh();
    expect(stored).toEqual(fresh);
    expect(stored.find((row) => row.key === `${people.eli}|2026-01`)).toEqual({ key: `${people.eli}|2026-01`, n: 2, q: 6, t: 6 });
    expect(stored.some((row) => row.key === `${people.eli}|2026-02`)).toBe(false);
  });

  it("follows a draft submitted through the form, an edit, a status change, a date change and a delete", async () => {
    const today = formatDate(await orgToday());
    const id = await startCheckIn({ actor: actors.mia!, input: { personId: people.eli! } });
    const answers = Object.fromEntries(Object.values(METRIC_QUESTION_KEYS).map((key) => [key, 3]));
    await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 1, intent: "submit", clientRequestId: "rollup-submit-0001", content: { date: today, answers } } });
    expect((await storedAndFresh()).stored).toEqual((await storedAndFresh()).fresh);

    await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 2, intent: "edit", content: { date: today, answers: { ...answers, trust: 5 } } } });
    let { stored, fresh } = await storedAndFresh();
    expect(stored).toEqual(fresh);
    expect(stored.find((row) => row.key === `${people.eli}|${today.slice(0, 7)}`)?.t).toBe(5);

    const january = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, date: parseDate("2026-01-19") } });
    await db().checkIn.update({ where: { id: january.id }, data: { date: parseDate("2026-03-02") } });
    await db().checkIn.updateMany({ where: { subjectId: people.mia! }, data: { status: "DRAFT" } });
    ({ stored, fresh } = await storedAndFresh());
    expect(stored).toEqual(fresh);
    expect(stored.some((row) => row.key.startsWith(`${people.mia}|`))).toBe(false);

    await db().checkIn.deleteMany({ where: { subjectId: people.eli!, date: parseDate("2026-03-02") } });
    ({ stored, fresh } = await storedAndFresh());
    expect(stored).toEqual(fresh);
    expect(stored.find((row) => row.key === `${people.eli}|2026-01`)).toMatchObject({ n: 1, q: 4 });
  });
});
