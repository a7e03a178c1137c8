import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { managerCoverage } from "@/lib/check-ins/coverage";
import { dueList } from "@/lib/check-ins/due";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { scheduleOf, setCheckInCadence } from "@/lib/check-ins/schedule";
import { addDays, businessDate, daysBetween, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { CheckInStatus } from "@/lib/generated/prisma/enums";
import { attachToTree } from "@/lib/org/closure";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// The due list, cadence changes and directors' coverage against a hand-built org (UTC, grace 2):
// Mia manages Eli (weekly, then monthly from 2025-02-10), Finn (weekly, due today), Gia
// (biweekly, first due in three days) and Hal (left yesterday). Dario directs another subtree.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let templateVersionId: number;
const today = businessDate(new Date(), "UTC");
const d = parseDate;

async function checkIn(subject: string, date: Date, author: string, status: CheckInStatus = "SUBMITTED") {
  return db().checkIn.create({
    data: { subjectId: people[subject]!, authorId: actors[author]!.userId, templateVersionId, date, status, submittedAt: status === "SUBMITTED" ? new Date() : null },
  });
}

async function addReport(name: string, data: { startDate: Date; endDate?: Date; checkInCadence: "WEEKLY" | "BIWEEKLY"; checkInAnchor: Date }) {
  const person = await db().person.create({ data: { name, managerId: people.mia!, ...data } });
  await attachToTree(db(), person.id, people.mia!);
  people[name] = person.id;
}

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC", fiscalYearStartMonth: 1, checkInGraceDays: 2 } });
  templateVersionId = (await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true))).templateVersionId;
  // Eli: weekly on Mondays from 2024-01-01, monthly on the 20th from 2025-02-10.
  await db().person.update({ where: { id: people.eli! }, data: { checkInCadence: "MONTHLY", checkInAnchor: d("2025-02-20") } });
  await db().checkInSchedule.createMany({
    data: [
      { personId: people.eli!, cadence: "WEEKLY", anchor: d("2024-01-01"), effectiveFrom: d("2024-01-01") },
      { personId: people.eli!, cadence: "MONTHLY", anchor: d("2025-02-20"), effectiveFrom: d("2025-02-10") },
    ],
  });
  for (const date of ["2025-01-06", "2025-01-15", "2025-02-04", "2025-03-22"]) await checkIn("eli", d(date), "mia");
  await addReport("finn", { startDate: addDays(today, -30), checkInCadence: "WEEKLY", checkInAnchor: addDays(today, -7) });
  await addReport("gia", { startDate: addDays(today, -30), checkInCadence: "BIWEEKLY", checkInAnchor: addDays(today, 3) });
  await addReport("hal", { startDate: addDays(today, -30), endDate: addDays(today, -1), checkInCadence: "WEEKLY", checkInAnchor: addDays(today, -7) });
  await checkIn("finn", addDays(today, -7), "mia");
  await checkIn("finn", addDays(today, -1), "mia", "DRAFT");
});

describe("the due list", () => {
  it("sorts a manager's active reports into overdue, due and upcoming", async () => {
    const draft = await checkIn("gia", today, "mia", "DRAFT");
    await checkIn("gia", today, "vera", "DRAFT"); // someone else's draft is not Mia's to continue
    const list = await dueList({ actor: actors.mia! });
    expect(list.today).toBe(formatDate(today));
    expect(list.counts).toEqual({ overdue: 1, due: 1, upcoming: 1 });
    expect(list.items.map((item) => [item.name, item.state, item.nextDue])).toEqual([
      ["eli", "OVERDUE", "2025-04-20"],
      ["finn", "DUE", formatDate(today)],
      ["gia", "UPCOMING", formatDate(addDays(today, 3))],
    ]);
    const [eli, finn, gia] = list.items;
    // Mar 22 answered Mar 20 (within grace); Apr 20 and every 20th since have passed unmet.
    expect(eli).toMatchObject({ cadence: "MONTHLY", lastCheckInDate: "2025-03-22", daysOverdue: daysBetween(d("2025-04-20"), today), openDraftId: null });
    expect(finn).toMatchObject({ cadence: "WEEKLY", lastCheckInDate: formatDate(addDays(today, -7)), daysOverdue: 0 });
    expect(finn!.openDraftId).not.toBeNull();
    expect(gia).toMatchObject({ lastCheckInDate: null, openDraftId: draft.id, title: null });
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it("is empty for someone without reports and for a login without a person", async () => {
    expect((await dueList({ actor: actors.dario! })).items).toEqual([]);
    expect((await dueList({ actor: actors.hr! })).counts).toEqual({ overdue: 0, due: 0, upcoming: 0 });
    expect((await refusal(dueList({ actor: actors.admin! }))).code).toBe("NOT_FOUND");
  });
});

describe("directors' coverage", () => {
  const q1 = { fiscalYear: 2025, quarter: 1 as const };

  it("counts the weekly and monthly due dates of a quarter with a cadence change", async () => {
    // Due: Jan 6, 13, 20, 27, Feb 3 (weekly), Feb 20, Mar 20 (monthly) = 7. Met: Jan 6, Jan 13
    // (Jan 15, last day of grace), Feb 3 (Feb 4), Mar 20 (Mar 22) = 4. Finn and Gia had not started.
    const report = await managerCoverage({ actor: actors.dana!, quarter: q1 });
    expect(report).toMatchObject({ quarter: "FY2025 Q1", from: "2025-01-01", to: "2025-03-31" });
    expect(report.managers).toEqual([{ managerId: people.mia!, name: "mia", reports: 1, due: 7, onTime: 4, rate: 4 / 7 }]);
    // The VPE sees the directors as managers too; Dana manages Mia.
    const vpe = await managerCoverage({ actor: actors.vera!, quarter: q1 });
    expect(vpe.managers.map((m) => m.name)).toEqual(["dana", "mia"]);
  });

  it("refuses managers and shows a director nothing outside their subtree", async () => {
    expect((await refusal(managerCoverage({ actor: actors.mia! }))).code).toBe("NOT_FOUND");
    expect((await managerCoverage({ actor: actors.dario!, quarter: q1 })).managers).toEqual([]);
    expect((await managerCoverage({ actor: actors.dario! })).managers).toEqual([]);
  });
});

describe("setting a cadence", () => {
  const version = async (name: string) => (await db().person.findUniqueOrThrow({ where: { id: people[name]! } })).version;
  const writes = async () => ({
    schedules: await db().checkInSchedule.count(),
    audits: await db().auditEvent.count({ where: { action: "checkin.cadence.set" } }),
  });

  it("refuses a director of another subtree with 404 and writes nothing", async () => {
    const before = await writes();
    const input = { personId: people.eli!, version: await version("eli"), cadence: "WEEKLY" as const, nextDue: formatDate(addDays(today, 7)) };
    expect((await refusal(setCheckInCadence({ actor: actors.dario!, input }))).code).toBe("NOT_FOUND");
    expect((await refusal(setCheckInCadence({ actor: actors.mia!, input: { ...input, personId: people.mia! } }))).code).toBe("NOT_FOUND");
    expect(await writes()).toEqual(before);
    expect((await db().person.findUniqueOrThrow({ where: { id: people.eli! } })).checkInCadence).toBe("MONTHLY");
  });

  it("gives field errors for bad input and writes nothing", async () => {
    const before = await writes();
    const result = await refusal(setCheckInCadence({
      actor: actors.mia!,
      input: { personId: people.finn!, version: await version("finn"), cadence: "DAILY" as "WEEKLY", nextDue: formatDate(addDays(today, 93)) },
    }));
    expect(result.code).toBe("UNPROCESSABLE");
    expect(Object.keys(result.fields).sort()).toEqual(["cadence", "nextDue"]);
    expect((await refusal(setCheckInCadence({ actor: actors.mia!, input: { personId: people.finn!, version: 1, cadence: "WEEKLY", nextDue: formatDate(addDays(today, -1)) } }))).fields.nextDue)
      .toEqual(["Choose today or a later date"]);
    expect(await writes()).toEqual(before);
  });

  it("keeps the schedule before the first change and moves the next due date", async () => {
    const nextDue = formatDate(addDays(today, 10));
    await setCheckInCadence({ actor: actors.mia!, input: { personId: people.finn!, version: await version("finn"), cadence: "MONTHLY", nextDue } });
    const segments = await scheduleOf(people.finn!);
    expect(segments.map((s) => [s.cadence, formatDate(s.anchor), s.effectiveFrom && formatDate(s.effectiveFrom)])).toEqual([
      ["WEEKLY", formatDate(addDays(today, -7)), formatDate(addDays(today, -30))],
      ["MONTHLY", nextDue, formatDate(today)],
    ]);
    const finn = (await dueList({ actor: actors.mia! })).items.find((item) => item.name === "finn");
    // Today's weekly due date gave way to the new schedule, whose first date is in ten days.
    expect(finn).toMatchObject({ cadence: "MONTHLY", state: "UPCOMING", nextDue });
    expect((await writes()).audits).toBe(1);
  });

  it("refuses a stale version, and people admins who do not write check-ins", async () => {
    const input = { personId: people.eli!, version: 1, cadence: "BIWEEKLY" as const, nextDue: formatDate(today) };
    await db().person.update({ where: { id: people.eli! }, data: { version: { increment: 1 } } });
    expect((await refusal(setCheckInCadence({ actor: actors.dana!, input }))).code).toBe("CONFLICT");
    for (const admin of [actors.hr!, actors.admin!]) {
      expect((await refusal(setCheckInCadence({ actor: admin, input: { ...input, version: await version("eli") } }))).code).toBe("NOT_FOUND");
    }
    await setCheckInCadence({ actor: actors.vera!, input: { ...input, version: await version("eli") } });
    // History is kept: last quarter's coverage does not change with today's cadence.
    const report = await managerCoverage({ actor: actors.dana!, quarter: { fiscalYear: 2025, quarter: 1 } });
    expect(report.managers[0]).toMatchObject({ due: 7, onTime: 4 });
    expect((await scheduleOf(people.eli!)).length).toBe(3);
  });
});
