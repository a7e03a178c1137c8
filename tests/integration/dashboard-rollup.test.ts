import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { managerCoverage } from "@/lib/check-ins/coverage";
import { scheduleOf } from "@/lib/check-ins/schedule";
import { quarterKey } from "@/lib/dashboard/filters";
import { freshQuarters } from "@/lib/dashboard/rollup";
import { attritionSummary, coverageSummary, drillDown, heatmap, levelDistribution, pillarCards, scorecards } from "@/lib/dashboard/widgets";
import { addDays, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { recordDeparture } from "@/lib/departures/mutations";
import { attritionByQuarter } from "@/lib/departures/queries";
import { attritionFigures, countAttrition, quarterPeriod } from "@/lib/metrics/attrition";
import { doraBand, periodDoraMetrics } from "@/lib/metrics/dora";
import { scheduleCoverage } from "@/lib/metrics/due-dates";
import { fiscalQuarterOf, fiscalQuarterRange, type FiscalQuarter } from "@/lib/metrics/fiscal";
import { timeInLevelDays } from "@/lib/metrics/time-in-level";
import { attachToTree } from "@/lib/org/closure";
import { orgToday } from "@/lib/org/queries";
import { changeReportingLine } from "@/lib/people/mutations";
import { saveTeamMonth } from "@/lib/quality/mutations";
import { buildDashboardOrg, ORIGIN } from "../factories/dashboard-org";
import { refusal } from "../support/refusal";

// The dashboard's widgets read the rollup (lib/dashboard/rollup.ts); here every figure is checked
// against a hand computation over the org of tests/factories/dashboard-org.ts (read its header).
// The pinned quarter is FY2026 Q4 = 2026-04-01 … 2026-06-30 (fiscal year from July), long past.
// Org-wide views leave out the viewer's own record: the VPE (vera) counts everyone but vera, the HR
// partner hana everyone but hana, the HR partner "hr" (no Person) everyone.
//
// Per person in Q4 — check-in means (Q E G S, index = mean of safety, autonomy, trust), team band:
//   Alpha ELITE (5): 75 deploy days / 91 days × 7 = 5.8 a week, lead 12 h, failures 1 %, restore 0.5 h.
//   Beta MEDIUM (2.5): 2.3 deploy days a week (HIGH), lead 100 h (HIGH), failures 12 % (MEDIUM), restore 10 h (HIGH).
//   QUALITY = mean(check-in quality, band value); no team → the check-in quality alone.
//                check-ins                       Q                    E    G    S    index
//   eli  Alpha   04-06 (4,4,3,2|4,4,4), 05-04 (2,4,5,2|2,3,4)   (3+5)/2 = 4         4    4    2    (3+3.5+4)/3 = 3.5
//   fay  Alpha   04-20 (5,5,5,5|5,5,5)              (5+5)/2 = 5         5    5    5    5
//   gus  Alpha   06-08 (3,2,2,4|2,2,2)              (3+5)/2 = 4         2    2    4    2
//   hal  Beta    05-05 (4,3,4,3|3,3,3), 06-05 (4,1,2,3|3,3,3)   (4+2.5)/2 = 3.25    2    3    3    3
//   ivy  Beta    04-05 (1,2,3,4|1,2,3)              (1+2.5)/2 = 1.75    2    3    4    2
//   mia  —       05-05 (4,4,4,4|4,4,4)              4                   4    4    4    4
//   (kim, nat, max, the directors, vera and hana: no check-in in Q4, so no scores at all, not even
//   QUALITY's band part: kim in Alpha does not count 5 for QUALITY. leo left in Q3.)
// Q3 (Alpha HIGH = 4, Beta no months): eli 02-05 all 3 → Q (3+4)/2 = 3.5; kim 03-05 all 4 → Q 4; hal 01-10 all 2 → Q 2.
//
// Due dates (MONTHLY on the 5th, grace 2) count only for people with a manager, who writes their
// check-ins: never vera's or hana's, whoever looks. Q4 counts 04-05, 05-05, 06-05 for everyone else
// employed, fay (left 05-15) only two. A due date is met by the first unused check-in after the
// previous due date and by its deadline: eli 04-06 → 04-05 and 05-04 → 05-05 (2 of 3); fay 04-20 →
// 05-05 (1 of 2); gus 06-08 is past 06-07 (0 of 3); hal 05-05, 06-05 (2 of 3); ivy 04-05 (1 of 3);
// mia 05-05 (1 of 3); dana, dario, nat, max, kim 0 of 3. Org: 10 × 3 + 2 = 32 due, 7 on time, the
// same for the VPE and both HR partners (lib/metrics alone would also count vera's 3: 35).
//
// Headcount in Q4 (04-01 → 06-30; leo left in Q3, fay on 05-15, hana joined on 05-01): everyone
// employed is 12 → 12; the VPE, without vera, 11 → 11; hana, without herself, 12 → 11; hr 12 → 12.

const Q = "FY2026-Q4";
const Q_FROM = "2026-04-01";
const Q3_FROM = "2026-01-01";
const Q2_FROM = "2025-10-01";
const START_MONTH = 7;
const GRACE = 2;

let p: Record<string, number>;
let a: Record<string, Actor>;
let teams: Record<"Alpha" | "Beta", number>;
let levels: Map<string, number>;
let templateVersionId: number;

function expectClose(actual: object, expected: Record<string, number | null>) {
  const values = actual as Record<string, number | null>;
  for (const [key, value] of Object.entries(expected)) {
    if (value === null) expect(values[key], key).toBeNull();
    else expect(values[key], key).toBeCloseTo(value, 9);
  }
}

async function rollupState(from: string) {
  const [row] = await db().$queryRaw<Array<{ generation: bigint; builtGeneration: bigint; builtAt: Date | null }>>`
    SELECT generation, "builtGeneration", "builtAt" FROM "DashboardRollupState" WHERE "quarterStart" = ${from}::date`;
  return row ?? null;
}

/** lib/metrics coverage of these people over [from, to]: each one's schedule, employment and submitted check-ins, summed. */
async function metricsCoverage(personIds: number[], from: Date, to: Date) {
  let due = 0;
  let onTime = 0;
  for (const id of personIds) {
    const person = await db().person.findUniqueOrThrow({ where: { id }, select: { startDate: true, endDate: true } });
    const checkIns = await db().checkIn.findMany({ where: { subjectId: id, status: "SUBMITTED" }, select: { date: true } });
    const result = scheduleCoverage({ segments: await scheduleOf(id), from, to, checkInDates: checkIns.map((c) => c.date), graceDays: GRACE, employment: person });
    due += result.due;
    onTime += result.onTime;
  }
  return { due, onTime, rate: due === 0 ? null : onTime / due };
}

/** lib/metrics attrition over the people matching `where` (a Person filter) and their departures, for one fiscal quarter as of `today`. */
async function metricsAttrition(quarter: FiscalQuarter, today: Date, where: object = {}) {
  const people = await db().person.findMany({ where, select: { id: true, startDate: true, endDate: true } });
  const departures = await db().departure.findMany({ where: { personId: { in: people.map((person) => person.id) } } });
  const period = quarterPeriod(quarter, START_MONTH, today);
  return attritionFigures(countAttrition(people, departures, period), period.months);
}

beforeAll(async () => {
  ({ people: p, actors: a, teams, levels, templateVersionId } = await buildDashboardOrg());
  // The pinned quarter must be over for its figures to be final.
  expect(formatDate(await orgToday()) > "2026-07-03").toBe(true);
});

describe("pillar cards", () => {
  it("gives the VPE each pillar's mean over people, the engagement index and the change since last quarter", async () => {
    const cards = await pillarCards({ actor: a.vera!, input: { quarter: Q } });
    expect(cards.quarter).toEqual({ key: Q, label: "FY2026 Q4", from: Q_FROM, to: "2026-06-30" });
    expect(cards.previous).toMatchObject({ key: "FY2026-Q3", from: Q3_FROM, to: "2026-03-31" });
    const card = Object.fromEntries(cards.cards.map((c) => [c.pillar, c]));
    // Q4 over eli, fay, gus, hal, ivy, mia. Q3 over eli, kim, hal.
    // QUALITY (4 + 5 + 4 + 3.25 + 1.75 + 4) / 6 = 22/6; Q3 (3.5 + 4 + 2) / 3 = 9.5/3; change 0.5.
    expectClose(card.QUALITY!, { score: 22 / 6, previous: 9.5 / 3, change: 0.5 });
    // ENGAGEMENT (4 + 5 + 2 + 2 + 2 + 4) / 6 = 19/6; Q3 (3 + 4 + 2) / 3 = 3; change 0.1667 → 0.17.
    expectClose(card.ENGAGEMENT!, { score: 19 / 6, previous: 3, change: 0.17 });
    // GROWTH (4 + 5 + 2 + 3 + 3 + 4) / 6 = 3.5; Q3 3; change 0.5.
    expectClose(card.GROWTH!, { score: 3.5, previous: 3, change: 0.5 });
    // SKILLS (2 + 5 + 4 + 3 + 4 + 4) / 6 = 22/6; Q3 3; change 0.67.
    expectClose(card.SKILLS!, { score: 22 / 6, previous: 3, change: 0.67 });
    // Index (3.5 + 5 + 2 + 3 + 2 + 4) / 6 = 3.25; Q3 (3 + 4 + 2) / 3 = 3; change 0.25.
    expectClose(cards.engagementIndex, { score: 3.25, previous: 3, change: 0.25 });
    expect(cards.people).toEqual({ current: 6, previous: 3 });
  });

  it("agrees with lib/metrics on the teams' DORA bands", async () => {
    const months = await db().teamMonthlyMetric.findMany({ where: { month: { gte: parseDate(Q_FROM), lte: parseDate("2026-06-01") } } });
    const band = (teamId: number) => doraBand(periodDoraMetrics(months.filter((m) => m.teamId === teamId).map((m) => ({
      days: new Date(Date.UTC(m.month.getUTCFullYear(), m.month.getUTCMonth() + 1, 0)).getUTCDate(),
      deployments: m.deployments, deployDays: m.deployDays, failedDeployments: m.failedDeployments, leadTimeHours: m.leadTimeHours, timeToRestoreHours: m.timeToRestoreHours,
    })))!);
    expect([band(teams.Alpha), band(teams.Beta)]).toEqual(["ELITE", "MEDIUM"]);
  });
});

describe("heatmap and drill-down", () => {
  it("gives each team its scores, band and scored people", async () => {
    const map = await heatmap({ actor: a.vera!, input: { quarter: Q } });
    expect(map.teams.map((t) => [t.name, t.teamId, t.people, t.band])).toEqual([
      ["Alpha", teams.Alpha, 3, "ELITE"],
      ["Beta", teams.Beta, 2, "MEDIUM"],
      ["No team", 0, 1, null],
    ]);
    const [alpha, beta, none] = map.teams;
    // Alpha: eli, fay, gus. Q (4+5+4)/3, E (4+5+2)/3, G (4+5+2)/3, S (2+5+4)/3, index (3.5+5+2)/3.
    expectClose(alpha!.scores, { QUALITY: 13 / 3, ENGAGEMENT: 11 / 3, GROWTH: 11 / 3, SKILLS: 11 / 3, engagementIndex: 3.5 });
    // Beta: hal, ivy. Q (3.25+1.75)/2, E (2+2)/2, G (3+3)/2, S (3+4)/2, index (3+2)/2.
    expectClose(beta!.scores, { QUALITY: 2.5, ENGAGEMENT: 2, GROWTH: 3, SKILLS: 3.5, engagementIndex: 2.5 });
    // No team: mia alone (the other managers, the directors and hana have no check-in; vera's own
    // record is not in the VPE's view).
    expectClose(none!.scores, { QUALITY: 4, ENGAGEMENT: 4, GROWTH: 4, SKILLS: 4, engagementIndex: 4 });
  });

  it("drills into a team's people with their own score, lowest first", async () => {
    const alpha = await drillDown({ actor: a.vera!, input: { quarter: Q, team: teams.Alpha, pillar: "QUALITY" } });
    expect(alpha.title).toBe("Alpha team, Enterprise-level quality");
    expect(alpha.total).toBe(3);
    // eli 4 and gus 4 (a tie, by name), then fay 5; kim has no check-in in Q4 and is left out.
    expect(alpha.people.map((x) => [x.name, x.score, x.checkIns, x.team, x.manager])).toEqual([
      ["eli", 4, 2, "Alpha", "mia"], ["gus", 4, 1, "Alpha", "mia"], ["fay", 5, 1, "Alpha", "mia"],
    ]);
    const beta = await drillDown({ actor: a.vera!, input: { quarter: Q, team: teams.Beta, pillar: "QUALITY" } });
    expect(beta.people.map((x) => [x.name, x.score])).toEqual([["ivy", 1.75], ["hal", 3.25]]);
    const index = await drillDown({ actor: a.vera!, input: { quarter: Q, team: teams.Alpha, pillar: "INDEX" } });
    expect(index.people.map((x) => [x.name, x.score])).toEqual([["gus", 2], ["eli", 3.5], ["fay", 5]]);
    // Everyone the team had in the quarter, without a pillar: kim too.
    const everyone = await drillDown({ actor: a.vera!, input: { quarter: Q, team: teams.Alpha } });
    expect(everyone.people.map((x) => x.name).sort()).toEqual(["eli", "fay", "gus", "kim"]);
  });
});

describe("scorecards", () => {
  it("gives the VPE one row per director, each over everyone below them", async () => {
    const cards = await scorecards({ actor: a.vera!, input: { quarter: Q } });
    expect(cards.parent).toEqual({ id: p.vera!, name: "vera" });
    expect(cards.rows.map((r) => r.name)).toEqual(["dana", "dario"]);
    const [dana, dario] = cards.rows;
    // Below dana: mia, nat, eli, fay, gus, kim; 6 on 04-01, 5 on 06-30 (fay left 05-15, regrettable, voluntary).
    // Due 3 each and fay 2 = 17; on time mia 1 + eli 2 + fay 1 = 4. Index over eli, fay, gus, mia: (3.5+5+2+4)/4.
    // Attrition 1 ÷ ((6+5)/2) × 12/3 = 8/11; promotions: eli on 05-01 (kim's was in Q3), the same rate.
    expect(dana).toMatchObject({
      personId: p.dana!, headcount: 5, managersBelow: 2, coverage: { due: 17, onTime: 4 }, promotions: 1, risksOverdueMitigation: 1,
      attrition: { headcountStart: 6, headcountEnd: 5, departures: 1, regrettable: 1, voluntary: 1 },
    });
    expectClose(dana!, { engagement: 14.5 / 4, promotionRate: 8 / 11 });
    expectClose(dana!.coverage, { rate: 4 / 17 });
    expectClose(dana!.attrition, { attrition: 8 / 11, regrettableAttrition: 8 / 11, voluntaryAttrition: 8 / 11 });
    // Below dario: max, hal, ivy (leo left in Q3). Due 9, on time hal 2 + ivy 1. Index (3+2)/2. Hal's
    // mitigation is not due yet and ivy's risk is closed: no overdue mitigation.
    expect(dario).toMatchObject({
      personId: p.dario!, headcount: 3, managersBelow: 1, coverage: { due: 9, onTime: 3 }, promotions: 0, promotionRate: 0, risksOverdueMitigation: 0,
      attrition: { headcountStart: 3, headcountEnd: 3, departures: 0, regrettable: 0, attrition: 0, regrettableAttrition: 0 },
    });
    expectClose(dario!, { engagement: 2.5 });
    expectClose(dario!.coverage, { rate: 1 / 3 });
    // The regrettable rate is lib/metrics' annualised rate over the same counts.
    expect(dana!.attrition).toEqual(attritionFigures({ headcountStart: 6, headcountEnd: 5, departures: 1, regrettable: 1, voluntary: 1 }, 3));
  });

  it("opens a director's row onto their managers", async () => {
    const cards = await scorecards({ actor: a.vera!, input: { quarter: Q, parent: p.dana! } });
    expect(cards.parent).toEqual({ id: p.dana!, name: "dana" });
    const [mia, nat] = cards.rows;
    // Below mia: eli, fay, gus (3 → 2). Due 3 + 2 + 3, on time 2 + 1 + 0. Index (3.5+5+2)/3. 1 ÷ 2.5 × 4 = 1.6.
    expect(mia).toMatchObject({ name: "mia", headcount: 2, managersBelow: 0, coverage: { due: 8, onTime: 3 }, promotions: 1, risksOverdueMitigation: 1 });
    expectClose(mia!, { engagement: 3.5, promotionRate: 1.6 });
    expectClose(mia!.attrition, { regrettableAttrition: 1.6 });
    // Below nat: kim, without a check-in in Q4.
    expect(nat).toMatchObject({ name: "nat", headcount: 1, coverage: { due: 3, onTime: 0, rate: 0 }, engagement: null, promotions: 0, risksOverdueMitigation: 0 });
    // The director's own default view is the same.
    expect(await scorecards({ actor: a.dana!, input: { quarter: Q } })).toEqual(cards);
  });

  it("refuses another director's subtree as not found, and managers altogether", async () => {
    expect((await refusal(scorecards({ actor: a.dana!, input: { quarter: Q, parent: p.dario! } }))).code).toBe("NOT_FOUND");
    expect((await refusal(scorecards({ actor: a.dana!, input: { quarter: Q, parent: p.max! } }))).code).toBe("NOT_FOUND");
    expect((await refusal(scorecards({ actor: a.dana!, input: { quarter: Q, under: p.dario! } }))).code).toBe("NOT_FOUND");
    for (const widget of [pillarCards, heatmap, scorecards, levelDistribution, coverageSummary, attritionSummary, drillDown]) {
      expect((await refusal(widget({ actor: a.mia!, input: { quarter: Q } }))).code).toBe("NOT_FOUND");
    }
  });
});

describe("level distribution", () => {
  it("counts people per level at the quarter's end with their mean days in level", async () => {
    const dist = await levelDistribution({ actor: a.vera!, input: { quarter: Q } });
    expect(dist.asOf).toBe("2026-06-30");
    // At 06-30: E2 gus (since 2025-01-01: 545 days) and hal (2025-06-01: 394), fay left; E3 eli (promoted
    // 2026-05-01: 60) and kim (2026-02-01: 149); M1 mia (545) and nat (2026-04-15: 76); M3 dana (545).
    expect(dist.levels.map((l) => [l.track, l.code, l.levelId, l.people, l.meanDaysInLevel])).toEqual([
      ["Individual contributor", "E2", levels.get("E2"), 2, (545 + 394) / 2],
      ["Individual contributor", "E3", levels.get("E3"), 2, (60 + 149) / 2],
      ["Management", "M1", levels.get("M1"), 2, (545 + 76) / 2],
      ["Management", "M3", levels.get("M3"), 1, 545],
    ]);
    expect(timeInLevelDays(parseDate("2026-05-01"), parseDate("2026-06-30"))).toBe(60);
    // dario, max, ivy and hana (joined 05-01); vera's own record is left out.
    expect(dist.unassigned).toBe(4);
    expect(dist.levels.reduce((sum, l) => sum + l.people, dist.unassigned)).toBe(11);
  });
});

describe("coverage", () => {
  it("gives on time ÷ due overall and per manager, as lib/metrics and the coverage report compute them", async () => {
    const summary = await coverageSummary({ actor: a.vera!, input: { quarter: Q } });
    expect(summary.countedTo).toBe("2026-06-30");
    // vera's own record is not in her view, and would add no due date anyway (no manager).
    expect(summary.total).toEqual({ due: 32, onTime: 7, rate: 7 / 32 });
    // Per direct manager: vera (dana, dario) 0/6; dario (max) 0/3; nat (kim) 0/3; dana (mia, nat) 1/6;
    // mia (eli, fay, gus) 3/8; max (hal, ivy) 3/6. Lowest rate first, then most due, then id.
    expect(summary.managers.map((m) => [m.name, m.due, m.onTime])).toEqual([
      ["vera", 6, 0], ["dario", 3, 0], ["nat", 3, 0], ["dana", 6, 1], ["mia", 8, 3], ["max", 6, 3],
    ]);
    expect(summary.managerCount).toBe(6);

    // lib/metrics over everyone with a manager (leo, gone in Q3, has no Q4 due date).
    const managed = await db().person.findMany({ where: { managerId: { not: null } }, select: { id: true } });
    expect(await metricsCoverage(managed.map((x) => x.id), parseDate(Q_FROM), parseDate("2026-06-30"))).toEqual(summary.total);
    // vera's and hana's schedules have due dates lib/metrics would count, which nobody writes.
    expect(await metricsCoverage([p.vera!], parseDate(Q_FROM), parseDate("2026-06-30"))).toEqual({ due: 3, onTime: 0, rate: 0 });
    expect(await metricsCoverage([p.hana!], parseDate(Q_FROM), parseDate("2026-06-30"))).toEqual({ due: 2, onTime: 0, rate: 0 });
    for (const manager of summary.managers) {
      const reports = await db().person.findMany({ where: { managerId: manager.managerId, NOT: { id: p.leo! } }, select: { id: true } });
      const expected = await metricsCoverage(reports.map((x) => x.id), parseDate(Q_FROM), parseDate("2026-06-30"));
      expect({ due: manager.due, onTime: manager.onTime, rate: manager.rate }, manager.name).toEqual(expected);
    }
    // The check-ins module's report over the managers below the VPE (it leaves out the VPE's own line).
    const report = await managerCoverage({ actor: a.vera!, quarter: { fiscalYear: 2026, quarter: 4 } });
    expect(report.managers.map((m) => [m.name, m.due, m.onTime]).sort()).toEqual(
      summary.managers.filter((m) => m.managerId !== p.vera).map((m) => [m.name, m.due, m.onTime]).sort(),
    );
  });
});

describe("attrition", () => {
  it("equals lib/metrics over the same people and departures, this quarter and the one before", async () => {
    const summary = await attritionSummary({ actor: a.vera!, input: { quarter: Q } });
    const today = await orgToday();
    // Everyone but vera. Q4: 11 on 04-01 (leo gone, hana not yet there), 11 on 06-30 (fay gone, hana
    // joined); fay: 1 ÷ 11 × 4. Q3: 12 → 11; leo: 1 ÷ 11.5 × 4 = 8/23.
    expect(summary.current).toMatchObject({ headcountStart: 11, headcountEnd: 11, departures: 1, regrettable: 1, voluntary: 1 });
    expectClose(summary.current, { attrition: 4 / 11, regrettableAttrition: 4 / 11, voluntaryAttrition: 4 / 11 });
    expect(summary.before).toMatchObject({ headcountStart: 12, headcountEnd: 11, departures: 1, regrettable: 0, voluntary: 0, regrettableAttrition: 0 });
    expectClose(summary.before, { attrition: 8 / 23 });
    const notVera = { NOT: { id: p.vera! } };
    expect(summary.current).toEqual(await metricsAttrition({ fiscalYear: 2026, quarter: 4 }, today, notVera));
    expect(summary.before).toEqual(await metricsAttrition({ fiscalYear: 2026, quarter: 3 }, today, notVera));
    // The departures page's SQL agrees for the VPE (it leaves out her own record too).
    const page = await attritionByQuarter({ actor: a.vera!, today: parseDate("2026-06-30") });
    expect(page.quarters.find((q) => q.label === "FY2026 Q4")).toMatchObject(summary.current);
    expect(page.quarters.find((q) => q.label === "FY2026 Q3")).toMatchObject(summary.before);
  });
});

describe("an HR partner's view", () => {
  it("counts vera's record but never her due dates, and leaves out the HR partner's own record", async () => {
    const input = { quarter: Q };
    const today = await orgToday();
    const Q4: FiscalQuarter = { fiscalYear: 2026, quarter: 4 };
    const Q3: FiscalQuarter = { fiscalYear: 2026, quarter: 3 };
    const notHana = { NOT: { id: p.hana! } };
    // hana sees everyone but hana. Q4: 12 on 04-01 (vera counts; hana not yet there), 11 on 06-30
    // (fay gone, hana left out); fay: 1 ÷ 11.5 × 4 = 8/23. Q3 (before hana): 13 → 12; leo: 1 ÷ 12.5 × 4 = 0.32.
    const attrition = await attritionSummary({ actor: a.hana!, input });
    expect(attrition.current).toMatchObject({ headcountStart: 12, headcountEnd: 11, departures: 1, regrettable: 1, voluntary: 1 });
    expectClose(attrition.current, { attrition: 8 / 23, regrettableAttrition: 8 / 23 });
    expect(attrition.before).toMatchObject({ headcountStart: 13, headcountEnd: 12, departures: 1, regrettable: 0 });
    expectClose(attrition.before, { attrition: 0.32 });
    expect(attrition.current).toEqual(await metricsAttrition(Q4, today, notHana));
    expect(attrition.before).toEqual(await metricsAttrition(Q3, today, notHana));
    const page = await attritionByQuarter({ actor: a.hana!, today: parseDate("2026-06-30") });
    expect(page.quarters.find((q) => q.label === "FY2026 Q4")).toMatchObject(attrition.current);
    expect(page.quarters.find((q) => q.label === "FY2026 Q3")).toMatchObject(attrition.before);
    // hr, without a Person, counts everyone: 12 → 12 (hana joined, fay left): 1 ÷ 12 × 4.
    const everyone = await attritionSummary({ actor: a.hr!, input });
    expect(everyone.current).toMatchObject({ headcountStart: 12, headcountEnd: 12, departures: 1 });
    expectClose(everyone.current, { attrition: 1 / 3 });
    expect(everyone.current).toEqual(await metricsAttrition(Q4, today));
    const hrPage = await attritionByQuarter({ actor: a.hr!, today: parseDate("2026-06-30") });
    expect(hrPage.quarters.find((q) => q.label === "FY2026 Q4")).toMatchObject(everyone.current);

    // Levels at 06-30 as the VPE's, but unassigned are vera, dario, max, ivy (not hana); hr has all five.
    const dist = await levelDistribution({ actor: a.hana!, input });
    expect(dist.levels.map((l) => [l.code, l.people])).toEqual([["E2", 2], ["E3", 2], ["M1", 2], ["M3", 1]]);
    expect(dist.unassigned).toBe(4);
    expect((await levelDistribution({ actor: a.hr!, input })).unassigned).toBe(5);

    // Coverage: vera is in hana's scope but has no manager, so none of her 3 due dates count: 32 due,
    // 7 on time, as for the VPE and hr (lib/metrics over everyone in hana's scope would say 35).
    const coverage = await coverageSummary({ actor: a.hana!, input });
    expect(coverage.total).toEqual({ due: 32, onTime: 7, rate: 7 / 32 });
    const scope = await db().person.findMany({ where: notHana, select: { id: true } });
    expect(await metricsCoverage(scope.map((x) => x.id), parseDate(Q_FROM), parseDate("2026-06-30"))).toEqual({ due: 35, onTime: 7, rate: 0.2 });
    const vpe = await coverageSummary({ actor: a.vera!, input });
    expect(coverage).toEqual(vpe);
    expect(await coverageSummary({ actor: a.hr!, input })).toEqual(vpe);
    // The check-ins module's report for hr (every manager, vera's line included) adds up to the same.
    const report = await managerCoverage({ actor: a.hr!, quarter: Q4 });
    expect(report.managers.map((m) => [m.name, m.due, m.onTime]).sort()).toEqual(coverage.managers.map((m) => [m.name, m.due, m.onTime]).sort());
    expect([report.managers.reduce((sum, m) => sum + m.due, 0), report.managers.reduce((sum, m) => sum + m.onTime, 0)]).toEqual([32, 7]);

    // The people behind the figures: vera without a due date, hana absent (leo left in Q3).
    const people = await drillDown({ actor: a.hana!, input });
    expect(people.people.map((x) => x.name).sort()).toEqual(["dana", "dario", "eli", "fay", "gus", "hal", "ivy", "kim", "max", "mia", "nat", "vera"]);
    expect(people.people.find((x) => x.name === "vera")).toMatchObject({ checkIns: 0, due: 0, onTime: 0, score: null });
    expect(people.people.find((x) => x.name === "dana")).toMatchObject({ due: 3, onTime: 0 });
    // Scorecards: hana leads nobody, so the top of the tree: vera, over the 10 below her at 06-30.
    const cards = await scorecards({ actor: a.hana!, input });
    expect(cards.parent).toBeNull();
    expect(cards.rows.map((r) => [r.name, r.headcount, r.managersBelow, r.coverage.due, r.coverage.onTime])).toEqual([["vera", 10, 2, 32, 7]]);
    // Neither vera nor hana has a check-in: the scores are the VPE's.
    expect(await pillarCards({ actor: a.hana!, input })).toEqual(await pillarCards({ actor: a.vera!, input }));
  });
});

describe("filters", () => {
  it("narrows every figure to one region", async () => {
    const input = { quarter: Q, region: "NEARSHORE" };
    // gus, hal, max (and leo, gone before Q4). Scored: gus, hal. Q3: hal.
    const cards = await pillarCards({ actor: a.vera!, input });
    const card = Object.fromEntries(cards.cards.map((c) => [c.pillar, c]));
    expectClose(card.QUALITY!, { score: (4 + 3.25) / 2, previous: 2, change: 1.63 });
    expectClose(card.ENGAGEMENT!, { score: 2, previous: 2, change: 0 });
    expectClose(card.GROWTH!, { score: 2.5, previous: 2, change: 0.5 });
    expectClose(card.SKILLS!, { score: 3.5, previous: 2, change: 1.5 });
    expectClose(cards.engagementIndex, { score: 2.5, previous: 2, change: 0.5 });
    expect(cards.people).toEqual({ current: 2, previous: 1 });

    const map = await heatmap({ actor: a.vera!, input });
    expect(map.teams.map((t) => [t.name, t.people, t.scores.QUALITY])).toEqual([["Alpha", 1, 4], ["Beta", 1, 3.25], ["No team", 0, null]]);
    const cardsByDirector = (await scorecards({ actor: a.vera!, input })).rows;
    expect(cardsByDirector.map((r) => [r.name, r.headcount, r.coverage.due, r.coverage.onTime, r.engagement, r.attrition.departures, r.risksOverdueMitigation])).toEqual([
      ["dana", 1, 3, 0, 2, 0, 1], ["dario", 2, 6, 2, 3, 0, 0],
    ]);
    expect((await coverageSummary({ actor: a.vera!, input })).total).toEqual({ due: 9, onTime: 2, rate: 2 / 9 });
    const dist = await levelDistribution({ actor: a.vera!, input });
    expect(dist.levels.map((l) => [l.code, l.people, l.meanDaysInLevel])).toEqual([["E2", 2, (545 + 394) / 2]]);
    expect(dist.unassigned).toBe(1);
    const attrition = await attritionSummary({ actor: a.vera!, input });
    const today = await orgToday();
    // Q4 3 → 3, nobody left; Q3 4 → 3 (leo): 1 ÷ 3.5 × 4.
    expect(attrition.current).toEqual(await metricsAttrition({ fiscalYear: 2026, quarter: 4 }, today, { region: "NEARSHORE" }));
    expect(attrition.before).toEqual(await metricsAttrition({ fiscalYear: 2026, quarter: 3 }, today, { region: "NEARSHORE" }));
    expect(attrition.current).toMatchObject({ headcountStart: 3, headcountEnd: 3, departures: 0 });
    expectClose(attrition.before, { attrition: 4 / 3.5 });
    const growth = await drillDown({ actor: a.vera!, input: { ...input, pillar: "GROWTH" } });
    expect(growth.people.map((x) => [x.name, x.score])).toEqual([["gus", 2], ["hal", 3]]);
  });

  it("narrows every figure to one company of origin, and to both filters at once", async () => {
    const input = { quarter: Q, origin: ORIGIN };
    // hal and ivy.
    const cards = await pillarCards({ actor: a.vera!, input });
    expectClose(Object.fromEntries(cards.cards.map((c) => [c.pillar, c.score])), { QUALITY: 2.5, ENGAGEMENT: 2, GROWTH: 3, SKILLS: 3.5 });
    expectClose(cards.engagementIndex, { score: 2.5, previous: 2 });
    expect(cards.people).toEqual({ current: 2, previous: 1 });
    const rows = (await scorecards({ actor: a.vera!, input })).rows;
    expect(rows.map((r) => [r.name, r.headcount, r.coverage, r.engagement])).toEqual([
      ["dana", 0, { due: 0, onTime: 0, rate: null }, null], ["dario", 2, { due: 6, onTime: 3, rate: 0.5 }, 2.5],
    ]);
    expect((await attritionSummary({ actor: a.vera!, input })).current).toMatchObject({ headcountStart: 2, headcountEnd: 2, departures: 0, attrition: 0 });
    expect((await levelDistribution({ actor: a.vera!, input })).unassigned).toBe(1); // ivy; hal is E2
    const both = await pillarCards({ actor: a.vera!, input: { ...input, region: "NEARSHORE" } });
    expectClose(Object.fromEntries(both.cards.map((c) => [c.pillar, c.score])), { QUALITY: 3.25, ENGAGEMENT: 2, GROWTH: 3, SKILLS: 3 });
    expect(both.people.current).toBe(1);
  });

  it("gives the VPE under a director exactly the director's own view", async () => {
    for (const widget of [pillarCards, heatmap, scorecards, levelDistribution, coverageSummary, attritionSummary, drillDown]) {
      const mine = await widget({ actor: a.dana!, input: { quarter: Q } });
      expect(await widget({ actor: a.vera!, input: { quarter: Q, under: p.dana! } }), widget.name).toEqual(mine);
      expect(await widget({ actor: a.dana!, input: { quarter: Q, under: p.dana! } }), widget.name).toEqual(mine);
    }
  });
});

describe("a director's view", () => {
  it("never counts anyone outside their subtree", async () => {
    for (const director of ["dana", "dario"]) {
      const actor = a[director]!;
      const below = await db().person.findMany({
        where: { ancestors: { some: { ancestorId: p[director]!, depth: { gt: 0 } } }, startDate: { lte: parseDate("2026-06-30") }, OR: [{ endDate: null }, { endDate: { gte: parseDate(Q_FROM) } }] },
        select: { id: true, endDate: true },
      });
      const atEnd = below.filter((x) => x.endDate === null || formatDate(x.endDate) >= "2026-06-30").length;
      const attrition = await attritionSummary({ actor, input: { quarter: Q } });
      expect(attrition.current.headcountEnd, director).toBe(atEnd);
      const dist = await levelDistribution({ actor, input: { quarter: Q } });
      expect(dist.levels.reduce((sum, l) => sum + l.people, dist.unassigned), director).toBe(atEnd);
      // The scorecards' rows are the director's managers, each over the people below them: with the
      // managers themselves, the whole subtree.
      const rows = (await scorecards({ actor, input: { quarter: Q } })).rows;
      expect(rows.reduce((sum, r) => sum + r.headcount + 1, 0), director).toBe(atEnd);
      const people = await drillDown({ actor, input: { quarter: Q } });
      expect(people.people.map((x) => x.id).sort(), director).toEqual(below.map((x) => x.id).sort());
      const coverage = await coverageSummary({ actor, input: { quarter: Q } });
      expect(coverage.total, director).toEqual(await metricsCoverage(below.map((x) => x.id), parseDate(Q_FROM), parseDate("2026-06-30")));
    }
    expect((await drillDown({ actor: a.dana!, input: { quarter: Q, team: teams.Beta } })).people).toEqual([]);
    expect((await heatmap({ actor: a.dario!, input: { quarter: Q } })).teams.map((t) => t.name)).toEqual(["Beta", "No team"]);
  });
});

describe("freshness", () => {
  let built: Record<string, Date | null>;
  const remember = async () => {
    built = {};
    for (const from of [Q_FROM, Q3_FROM, Q2_FROM]) built[from] = (await rollupState(from))!.builtAt;
  };
  const rebuilt = async (from: string) => {
    const state = (await rollupState(from))!;
    expect(state.builtGeneration, from).toBe(state.generation);
    return state.builtAt!.getTime() !== built[from]!.getTime();
  };

  beforeAll(async () => {
    await pillarCards({ actor: a.vera!, input: { quarter: Q } });
    await pillarCards({ actor: a.vera!, input: { quarter: "FY2026-Q2" } });
    await remember();
    expect(Object.values(built).every((at) => at !== null)).toBe(true);
  });

  it("rebuilds a quarter after a new submitted check-in, and leaves the others", async () => {
    // kim, 2026-05-06, all 5s: Alpha ELITE → QUALITY (5 + 5)/2 = 5; it meets kim's 05-05 due date.
    await db().checkIn.createMany({
      data: [{ subjectId: p.kim!, authorId: a.nat!.userId, templateVersionId, date: parseDate("2026-05-06"), status: "SUBMITTED",
        scoreQuality: 5, scoreEngagement: 5, scoreGrowth: 5, scoreSkills: 5, psychologicalSafety: 5, autonomy: 5, trust: 5 }],
    });
    const stale = (await rollupState(Q_FROM))!;
    expect(stale.generation).toBeGreaterThan(stale.builtGeneration);
    const cards = await pillarCards({ actor: a.vera!, input: { quarter: Q } });
    expect(cards.people.current).toBe(7);
    expectClose(cards.cards.find((c) => c.pillar === "QUALITY")!, { score: (22 + 5) / 7 });
    expect((await coverageSummary({ actor: a.vera!, input: { quarter: Q } })).total).toEqual({ due: 32, onTime: 8, rate: 0.25 });
    expect(await rebuilt(Q_FROM)).toBe(true);
    await pillarCards({ actor: a.vera!, input: { quarter: "FY2026-Q2" } });
    expect(await rebuilt(Q3_FROM)).toBe(false);
    expect(await rebuilt(Q2_FROM)).toBe(false);
    await remember();
  });

  it("rebuilds a quarter after a team's month changes", async () => {
    // Beta's June failures 12 → 42: (12 + 12 + 42) / 300 = 22 % → LOW (1). hal (4+1)/2, ivy (1+1)/2.
    const june = await db().teamMonthlyMetric.findUniqueOrThrow({ where: { teamId_month: { teamId: teams.Beta, month: parseDate("2026-06-01") } } });
    await saveTeamMonth({ actor: a.vera!, input: { teamId: teams.Beta, version: june.version, month: "2026-06", deployments: 100, deployDays: 10, leadTimeHours: 100, failedDeployments: 42, timeToRestoreHours: 10, incidents: 0 } });
    const beta = (await heatmap({ actor: a.vera!, input: { quarter: Q } })).teams.find((t) => t.teamId === teams.Beta)!;
    expect(beta.band).toBe("LOW");
    expectClose(beta.scores, { QUALITY: (2.5 + 1) / 2 });
    expect(await rebuilt(Q_FROM)).toBe(true);
    await pillarCards({ actor: a.vera!, input: { quarter: "FY2026-Q2" } });
    expect(await rebuilt(Q3_FROM)).toBe(false);
    expect(await rebuilt(Q2_FROM)).toBe(false);
    await remember();
  });

  it("rebuilds every quarter after a change of manager", async () => {
    // kim (3 due, 1 on time since the check-in above) moves from nat (under dana) to max (under dario).
    const kim = await db().person.findUniqueOrThrow({ where: { id: p.kim! } });
    await changeReportingLine({ actor: a.hr!, input: { personId: kim.id, version: kim.version, manager: "max@test.local", teamId: teams.Beta, effectiveDate: "2026-07-01" } });
    // Who reports to whom moves every quarter: all are stale until read.
    for (const from of [Q_FROM, Q3_FROM, Q2_FROM]) {
      const state = (await rollupState(from))!;
      expect(state.generation, from).toBeGreaterThan(state.builtGeneration);
    }
    const rows = (await scorecards({ actor: a.vera!, input: { quarter: Q } })).rows;
    expect(rows.map((r) => [r.name, r.headcount, r.coverage.due, r.coverage.onTime])).toEqual([["dana", 4, 14, 4], ["dario", 4, 12, 4]]);
    const dana = await drillDown({ actor: a.dana!, input: { quarter: Q } });
    expect(dana.people.map((x) => x.name)).not.toContain("kim");
    expect((await drillDown({ actor: a.dario!, input: { quarter: Q } })).people.map((x) => x.name)).toContain("kim");
    await pillarCards({ actor: a.vera!, input: { quarter: Q } });
    await pillarCards({ actor: a.vera!, input: { quarter: "FY2026-Q2" } });
    for (const from of [Q_FROM, Q3_FROM, Q2_FROM]) expect(await rebuilt(from), from).toBe(true);
    await remember();
  });

  it("rebuilds after a new departure", async () => {
    await recordDeparture({ actor: a.hr!, input: { personId: p.gus!, date: "2026-06-10", voluntary: false, regrettable: false, reason: null } });
    const summary = await attritionSummary({ actor: a.vera!, input: { quarter: Q } });
    // Everyone but vera: 11 → 10 (fay and gus left, hana joined); 2 ÷ 10.5 × 4, regrettable fay alone.
    expect(summary.current).toMatchObject({ headcountStart: 11, headcountEnd: 10, departures: 2, regrettable: 1, voluntary: 1 });
    expectClose(summary.current, { attrition: 16 / 21, regrettableAttrition: 8 / 21 });
    expect(summary.current).toEqual(await metricsAttrition({ fiscalYear: 2026, quarter: 4 }, await orgToday(), { NOT: { id: p.vera! } }));
    const dana = (await scorecards({ actor: a.vera!, input: { quarter: Q } })).rows[0]!;
    expect(dana.attrition).toMatchObject({ headcountStart: 5, headcountEnd: 3, departures: 2, regrettable: 1 });
    expect(await rebuilt(Q_FROM)).toBe(true);
  });

  it("does not rebuild a quarter nothing touched", async () => {
    await remember();
    await pillarCards({ actor: a.vera!, input: { quarter: Q } });
    await levelDistribution({ actor: a.vera!, input: { quarter: Q } });
    expect(await rebuilt(Q_FROM)).toBe(false);
    expect(await rebuilt(Q3_FROM)).toBe(false);
  });
});

describe("the running quarter", () => {
  it("counts to today: scores, levels, coverage whose grace is over, and attrition over the elapsed months", async () => {
    const today = await orgToday();
    const running = fiscalQuarterOf(today, START_MONTH);
    const { start, end } = fiscalQuarterRange(running, START_MONTH);
    await db().checkIn.createMany({
      data: [{ subjectId: p.eli!, authorId: a.mia!.userId, templateVersionId, date: today, status: "SUBMITTED",
        scoreQuality: 4, scoreEngagement: 4, scoreGrowth: 4, scoreSkills: 4, psychologicalSafety: 4, autonomy: 4, trust: 4 }],
    });
    const cards = await pillarCards({ actor: a.vera!, input: {} });
    expect(cards.quarter).toMatchObject({ key: quarterKey(running), from: formatDate(start), to: formatDate(end) });
    // eli alone; Alpha has no months recorded after June 2026, so QUALITY is the check-in's 4.
    expect(cards.people.current).toBe(1);
    expectClose(Object.fromEntries(cards.cards.map((c) => [c.pillar, c.score])), { QUALITY: 4, ENGAGEMENT: 4, GROWTH: 4, SKILLS: 4 });
    expectClose(cards.engagementIndex, { score: 4 });

    const dist = await levelDistribution({ actor: a.vera!, input: {} });
    expect(dist.asOf).toBe(formatDate(today));
    const days = (from: string) => timeInLevelDays(parseDate(from), today);
    // Employed today but vera: hal E2; eli, kim E3; mia, nat M1; dana M3; dario, max, ivy, hana without a level.
    expect(dist.levels.map((l) => [l.code, l.people, l.meanDaysInLevel])).toEqual([
      ["E2", 1, days("2025-06-01")],
      ["E3", 2, (days("2026-05-01") + days("2026-02-01")) / 2],
      ["M1", 2, (days("2025-01-01") + days("2026-04-15")) / 2],
      ["M3", 1, days("2025-01-01")],
    ]);
    expect(dist.unassigned).toBe(4);

    const coverage = await coverageSummary({ actor: a.vera!, input: {} });
    const lastCounted = addDays(today, -GRACE - 1);
    const to = lastCounted < end ? lastCounted : end;
    expect(coverage.countedTo).toBe(formatDate(to));
    // Due dates of everyone employed with a manager (not vera's or hana's).
    const employed = await db().person.findMany({
      where: { managerId: { not: null }, startDate: { lte: end }, OR: [{ endDate: null }, { endDate: { gte: start } }] }, select: { id: true },
    });
    expect(employed).toHaveLength(9);
    expect(coverage.total).toEqual(await metricsCoverage(employed.map((x) => x.id), start, to));

    const attrition = await attritionSummary({ actor: a.vera!, input: {} });
    expect(attrition.current).toEqual(await metricsAttrition(running, today, { NOT: { id: p.vera! } }));
    // dana, dario, mia, nat, max, eli, kim, hal, ivy, hana (fay, gus and leo gone; vera left out).
    expect(attrition.current).toMatchObject({ headcountStart: 10, headcountEnd: 10, departures: 0, attrition: 0 });
  });
});

// A finished quarter's coverage depends on today until its last due dates' grace is over (a due date
// counts once deadline < today): `freshQuarters` keys a build on min(today, end + grace + 1).
describe("a quarter that has just ended", () => {
  it("counts a due date whose grace ends after the quarter once that grace is over", async () => {
    // ned (under max) checks in weekly from 2026-06-30: Q4's one due date for him is 06-30, deadline 07-02.
    const ned = await db().person.create({
      data: { name: "ned", managerId: p.max!, teamId: teams.Beta, region: "ONSHORE", startDate: parseDate("2025-01-01"), checkInCadence: "WEEKLY", checkInAnchor: parseDate("2026-06-30") },
    });
    await db().$transaction((tx) => attachToTree(tx, ned.id, p.max!));
    expect(await metricsCoverage([ned.id], parseDate(Q_FROM), parseDate("2026-06-30"))).toEqual({ due: 1, onTime: 0, rate: 0 });
    const due = async () => (await db().$queryRaw<Array<{ due: number }>>`
      SELECT due FROM "DashboardRollup" WHERE "quarterStart" = ${Q_FROM}::date AND "scopeId" = ${p.max!} AND "groupKind" = 'MANAGER' AND "groupId" = ${p.max!}`)
      .reduce((sum, row) => sum + row.due, 0);
    const quarter = { from: Q_FROM, to: "2026-06-30" };
    // Built on 07-01, the day after the quarter: 06-30 is still within its grace, not yet due.
    await freshQuarters([quarter], parseDate("2026-07-01"), GRACE);
    const onJuly1 = await due();
    // On 07-03 its grace is over: ned's 06-30 counts as due (and missed).
    await freshQuarters([quarter], parseDate("2026-07-03"), GRACE);
    expect(await due()).toBe(onJuly1 + 1);
    // Today its grace is long over: the build of 07-03 stands, and agrees with lib/metrics over
    // everyone with a manager.
    const employed = await db().person.findMany({
      where: { managerId: { not: null }, startDate: { lte: parseDate("2026-06-30") }, OR: [{ endDate: null }, { endDate: { gte: parseDate(Q_FROM) } }] }, select: { id: true },
    });
    const summary = await coverageSummary({ actor: a.vera!, input: { quarter: Q } });
    expect(await due()).toBe(onJuly1 + 1);
    expect(summary.total).toEqual(await metricsCoverage(employed.map((x) => x.id), parseDate(Q_FROM), parseDate("2026-06-30")));
  });
});
