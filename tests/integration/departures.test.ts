import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { recordDeparture, removeDeparture, updateDeparture } from "@/lib/departures/mutations";
import { attritionByQuarter, departureCandidates, listDepartures } from "@/lib/departures/queries";
import { ZDepartureFilters } from "@/lib/departures/schemas";
import { formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { erasePerson } from "@/lib/erasure/erase-person";
import { attachToTree } from "@/lib/org/closure";
import { buildGrowthOrg, type GrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Departures and attrition against the real database. The org (calendar fiscal year):
//   vera (VPE) → dana → mia → eli, fay, gus (hired 2026-02-15)
//             → dario → hal, ivy
// Everyone else started 2024-01-01. Departures: eli 2026-01-01 (voluntary, regrettable),
// fay 2026-03-10 (voluntary), hal 2026-05-20 (involuntary). Figures are read "as of" 2026-06-30,
// so the four quarters are FY2025 Q3 … FY2026 Q2, all complete.

let org: GrowthOrg;
let a: Record<string, Actor>;
let p: Record<string, number>;
const AS_OF = parseDate("2026-06-30");
const base = { voluntary: true, regrettable: false, reason: null };
const quarter = (report: Awaited<ReturnType<typeof attritionByQuarter>>, label: string) => report.quarters.find((q) => q.label === label)!;

beforeAll(async () => {
  org = await buildGrowthOrg();
  a = org.actors;
  p = org.people;
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC", fiscalYearStartMonth: 1 } });
  const add = async (name: string, manager: string, startDate = "2024-01-01") => {
    const person = await db().person.create({ data: { name, managerId: p[manager]!, startDate: parseDate(startDate) } });
    await db().$transaction((tx) => attachToTree(tx, person.id, p[manager]!));
    await db().reportingLine.create({ data: { personId: person.id, managerId: p[manager]!, effectiveFrom: parseDate(startDate) } });
    p[name] = person.id;
  };
  await add("fay", "mia");
  await add("gus", "mia", "2026-02-15");
  await add("hal", "dario");
  await add("ivy", "dario");
  // Eli's history, which must outlive his departure.
  const template = await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true));
  await db().checkIn.create({ data: { subjectId: p.eli!, authorId: a.mia!.userId, templateVersionId: template.templateVersionId, date: parseDate("2025-11-10"), status: "SUBMITTED" } });
  const levelId = org.framework.levelIds.values().next().value as number;
  await db().assessment.create({ data: { personId: p.eli!, assessorId: p.mia!, frameworkVersionId: org.framework.frameworkVersionId, levelId, date: parseDate("2025-12-01"), status: "SHARED" } });
});

describe("recording a departure", () => {
  it("is refused to managers, directors and admins as if the person did not exist", async () => {
    for (const key of ["mia", "dana", "admin"]) {
      expect(await refusal(recordDeparture({ actor: a[key]!, input: { personId: p.eli!, date: "2026-01-01", ...base } }))).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db().departure.count()).toBe(0);
  });

  it("refuses a date before the start date with a field message, and writes nothing", async () => {
    const refused = await refusal(recordDeparture({ actor: a.hr!, input: { personId: p.gus!, date: "2026-02-01", ...base } }));
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(refused.fields.date).toEqual(["This is before they started on 2026-02-15"]);
    expect(await db().departure.count()).toBe(0);
    expect((await db().person.findUniqueOrThrow({ where: { id: p.gus! } })).endDate).toBeNull();
  });

  it("refuses bad fields and a date more than a year ahead", async () => {
    const refused = await refusal(recordDeparture({ actor: a.hr!, input: { personId: p.eli!, date: "2026-02-30", voluntary: true, regrettable: false, reason: "x".repeat(2001) } }));
    expect(Object.keys(refused.fields).sort()).toEqual(["date", "reason"]);
    const far = await refusal(recordDeparture({ actor: a.hr!, input: { personId: p.eli!, date: "2030-01-01", ...base } }));
    expect(far.fields.date?.[0]).toMatch(/at most 366 days/);
    expect(await db().departure.count()).toBe(0);
  });

  it("answers 404 for oneself and for unknown people", async () => {
    expect((await refusal(recordDeparture({ actor: a.vera!, input: { personId: p.vera!, date: "2026-01-01", ...base } }))).code).toBe("NOT_FOUND");
    expect((await refusal(recordDeparture({ actor: a.hr!, input: { personId: 999_999, date: "2026-01-01", ...base } }))).code).toBe("NOT_FOUND");
  });

  it("refuses someone who still has reports: move their reports first", async () => {
    const refused = await refusal(recordDeparture({ actor: a.hr!, input: { personId: p.mia!, date: "2026-01-01", ...base } }));
    expect(refused.fields.personId?.[0]).toMatch(/move their reports first/);
    expect(await db().departure.count()).toBe(0);
  });

  it("records departures by HR and the VPE; the person leaves headcount but keeps their history", async () => {
    await recordDeparture({ actor: a.hr!, input: { personId: p.eli!, date: "2026-01-01", voluntary: true, regrettable: true, reason: "REASON-ELI competing offer" } });
    await recordDeparture({ actor: a.vera!, input: { personId: p.fay!, date: "2026-03-10", voluntary: true, regrettable: false, reason: "Moved abroad" } });
    await recordDeparture({ actor: a.hr!, input: { personId: p.hal!, date: "2026-05-20", voluntary: false, regrettable: false, reason: null } });
    const eli = await db().person.findUniqueOrThrow({ where: { id: p.eli! } });
    expect(formatDate(eli.endDate!)).toBe("2026-01-01");
    expect(await db().checkIn.count({ where: { subjectId: p.eli! } })).toBe(1);
    expect(await db().assessment.count({ where: { personId: p.eli! } })).toBe(1);
    const line = await db().reportingLine.findFirst({ where: { personId: p.fay! } });
    expect(formatDate(line!.effectiveTo!)).toBe("2026-03-10");
    const audit = await db().auditEvent.findFirst({ where: { action: "departure.record", subjectIds: { has: p.eli! } } });
    expect(audit).toMatchObject({ entityType: "Departure", actorId: a.hr!.userId });
    // No longer offered for a second departure.
    expect((await departureCandidates({ actor: a.hr!, q: "eli" })).map((c) => c.name)).toEqual([]);
  });

  it("closes a linked login once the date has passed", async () => {
    const user = await db().user.create({ data: { email: "ivy@test.local", name: "ivy", roles: [], personId: p.ivy! } });
    const saved = await recordDeparture({ actor: a.hr!, input: { personId: p.ivy!, date: "2026-11-01", ...base } });
    expect(saved.loginDeactivated).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
    // Taken back: the end date it set goes, the login stays closed for an admin to reopen.
    await removeDeparture({ actor: a.hr!, input: { departureId: saved.id, version: saved.version } });
    expect((await db().person.findUniqueOrThrow({ where: { id: p.ivy! } })).endDate).toBeNull();
    expect((await db().reportingLine.findFirst({ where: { personId: p.ivy! } }))!.effectiveTo).toBeNull();
    expect(await db().departure.count({ where: { personId: p.ivy! } })).toBe(0);
  });

  it("refuses a second departure, and a stale edit", async () => {
    const second = await refusal(recordDeparture({ actor: a.hr!, input: { personId: p.eli!, date: "2026-02-01", ...base } }));
    expect(second.fields.personId?.[0]).toMatch(/already recorded/);
    const eli = await db().departure.findFirstOrThrow({ where: { personId: p.eli! } });
    const edited = await updateDeparture({ actor: a.hr!, input: { departureId: eli.id, version: eli.version, date: "2026-01-01", voluntary: true, regrettable: true, reason: "REASON-ELI competing offer, confirmed" } });
    expect(edited.version).toBe(eli.version + 1);
    const stale = await refusal(updateDeparture({ actor: a.vera!, input: { departureId: eli.id, version: eli.version, date: "2026-01-02", ...base } }));
    expect(stale.code).toBe("CONFLICT");
    expect(formatDate((await db().person.findUniqueOrThrow({ where: { id: p.eli! } })).endDate!)).toBe("2026-01-01");
    expect((await refusal(removeDeparture({ actor: a.dana!, input: { departureId: eli.id, version: edited.version } }))).code).toBe("NOT_FOUND");
  });
});

describe("reading departures and attrition", () => {
  it("lists departures in scope, with reasons only for those who record them", async () => {
    const hr = await listDepartures({ actor: a.hr!, filters: ZDepartureFilters.parse({}) });
    expect(hr.departures.map((d) => d.name)).toEqual(["hal", "fay", "eli"]);
    expect(hr.departures.find((d) => d.name === "fay")!.reason).toBe("Moved abroad");
    const dana = await listDepartures({ actor: a.dana!, filters: ZDepartureFilters.parse({}) });
    expect(dana.departures.map((d) => d.name)).toEqual(["fay", "eli"]);
    expect(dana.showReasons).toBe(false);
    expect(dana.departures.every((d) => !("reason" in d))).toBe(true);
    const q1Regrettable = await listDepartures({ actor: a.vera!, filters: ZDepartureFilters.parse({ quarter: "FY2026-Q1", regrettable: "true" }) });
    expect(q1Regrettable.departures.map((d) => d.name)).toEqual(["eli"]);
    expect((await listDepartures({ actor: a.mia!, filters: ZDepartureFilters.parse({}) })).departures.map((d) => d.name)).toEqual(["fay", "eli"]);
    expect((await refusal(listDepartures({ actor: a.admin!, filters: ZDepartureFilters.parse({}) }))).code).toBe("NOT_FOUND");
  });

  it("computes the whole org's attrition per quarter", async () => {
    const report = await attritionByQuarter({ actor: a.hr!, today: AS_OF });
    expect(report.quarters.map((q) => q.label)).toEqual(["FY2025 Q3", "FY2025 Q4", "FY2026 Q1", "FY2026 Q2"]);
    // Q1: 8 on Jan 1 (eli's last day), 7 on Mar 31 (gus joined; eli, fay gone); 2 ÷ 7.5 × 4.
    expect(quarter(report, "FY2026 Q1")).toMatchObject({ headcountStart: 8, headcountEnd: 7, departures: 2, regrettable: 1, voluntary: 2 });
    expect(quarter(report, "FY2026 Q1").attrition).toBeCloseTo(1.066667, 5);
    expect(quarter(report, "FY2026 Q1").regrettableAttrition).toBeCloseTo(0.533333, 5);
    // Q2: 7 → 6 (hal), 1 ÷ 6.5 × 4; nothing regrettable.
    expect(quarter(report, "FY2026 Q2")).toMatchObject({ headcountStart: 7, headcountEnd: 6, departures: 1, regrettable: 0, voluntary: 0, regrettableAttrition: 0 });
    expect(quarter(report, "FY2026 Q2").attrition).toBeCloseTo(0.615385, 5);
    expect(quarter(report, "FY2025 Q4")).toMatchObject({ headcountStart: 8, headcountEnd: 8, departures: 0, attrition: 0 });
    // The VPE's scope leaves out the VPE: 7 → 6 in Q1.
    expect(quarter(await attritionByQuarter({ actor: a.vera!, today: AS_OF }), "FY2026 Q1")).toMatchObject({ headcountStart: 7, headcountEnd: 6, departures: 2 });
  });

  it("shows a director only her subtree, and no one else's", async () => {
    const dana = await attritionByQuarter({ actor: a.dana!, today: AS_OF });
    // Below dana: mia, eli, fay, gus. Q1: 3 → 2, 2 departures: 2 ÷ 2.5 × 4 = 320 %.
    expect(quarter(dana, "FY2026 Q1")).toMatchObject({ headcountStart: 3, headcountEnd: 2, departures: 2, regrettable: 1 });
    expect(quarter(dana, "FY2026 Q1").attrition).toBeCloseTo(3.2, 10);
    expect(quarter(dana, "FY2026 Q2")).toMatchObject({ departures: 0, headcountStart: 2, headcountEnd: 2 });
    const underMia = await attritionByQuarter({ actor: a.dana!, rootPersonId: p.mia!, today: AS_OF });
    expect(underMia.under).toEqual({ id: p.mia!, name: "mia" });
    expect(quarter(underMia, "FY2026 Q1")).toMatchObject({ headcountStart: 2, headcountEnd: 1, departures: 2 });
    for (const root of [p.dario!, p.hal!, p.dana!, 999_999]) {
      expect((await refusal(attritionByQuarter({ actor: a.dana!, rootPersonId: root, today: AS_OF }))).code).toBe("NOT_FOUND");
    }
    const underDario = await attritionByQuarter({ actor: a.vera!, rootPersonId: p.dario!, today: AS_OF });
    expect(quarter(underDario, "FY2026 Q2")).toMatchObject({ headcountStart: 2, headcountEnd: 1, departures: 1 });
    expect((await refusal(attritionByQuarter({ actor: a.admin!, today: AS_OF }))).code).toBe("NOT_FOUND");
  });
});

describe("erasure", () => {
  it("keeps an erased person's departure figures and deletes its reason", async () => {
    await erasePerson({ actor: a.admin!, personId: p.eli! });
    const departure = await db().departure.findFirstOrThrow({ where: { personId: p.eli! } });
    expect(departure).toMatchObject({ voluntary: true, regrettable: true, reason: null });
    expect(formatDate(departure.date)).toBe("2026-01-01");
    const [audit] = await db().$queryRaw<Array<{ leaks: number }>>`
      SELECT count(*)::int AS leaks FROM "AuditEvent" WHERE concat(before::text, after::text) ILIKE '%REASON-ELI%'`;
    expect(audit!.leaks).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "departure.record", subjectIds: { has: p.eli! } } })).toBe(1);
    expect(quarter(await attritionByQuarter({ actor: a.hr!, today: AS_OF }), "FY2026 Q1")).toMatchObject({ departures: 2, regrettable: 1 });
  });

  it("also erases the reason of a departure that was recorded and then removed", async () => {
    await recordDeparture({ actor: a.hr!, input: { personId: p.ivy!, date: "2026-03-31", voluntary: false, regrettable: false, reason: "REASON-IVY-REMOVED" } });
    const stored = await db().departure.findFirstOrThrow({ where: { personId: p.ivy! } });
    await removeDeparture({ actor: a.hr!, input: { departureId: stored.id, version: stored.version } });
    await recordDeparture({ actor: a.hr!, input: { personId: p.ivy!, date: "2026-04-30", ...base } });
    await erasePerson({ actor: a.admin!, personId: p.ivy! });
    const [audit] = await db().$queryRaw<Array<{ leaks: number }>>`
      SELECT count(*)::int AS leaks FROM "AuditEvent" WHERE concat(before::text, after::text) ILIKE '%REASON-IVY%'`;
    expect(audit!.leaks).toBe(0);
  });
});
