import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { managerCoverage } from "@/lib/check-ins/coverage";
import { DEFAULT_TEMPLATE, METRIC_QUESTION_KEYS } from "@/lib/check-ins/default-template";
import {
  computeDueDates, ensureDueDatesFresh, extendDueDateHorizons, HORIZON_DAYS, refreshPendingDueDates,
} from "@/lib/check-ins/due-rollup";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { saveCheckIn, startCheckIn } from "@/lib/check-ins/mutations";
import { segmentsOf, setCheckInCadence } from "@/lib/check-ins/schedule";
import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { scheduleCoverage } from "@/lib/metrics/due-dates";
import { fiscalQuarterOf, fiscalQuarterRange, previousFiscalQuarter, type FiscalQuarter } from "@/lib/metrics/fiscal";
import { attachToTree } from "@/lib/org/closure";
import { buildGrowthOrg } from "../factories/growth-org";

// CheckInDueDate is kept by triggers that mark people stale and by the app that recomputes them
// (lib/check-ins/due-rollup.ts). After every kind of change — the form's submit and edit, bulk
// inserts, date changes, deletes, a cadence change, an end date, the org's grace days — the table
// equals a fresh computation, and managerCoverage's SQL equals lib/metrics computed in JS.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let templateVersionId: number;
const today = businessDate(new Date(), "UTC");

type Row = { personId: number; dueDate: string; deadline: string; metOn: string | null };

async function tableRows(): Promise<Row[]> {
  return db().$queryRaw<Row[]>`
    SELECT "personId", to_char("dueDate", 'YYYY-MM-DD') AS "dueDate", to_char(deadline, 'YYYY-MM-DD') AS deadline,
      to_char("metOn", 'YYYY-MM-DD') AS "metOn"
    FROM "CheckInDueDate" ORDER BY "personId", "dueDate"`;
}

async function freshRows(): Promise<Row[]> {
  const ids = (await db().person.findMany({ select: { id: true } })).map((person) => person.id);
  return (await computeDueDates(db(), ids)).sort((a, b) => a.personId - b.personId || a.dueDate.localeCompare(b.dueDate));
}

const marked = async () => (await db().checkInDueDirty.findMany({ orderBy: { personId: "asc" } })).map((row) => row.personId);

/** Reads as a reader would (after ensureDueDatesFresh) and checks against a fresh computation. */
async function expectFresh() {
  await ensureDueDatesFresh();
  expect(await marked()).toEqual([]);
  expect(await tableRows()).toEqual(await freshRows());
}

/** Coverage per manager computed in JS from lib/metrics, the way it was before the table. */
async function coverageInJs(quarter: FiscalQuarter) {
  const org = await db().organization.findFirstOrThrow();
  const range = fiscalQuarterRange(quarter, org.fiscalYearStartMonth);
  const lastCounted = addDays(today, -org.checkInGraceDays - 1);
  const to = range.end < lastCounted ? range.end : lastCounted;
  const reports = await db().person.findMany({
    where: { managerId: { not: null }, erasedAt: null, startDate: { lte: range.end }, OR: [{ endDate: null }, { endDate: { gte: range.start } }] },
    include: { checkInSchedules: true, checkIns: { where: { status: "SUBMITTED" }, select: { date: true } } },
  });
  const byManager = new Map<number, { reports: number; due: number; onTime: number }>();
  for (const report of reports) {
    const result = scheduleCoverage({
      segments: segmentsOf({ person: report, rows: report.checkInSchedules, defaultCadence: org.defaultCadence }),
      from: range.start, to, graceDays: org.checkInGraceDays, employment: report, checkInDates: report.checkIns.map((c) => c.date),
    });
    const entry = byManager.get(report.managerId!) ?? { reports: 0, due: 0, onTime: 0 };
    byManager.set(report.managerId!, { reports: entry.reports + 1, due: entry.due + result.due, onTime: entry.onTime + result.onTime });
  }
  byManager.delete(people.vera!); // the VPE oversees the managers below her, not herself
  return byManager;
}

async function expectCoverageAsInJs() {
  const quarters = [fiscalQuarterOf(today, 1), previousFiscalQuarter(fiscalQuarterOf(today, 1))];
  for (const quarter of quarters) {
    const report = await managerCoverage({ actor: actors.vera!, quarter });
    const expected = await coverageInJs(quarter);
    expect(new Map(report.managers.map((m) => [m.managerId, { reports: m.reports, due: m.due, onTime: m.onTime }]))).toEqual(expected);
  }
}

async function addReport(name: string, data: { startDate: Date; endDate?: Date; checkInCadence: Cadence; checkInAnchor: Date }) {
  const person = await db().person.create({ data: { name, managerId: people.mia!, ...data } });
  await attachToTree(db(), person.id, people.mia!);
  people[name] = person.id;
}

const submitted = (name: string, date: Date) => ({
  subjectId: people[name]!, authorId: actors.mia!.userId, templateVersionId, date, status: "SUBMITTED" as const, submittedAt: new Date(),
});

/** Dates every `step` days from `start` to yesterday, shifted by `offset(k)`, dropping those `skip(k)` picks. */
function pattern(start: Date, step: number, offset: (k: number) => number, skip: (k: number) => boolean): Date[] {
  const dates: Date[] = [];
  for (let k = 0; addDays(start, step * k) < today; k++) {
    const date = addDays(start, step * k + offset(k));
    if (!skip(k) && date < today) dates.push(date);
  }
  return dates;
}

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC", fiscalYearStartMonth: 1, checkInGraceDays: 2, defaultCadence: "BIWEEKLY" } });
  templateVersionId = (await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true))).templateVersionId;
  await addReport("finn", { startDate: addDays(today, -120), checkInCadence: "WEEKLY", checkInAnchor: addDays(today, -118) });
  await addReport("gia", { startDate: addDays(today, -200), checkInCadence: "MONTHLY", checkInAnchor: addDays(today, -190) });
  await addReport("hal", { startDate: addDays(today, -300), endDate: addDays(today, -20), checkInCadence: "WEEKLY", checkInAnchor: addDays(today, -300) });
  // Eli (org default, biweekly from 2024-01-01): on time, a day or three late, every fifth missed.
  await db().checkIn.createMany({
    data: [
      ...pattern(new Date("2024-01-01"), 14, (k) => k % 4, (k) => k % 5 === 4).map((date) => submitted("eli", date)),
      ...pattern(addDays(today, -118), 7, (k) => (k % 3) - 1, (k) => k % 4 === 1).map((date) => submitted("finn", date)),
      ...pattern(addDays(today, -190), 30, (k) => k % 5, () => false).map((date) => submitted("gia", date)),
      ...pattern(addDays(today, -300), 7, () => 2, (k) => k % 2 === 0).map((date) => submitted("hal", date)),
      ...pattern(new Date("2024-01-03"), 14, () => 0, () => false).map((date) => submitted("mia", date)),
    ],
  });
});

describe("check-in due dates table", () => {
  it("starts marked, and a reader recomputes it before reading", async () => {
    expect((await marked()).length).toBe(Object.keys(people).length);
    await expectFresh();
    const rows = await tableRows();
    // From the start date through the end date or today + HORIZON_DAYS; deadline = due + 2.
    const hal = rows.filter((row) => row.personId === people.hal!);
    expect(hal.at(-1)!.dueDate <= formatDate(addDays(today, -20))).toBe(true);
    const eli = rows.filter((row) => row.personId === people.eli!);
    expect(eli[0]).toMatchObject({ dueDate: "2024-01-01", deadline: "2024-01-03" });
    expect(eli.at(-1)!.dueDate > formatDate(addDays(today, HORIZON_DAYS - 15))).toBe(true);
    expect(eli.at(-1)!.dueDate <= formatDate(addDays(today, HORIZON_DAYS))).toBe(true);
    await expectCoverageAsInJs();
  });

  it("is fresh in the transaction of a form submit, and an edit or a draft marks nobody", async () => {
    const id = await startCheckIn({ actor: actors.mia!, input: { personId: people.finn! } });
    expect(await marked()).toEqual([]);
    const answers = Object.fromEntries(Object.values(METRIC_QUESTION_KEYS).map((key) => [key, 4]));
    const content = { date: formatDate(addDays(today, -1)), answers };
    await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 1, intent: "draft", content } });
    expect(await marked()).toEqual([]);
    await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 2, intent: "submit", clientRequestId: "due-rollup-submit-01", content } });
    expect(await marked()).toEqual([]);
    expect(await tableRows()).toEqual(await freshRows());
    await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 3, intent: "edit", content: { ...content, answers: { ...answers, trust: 2 } } } });
    expect(await marked()).toEqual([]);
    await expectCoverageAsInJs();
  });

  it("follows bulk inserts, date changes and deletes", async () => {
    await db().checkIn.createMany({
      data: [submitted("gia", addDays(today, -3)), submitted("eli", addDays(today, -40)), { ...submitted("hal", addDays(today, -25)), status: "DRAFT" }],
    });
    expect(await marked()).toEqual([people.eli!, people.gia!].sort((a, b) => a - b));
    await expectFresh();

    const moved = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.finn!, status: "SUBMITTED" }, orderBy: { date: "asc" } });
    await db().checkIn.update({ where: { id: moved.id }, data: { date: addDays(moved.date, 9) } });
    expect(await marked()).toEqual([people.finn!]);
    await expectFresh();

    await db().checkIn.deleteMany({ where: { subjectId: people.eli!, date: { gte: addDays(today, -60) } } });
    await expectFresh();
    await expectCoverageAsInJs();
  });

  it("follows a cadence change in its transaction, an end date, and the org's grace days", async () => {
    const gia = await db().person.findUniqueOrThrow({ where: { id: people.gia! } });
    await setCheckInCadence({ actor: actors.mia!, input: { personId: gia.id, version: gia.version, cadence: "WEEKLY", nextDue: formatDate(addDays(today, 2)) } });
    expect(await marked()).toEqual([]);
    expect(await tableRows()).toEqual(await freshRows());

    await db().person.update({ where: { id: people.finn! }, data: { endDate: addDays(today, -10) } });
    await db().person.update({ where: { id: people.eli! }, data: { title: "Engineer" } }); // not a schedule field
    expect(await marked()).toEqual([people.finn!]);
    await expectFresh();
    expect((await tableRows()).filter((row) => row.personId === people.finn!).every((row) => row.dueDate <= formatDate(addDays(today, -10)))).toBe(true);
    await expectCoverageAsInJs();

    await db().organization.updateMany({ data: { checkInGraceDays: 5 } });
    expect((await marked()).length).toBe(Object.keys(people).length);
    await expectFresh();
    expect((await tableRows()).every((row) => formatDate(addDays(new Date(row.dueDate), 5)) === row.deadline)).toBe(true);
    await expectCoverageAsInJs();
  });
});

describe("refreshing under concurrency", () => {
  it("shares marked people between concurrent drains, each refreshed once", async () => {
    await db().$executeRaw`SELECT check_in_due_mark(ARRAY(SELECT id FROM "Person"))`;
    const results = await Promise.all([1, 2, 3].map(() => refreshPendingDueDates({ batchSize: 2 })));
    expect(results.reduce((sum, r) => sum + r.people, 0)).toBe(Object.keys(people).length);
    await expectFresh();
  });

  it("keeps a person marked when their check-ins change while a refresh holds them", async () => {
    let hold!: () => void;
    const held = new Promise<void>((resolve) => (hold = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Eli is marked (committed); a refresh in progress holds the mark and has read the old data.
    await db().$executeRaw`SELECT check_in_due_mark(ARRAY[${people.eli!}]::int[])`;
    const refresh = db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT check_in_due_mark(ARRAY[${people.eli!}]::int[])`;
      hold();
      await released;
      await tx.$executeRaw`DELETE FROM "CheckInDueDirty" WHERE "personId" = ${people.eli!}`;
    });
    await held;
    let inserted = false;
    const insert = db().checkIn.create({ data: submitted("eli", addDays(today, -2)) }).then(() => (inserted = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inserted).toBe(false); // its trigger waits for the refresh, then marks Eli again
    release();
    await Promise.all([refresh, insert]);
    expect(await marked()).toEqual([people.eli!]);
    await expectFresh();
    await expectCoverageAsInJs();
  });

  it("extends horizons daily for people whose rows stop short of a year ahead", async () => {
    expect((await extendDueDateHorizons()).people).toBe(0);
    await db().checkInDueDate.deleteMany({ where: { personId: people.eli!, dueDate: { gt: addDays(today, 200) } } });
    expect((await extendDueDateHorizons()).people).toBe(1);
    expect(await tableRows()).toEqual(await freshRows());
  });
});
