import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { attritionSummary, coverageSummary, heatmap, levelDistribution, pillarCards, scorecards } from "@/lib/dashboard/widgets";
import { parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { annualisedRate } from "@/lib/metrics/attrition";
import { buildSnapshot } from "@/lib/reports/snapshot";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { buildDashboardOrg } from "../factories/dashboard-org";
import { refusal } from "../support/refusal";

// The quarterly report's snapshot over the org of tests/factories/dashboard-org.ts (read its
// header; tests/integration/dashboard-rollup.test.ts works every figure out by hand). The report
// is built from the dashboard's widgets, so its figures must equal theirs for the same quarter
// and scope; what the widgets do not answer (every manager, every person, movers, DORA, skills,
// risks) is checked here by hand. FY2026 Q4 = 2026-04-01 … 2026-06-30, Q3 the quarter before.
//
// Added here: a CRITICAL risk about the director dana (seen by the VPE, never by dana), a MEDIUM
// risk about kim (below HIGH: never in a report), a private note on eli's check-ins and a note on
// dana's risk that no snapshot may hold, and learning items and experiments around the quarter.

/** Lets one test play a maker of reports who may not read risks: no role is that today. */
const denied = vi.hoisted(() => new Set<string>());
vi.mock("@/lib/auth/permissions", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/permissions")>();
  return { ...real, can: (...args: Parameters<typeof real.can>) => !denied.has(args[1]) && real.can(...args) };
});

const Q = "FY2026-Q4";
const RISK_NOTE = "RISKNOTE-only-for-the-register-8841";
const PRIVATE_NOTE = "PRIVATENOTE-only-for-the-author-5127";

let p: Record<string, number>;
let a: Record<string, Actor>;
let teams: Record<"Alpha" | "Beta", number>;
let items: Record<string, number>;
let vpe: ReportSnapshotData;
let dana: ReportSnapshotData;

const readEvents = async (actor: Actor, since: bigint) =>
  db().auditEvent.findMany({ where: { action: "risk.read", actorId: actor.userId, id: { gt: since } }, orderBy: { id: "asc" } });
const lastAuditId = async () => (await db().auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
const names = (refs: Array<{ name: string }>) => refs.map((ref) => ref.name);

beforeAll(async () => {
  ({ people: p, actors: a, teams } = await buildDashboardOrg());
  await db().retentionRisk.create({
    data: {
      personId: p.dana!, level: "CRITICAL", factors: ["EXTERNAL_OFFER"], regrettable: true, notes: RISK_NOTE, nextReviewDate: parseDate("2026-08-01"),
      createdById: a.vera!.userId, mitigations: { create: { action: "Retention bonus", ownerId: p.vera!, dueDate: parseDate("2026-06-15") } },
    },
  });
  await db().retentionRisk.create({
    data: { personId: p.kim!, level: "MEDIUM", factors: ["WORKLOAD"], regrettable: false, notes: RISK_NOTE, nextReviewDate: parseDate("2026-08-01"), createdById: a.vera!.userId },
  });
  await db().checkIn.updateMany({ where: { subjectId: p.eli! }, data: { privateNote: PRIVATE_NOTE } });
  const item = async (key: string, data: { kind: "LEARNING" | "EXPERIMENT"; status: "PLANNED" | "ACTIVE" | "COMPLETED" | "STOPPED"; personId?: number; teamId?: number; startedOn?: string; completedOn?: string; outcome?: string }) => {
    const { startedOn, completedOn, ...rest } = data;
    const created = await db().skillItem.create({
      data: { ...rest, title: key, startedOn: startedOn ? parseDate(startedOn) : null, completedOn: completedOn ? parseDate(completedOn) : null },
    });
    items[key] = created.id;
  };
  items = {};
  await item("AI pair-programming pilot", { kind: "EXPERIMENT", status: "ACTIVE", personId: p.eli!, startedOn: "2026-04-10" });
  await item("Finance for engineers", { kind: "LEARNING", status: "COMPLETED", personId: p.hal!, startedOn: "2026-01-01", completedOn: "2026-05-01", outcome: "Reads a P&L" });
  await item("Trunk-based development", { kind: "EXPERIMENT", status: "ACTIVE", teamId: teams.Beta, startedOn: "2026-06-01" });
  // Finished before the quarter, or not started: not in it.
  await item("Old course", { kind: "LEARNING", status: "COMPLETED", personId: p.gus!, startedOn: "2025-10-01", completedOn: "2026-03-01" });
  await item("Next quarter's pilot", { kind: "EXPERIMENT", status: "PLANNED", personId: p.kim! });

  vpe = await buildSnapshot({ actor: a.vera!, input: { quarter: Q } });
  dana = await buildSnapshot({ actor: a.dana!, input: { quarter: Q } });
});

describe("the VPE's snapshot", () => {
  const input = { quarter: Q };

  it("is plain JSON with the quarter, the organisation and the maker", () => {
    expect(JSON.parse(JSON.stringify(vpe))).toStrictEqual(vpe);
    expect(vpe).toMatchObject({
      version: 1,
      generatedBy: { userId: a.vera!.userId, name: "vera" },
      organisation: { name: "Dashboard org", timeZone: "UTC", fiscalYearStartMonth: 7 },
      quarter: { key: Q, from: "2026-04-01", to: "2026-06-30" },
      previous: { key: "FY2026-Q3", from: "2026-01-01", to: "2026-03-31" },
      asOf: "2026-06-30",
      scope: { person: null, label: "Whole organisation" },
      includesRisks: true,
    });
    expect(Number.isNaN(Date.parse(vpe.generatedAt))).toBe(false);
  });

  it("has the dashboard's pillar cards, attrition, levels and heatmap for the same quarter", async () => {
    expect(vpe.pillars).toEqual(await pillarCards({ actor: a.vera!, input }));
    const attrition = await attritionSummary({ actor: a.vera!, input });
    expect(vpe.attrition).toEqual({ current: attrition.current, before: attrition.before });
    const levels = await levelDistribution({ actor: a.vera!, input });
    expect(vpe.levels).toEqual(levels.levels);
    expect(vpe.unassignedLevel).toBe(levels.unassigned);
    expect(vpe.heatmap).toEqual((await heatmap({ actor: a.vera!, input: { ...input, all: "1" } })).teams);
    expect(vpe.heatmap.map((team) => team.name)).toEqual(["Alpha", "Beta", "No team"]);
    // eli's promotion on 05-01 over 11 people at both ends of the quarter, annualised as the scorecards do.
    expect(vpe.promotions).toEqual({ count: 1, rate: annualisedRate({ count: 1, headcountStart: 11, headcountEnd: 11, periodMonths: 3 }) });
  });

  it("has the coverage total and every manager's coverage, the widget's lowest first", async () => {
    const widget = await coverageSummary({ actor: a.vera!, input });
    expect(vpe.coverage.total).toEqual(widget.total);
    expect(vpe.coverage.managers).toHaveLength(widget.managerCount);
    expect(vpe.coverage.managers.slice(0, 10)).toEqual(widget.managers.map(({ managerId, name, due, onTime, rate }) => ({ manager: { id: managerId, name }, due, onTime, rate })));
    expect(vpe.coverage.managers.map((m) => [m.manager.name, m.due, m.onTime])).toEqual([
      ["vera", 6, 0], ["dario", 3, 0], ["nat", 3, 0], ["dana", 6, 1], ["mia", 8, 3], ["max", 6, 3],
    ]);
    // Every manager is there: their rows add up to the total.
    expect(vpe.coverage.managers.reduce((sum, m) => sum + m.due, 0)).toBe(vpe.coverage.total.due);
    expect(vpe.coverage.managers.reduce((sum, m) => sum + m.onTime, 0)).toBe(vpe.coverage.total.onTime);
  });

  it("has the scorecards of the whole manager tree, each row as the widget opens it", async () => {
    expect(vpe.scorecards.map((row) => [row.person.name, row.parentId, row.depth])).toEqual([
      ["dana", null, 0], ["mia", p.dana, 1], ["nat", p.dana, 1], ["dario", null, 0], ["max", p.dario, 1],
    ]);
    const opened = new Map<number | null, Awaited<ReturnType<typeof scorecards>>["rows"]>([[null, (await scorecards({ actor: a.vera!, input })).rows]]);
    for (const parent of [p.dana!, p.dario!]) opened.set(parent, (await scorecards({ actor: a.vera!, input: { ...input, parent } })).rows);
    for (const row of vpe.scorecards) {
      const { personId, name, ...figures } = opened.get(row.parentId)!.find((candidate) => candidate.personId === row.person.id)!;
      expect(row, row.person.name).toEqual({ person: { id: personId, name }, parentId: row.parentId, depth: row.depth, ...figures });
    }
    // By hand (dashboard-rollup.test.ts): gus's overdue mitigation counts for dana and mia.
    expect(vpe.scorecards.map((row) => [row.person.name, row.headcount, row.coverage.due, row.risksOverdueMitigation])).toEqual([
      ["dana", 5, 17, 1], ["mia", 2, 8, 1], ["nat", 1, 3, 0], ["dario", 3, 9, 0], ["max", 2, 6, 0],
    ]);
  });

  it("ranks managers by the change of their people's engagement index since the previous quarter", () => {
    // Q4 / Q3: dario (hal, ivy) 2.5 / 2 (hal); max the same; mia (eli, fay, gus) 3.5 / 3 (eli); dana
    // (+ mia, kim) 14.5/4 / 3.5 (eli, kim); nat (kim, no check-in in Q4) has no change.
    expect(vpe.movers.map((m) => [m.manager.name, m.engagement, m.previous, m.change])).toEqual([
      ["dario", 2.5, 2, 0.5], ["max", 2.5, 2, 0.5], ["mia", 3.5, 3, 0.5], ["dana", 3.625, 3.5, 0.125],
    ]);
  });

  it("has one row per person in scope during the quarter", async () => {
    const expected = await db().person.findMany({
      where: { id: { not: p.vera! }, startDate: { lte: parseDate("2026-06-30") }, OR: [{ endDate: null }, { endDate: { gte: parseDate("2026-04-01") } }] },
      select: { id: true },
    });
    expect(vpe.people.map((row) => row.person.id).sort((x, y) => x - y)).toEqual(expected.map((x) => x.id).sort((x, y) => x - y));
    expect(vpe.people).toHaveLength(12); // everyone but vera and leo (left in Q3)
    // The people's due check-ins are the coverage total.
    expect(vpe.people.reduce((sum, row) => sum + row.due, 0)).toBe(vpe.coverage.total.due);
    expect(vpe.people.reduce((sum, row) => sum + row.onTime, 0)).toBe(vpe.coverage.total.onTime);
    expect(vpe.people.find((row) => row.person.id === p.eli)).toEqual({
      person: { id: p.eli, name: "eli" }, title: "Engineer", team: "Alpha", manager: { id: p.mia, name: "mia" },
      region: "ONSHORE", origin: null, level: "E3", daysInLevel: 60, checkIns: 2, due: 3, onTime: 2,
      scores: { QUALITY: 4, ENGAGEMENT: 4, GROWTH: 4, SKILLS: 2, engagementIndex: 3.5 },
      departed: null, promoted: true,
    });
    expect(vpe.people.find((row) => row.person.id === p.fay)).toMatchObject({ level: "E2", daysInLevel: null, due: 2, onTime: 1, departed: "2026-05-15", promoted: false });
    expect(vpe.people.find((row) => row.person.id === p.hal)).toMatchObject({ team: "Beta", region: "NEARSHORE", origin: "Quanta Analytics", scores: { QUALITY: 3.25 } });
  });

  it("has each team's DORA band over the quarter's months and the skills items under way", () => {
    expect(vpe.dora.map((team) => [team.name, team.months, team.band])).toEqual([["Alpha", 3, "ELITE"], ["Beta", 3, "MEDIUM"]]);
    // Beta: 30 deploy days in 91 days; lead 100 h; 36 failures in 300 deployments; restore 10 h.
    expect(vpe.dora[1]).toMatchObject({ teamId: teams.Beta, leadTimeHours: 100, timeToRestoreHours: 10 });
    expect(vpe.dora[1]!.changeFailureRate).toBeCloseTo(0.12, 9);
    expect(vpe.dora[1]!.deployDaysPerWeek).toBeCloseTo((30 / 91) * 7, 9);
    expect(vpe.skills.items.map((item) => [item.title, item.kind, item.status, item.about, item.startedOn, item.endedOn, item.outcome])).toEqual([
      ["Finance for engineers", "LEARNING", "COMPLETED", "hal", "2026-01-01", "2026-05-01", "Reads a P&L"],
      ["AI pair-programming pilot", "EXPERIMENT", "ACTIVE", "eli", "2026-04-10", null, null],
      ["Trunk-based development", "EXPERIMENT", "ACTIVE", "Beta", "2026-06-01", null, null],
    ]);
    expect(vpe.skills.counts).toEqual([{ kind: "LEARNING", status: "COMPLETED", count: 1 }, { kind: "EXPERIMENT", status: "ACTIVE", count: 2 }]);
  });

  it("has the open HIGH and CRITICAL risks, highest first, without notes", () => {
    // dana's is CRITICAL; gus, hal and eli HIGH (ivy's is closed, kim's MEDIUM).
    expect(vpe.risks.map((risk) => [risk.person.name, risk.level, risk.manager?.name, risk.openMitigations, risk.overdueMitigations])).toEqual([
      ["dana", "CRITICAL", "vera", 1, 1], ["gus", "HIGH", "mia", 1, 1], ["hal", "HIGH", "max", 1, 0], ["eli", "HIGH", "mia", 0, 0],
    ]);
    expect(vpe.risks[0]).toMatchObject({ title: "DIRECTOR", regrettable: true, factors: ["EXTERNAL_OFFER"], nextReviewDate: "2026-08-01" });
    const text = JSON.stringify(vpe);
    expect(text).not.toContain(RISK_NOTE);
    expect(text).not.toContain(PRIVATE_NOTE);
    expect(text).not.toContain("Retention bonus");
  });

  it("writes one risk.read audit event per generation, listing the people whose risks it holds", async () => {
    const since = await lastAuditId();
    await buildSnapshot({ actor: a.vera!, input: { quarter: Q } });
    const events = await readEvents(a.vera!, since);
    expect(events).toHaveLength(1);
    expect(events[0]!.subjectIds).toEqual([p.dana!, p.eli!, p.gus!, p.hal!].sort((x, y) => x - y));
    expect(JSON.stringify(events[0], (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain(RISK_NOTE);
  });
});

describe("a director's snapshot", () => {
  it("holds only their subtree, with every figure as their dashboard shows it", async () => {
    const input = { quarter: Q };
    expect(dana.scope).toEqual({ person: { id: p.dana, name: "dana" }, label: "dana's organisation" });
    expect(dana.pillars).toEqual(await pillarCards({ actor: a.dana!, input }));
    expect(dana.attrition.current).toEqual((await attritionSummary({ actor: a.dana!, input })).current);
    expect(dana.coverage.total).toEqual((await coverageSummary({ actor: a.dana!, input })).total);
    expect(dana.heatmap.map((team) => team.name)).toEqual(["Alpha", "No team"]);
    expect(dana.dora.map((team) => team.name)).toEqual(["Alpha"]);
    expect(dana.scorecards.map((row) => [row.person.name, row.parentId, row.depth])).toEqual([["mia", null, 0], ["nat", null, 0]]);
    expect(names(dana.people.map((row) => row.person))).toEqual(["eli", "fay", "gus", "kim", "mia", "nat"]);
    expect(names(dana.movers.map((m) => m.manager))).toEqual(["mia"]);
    expect(dana.skills.items.map((item) => item.title)).toEqual(["AI pair-programming pilot"]);
    const text = JSON.stringify(dana);
    for (const outsider of ["dario", "max", "hal", "ivy", "leo", "hana", "Beta"]) expect(text, outsider).not.toMatch(new RegExp(`"${outsider}"`));
  });

  it("is the VPE's snapshot of that subtree", async () => {
    const vpeOfDana = await buildSnapshot({ actor: a.vera!, input: { quarter: Q, scopePersonId: p.dana! } });
    expect({ ...vpeOfDana, generatedAt: dana.generatedAt, generatedBy: dana.generatedBy }).toEqual(dana);
  });

  it("finds no trace of the risk about themselves", async () => {
    expect(dana.includesRisks).toBe(true);
    expect(names(dana.risks.map((risk) => risk.person))).toEqual(["gus", "eli"]);
    const text = JSON.stringify(dana);
    expect(text).not.toContain("CRITICAL");
    expect(text).not.toContain("EXTERNAL_OFFER");
    expect(text).not.toContain("2026-08-01");
    expect(text).not.toContain(RISK_NOTE);
    expect(text).not.toContain(PRIVATE_NOTE);
    const since = await lastAuditId();
    await buildSnapshot({ actor: a.dana!, input: { quarter: Q } });
    const events = await readEvents(a.dana!, since);
    expect(events.map((event) => event.subjectIds)).toEqual([[p.eli!, p.gus!].sort((x, y) => x - y)]);
  });

  it("is refused outside their subtree as not found, and inside it narrows to the subtree", async () => {
    for (const other of [p.dario!, p.max!, p.hal!, p.vera!]) {
      expect((await refusal(buildSnapshot({ actor: a.dana!, input: { quarter: Q, scopePersonId: other } }))).code).toBe("NOT_FOUND");
    }
    const mia = await buildSnapshot({ actor: a.dana!, input: { quarter: Q, scopePersonId: p.mia! } });
    expect(mia.scope.person).toEqual({ id: p.mia, name: "mia" });
    expect(names(mia.people.map((row) => row.person))).toEqual(["eli", "fay", "gus"]);
    expect(mia.scorecards).toEqual([]);
    expect(names(mia.risks.map((risk) => risk.person))).toEqual(["gus", "eli"]);
  });
});

describe("who may make a report", () => {
  it("refuses roles without reports, and bad input per field", async () => {
    for (const who of ["hana", "hr", "mia", "max"]) {
      expect((await refusal(buildSnapshot({ actor: a[who]!, input: { quarter: Q } }))).code, who).toBe("NOT_FOUND");
    }
    const bad = await refusal(buildSnapshot({ actor: a.vera!, input: { quarter: "2026-Q4", scopePersonId: -1 } }));
    expect((await refusal(buildSnapshot({ actor: a.vera!, input: {} as never }))).fields).toEqual({ quarter: ["Choose a quarter"] });
    expect(bad.code).toBe("UNPROCESSABLE");
    expect(Object.keys(bad.fields).sort()).toEqual(["quarter", "scopePersonId"]);
  });

  it("leaves risks out, and audits nothing, for a maker who may not read risks", async () => {
    const since = await lastAuditId();
    denied.add("risk:read");
    try {
      const snapshot = await buildSnapshot({ actor: a.vera!, input: { quarter: Q } });
      expect(snapshot.includesRisks).toBe(false);
      expect(snapshot.risks).toEqual([]);
      expect(snapshot.scorecards.every((row) => row.risksOverdueMitigation === null)).toBe(true);
      expect(JSON.stringify(snapshot)).not.toContain("CRITICAL");
      // Everything else is the same report.
      expect(snapshot.pillars).toEqual(vpe.pillars);
      expect(snapshot.people).toEqual(vpe.people);
    } finally {
      denied.delete("risk:read");
    }
    expect(await readEvents(a.vera!, since)).toEqual([]);
  });
});
