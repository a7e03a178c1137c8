import type { Coverage, Period, Scores } from "@/lib/dashboard/types";
import type { DoraBand } from "@/lib/metrics/dora";
import { SNAPSHOT_VERSION, type ReportScorecard, type ReportSnapshotData } from "./types";

// Snapshots for the PDF tests: a small hand-made org whose figures the tests look for in the text,
// and one scaled to the 5,000-person generated org for timing. (The XLSX/CSV tests have their own.)

const quarter: Period = { key: "FY2027-Q1", label: "FY2027 Q1", from: "2026-07-01", to: "2026-09-30" };
const previous: Period = { key: "FY2026-Q4", label: "FY2026 Q4", from: "2026-04-01", to: "2026-06-30" };

const coverage = (due: number, onTime: number): Coverage => ({ due, onTime, rate: due === 0 ? null : onTime / due });
const scores = (q: number | null, e: number | null, g: number | null, s: number | null, index: number | null): Scores => ({
  QUALITY: q, ENGAGEMENT: e, GROWTH: g, SKILLS: s, engagementIndex: index,
});
const attrition = (headcountStart: number, headcountEnd: number, departures: number, regrettable: number, voluntary: number) => {
  const average = (headcountStart + headcountEnd) / 2;
  const rate = (n: number) => (average === 0 ? null : (n / average) * 4);
  return {
    headcountStart, headcountEnd, departures, regrettable, voluntary,
    attrition: rate(departures), regrettableAttrition: rate(regrettable), voluntaryAttrition: rate(voluntary),
  };
};

function scorecard(
  id: number, name: string, title: string, parentId: number | null, depth: number,
  figures: { headcount: number; managersBelow: number; due: number; onTime: number; engagement: number | null; departures: number; regrettable: number; promotions: number; overdue: number | null },
): ReportScorecard {
  return {
    person: { id, name }, title, parentId, depth,
    headcount: figures.headcount, managersBelow: figures.managersBelow,
    coverage: coverage(figures.due, figures.onTime), engagement: figures.engagement,
    attrition: attrition(figures.headcount + figures.departures, figures.headcount, figures.departures, figures.regrettable, figures.departures),
    promotions: figures.promotions, promotionRate: figures.headcount ? (figures.promotions / figures.headcount) * 4 : null,
    risksOverdueMitigation: figures.overdue,
  };
}

/** Only in `people`: the PDF must never print it. */
export const PEOPLE_ONLY_NAME = "Xavier Zeilenmann";

/** The small org, made by a VPE who may read risks. */
export function pdfFixture(): ReportSnapshotData {
  return {
    version: SNAPSHOT_VERSION,
    generatedAt: "2026-10-02T07:15:00.000Z",
    generatedBy: { userId: 1, name: "Lucía Fernández" },
    organisation: { name: "Nordwind Software", timeZone: "Europe/Madrid", fiscalYearStartMonth: 7 },
    quarter,
    previous,
    asOf: "2026-09-30",
    scope: { person: null, label: "Whole organisation" },
    includesRisks: true,
    pillars: {
      quarter,
      previous,
      cards: [
        { pillar: "QUALITY", score: 3.456, previous: 3.3, change: 0.156 },
        { pillar: "ENGAGEMENT", score: 3.871, previous: 3.95, change: -0.079 },
        { pillar: "GROWTH", score: 3.118, previous: 3.0, change: 0.118 },
        { pillar: "SKILLS", score: 3.6049, previous: null, change: null },
      ],
      engagementIndex: { score: 3.712, previous: 3.8, change: -0.088 },
      people: { current: 128, previous: 121 },
    },
    attrition: { current: attrition(140, 136, 6, 2, 5), before: attrition(132, 140, 3, 1, 3) },
    levels: [
      { levelId: 1, code: "L1", name: "Engineer I", track: "Individual contributor", rank: 1, people: 12, meanDaysInLevel: 210 },
      { levelId: 2, code: "L2", name: "Engineer II", track: "Individual contributor", rank: 2, people: 30, meanDaysInLevel: 400 },
      { levelId: 3, code: "L3", name: "Senior Engineer", track: "Individual contributor", rank: 3, people: 38, meanDaysInLevel: 620 },
      { levelId: 4, code: "L4", name: "Staff Engineer", track: "Individual contributor", rank: 4, people: 9, meanDaysInLevel: 800 },
      { levelId: 5, code: "L5", name: "Principal Engineer", track: "Individual contributor", rank: 5, people: 2, meanDaysInLevel: null },
      { levelId: 6, code: "M1", name: "Engineering Manager", track: "Management", rank: 1, people: 14, meanDaysInLevel: 500 },
      { levelId: 7, code: "M2", name: "Director", track: "Management", rank: 2, people: 3, meanDaysInLevel: 900 },
    ],
    unassignedLevel: 2,
    promotions: { count: 5, rate: 0.1449 },
    coverage: {
      total: coverage(300, 252),
      managers: Array.from({ length: 24 }, (_, i) => ({ manager: { id: 300 + i, name: `Coverage Manager ${String(i + 1).padStart(2, "0")}` }, ...coverage(12, Math.min(12, 3 + i)) })),
    },
    heatmap: [
      { teamId: 1, name: "Plataforma Núcleo", people: 14, band: "ELITE", scores: scores(4.6, 4.1, 3.9, 4.2, 4.0) },
      { teamId: 2, name: "Payments", people: 11, band: "LOW", scores: scores(1.8, 2.21, 2.4, 2.9, 2.3) },
      { teamId: 3, name: "Mobile", people: 9, band: "MEDIUM", scores: scores(3.1, 3.4, 3.0, 3.2, 3.3) },
      { teamId: 4, name: "Data Platform", people: 12, band: "HIGH", scores: scores(3.9, 3.7, 3.5, 4.4, 3.6) },
      { teamId: 5, name: "New Team", people: 2, band: null, scores: scores(null, null, null, null, null) },
    ],
    dora: [
      { teamId: 1, name: "Plataforma Núcleo", months: 3, band: "ELITE", deployDaysPerWeek: 5.2, leadTimeHours: 20, changeFailureRate: 0.04, timeToRestoreHours: 0.8 },
      { teamId: 2, name: "Payments", months: 3, band: "LOW", deployDaysPerWeek: 0.1, leadTimeHours: 900, changeFailureRate: 0.42, timeToRestoreHours: 200 },
      { teamId: 3, name: "Mobile", months: 2, band: "MEDIUM", deployDaysPerWeek: 0.5, leadTimeHours: 120, changeFailureRate: 0.18, timeToRestoreHours: 30 },
      { teamId: 4, name: "Data Platform", months: 3, band: "HIGH", deployDaysPerWeek: 1.4, leadTimeHours: 60, changeFailureRate: 0.1, timeToRestoreHours: 12 },
    ],
    skills: {
      counts: [
        { kind: "EXPERIMENT", status: "ACTIVE", count: 2 },
        { kind: "EXPERIMENT", status: "COMPLETED", count: 1 },
        { kind: "LEARNING", status: "ACTIVE", count: 7 },
        { kind: "LEARNING", status: "COMPLETED", count: 4 },
      ],
      items: [
        { id: 1, kind: "EXPERIMENT", status: "ACTIVE", title: "AI pair-programming pilot", about: "Payments", startedOn: "2026-07-14", endedOn: null, outcome: null },
        { id: 2, kind: "EXPERIMENT", status: "COMPLETED", title: "Trunk-based development", about: "Mobile", startedOn: "2026-05-02", endedOn: "2026-08-30", outcome: "Lead time down from 5 to 2 days; kept." },
        { id: 3, kind: "LEARNING", status: "ACTIVE", title: "Kubernetes certification", about: "Ines Bauer", startedOn: "2026-08-01", endedOn: null, outcome: null },
      ],
    },
    scorecards: [
      scorecard(10, "Tomás Herrera", "Director of Platform", null, 0, { headcount: 64, managersBelow: 2, due: 140, onTime: 126, engagement: 3.9, departures: 2, regrettable: 1, promotions: 3, overdue: 1 }),
      scorecard(11, "Ines Bauer", "Engineering Manager, Core", 10, 1, { headcount: 31, managersBelow: 1, due: 70, onTime: 66, engagement: 4.05, departures: 1, regrettable: 1, promotions: 2, overdue: 1 }),
      scorecard(111, "Kemi Adeyemi", "Team Lead, Storage", 11, 2, { headcount: 8, managersBelow: 0, due: 20, onTime: 19, engagement: 4.3, departures: 0, regrettable: 0, promotions: 1, overdue: 0 }),
      scorecard(12, "Farid Haddad", "Engineering Manager, Data", 10, 1, { headcount: 30, managersBelow: 0, due: 66, onTime: 58, engagement: 3.77, departures: 1, regrettable: 0, promotions: 1, overdue: 0 }),
      scorecard(20, "Grace Okafor", "Director of Product Engineering", null, 0, { headcount: 70, managersBelow: 3, due: 160, onTime: 126, engagement: 3.55, departures: 4, regrettable: 1, promotions: 2, overdue: 2 }),
      scorecard(21, "Chen Nakamura", "Engineering Manager, Payments", 20, 1, { headcount: 24, managersBelow: 0, due: 60, onTime: 40, engagement: 2.31, departures: 3, regrettable: 1, promotions: 0, overdue: 2 }),
      scorecard(22, "Ελένη Παπαδοπούλου", "Engineering Manager, Mobile", 20, 1, { headcount: 22, managersBelow: 0, due: 50, onTime: 44, engagement: 3.62, departures: 1, regrettable: 0, promotions: 1, overdue: 0 }),
      scorecard(23, "Łukasz Żółć", "Engineering Manager, Growth", 20, 1, { headcount: 21, managersBelow: 0, due: 50, onTime: 42, engagement: null, departures: 0, regrettable: 0, promotions: 1, overdue: 0 }),
    ],
    movers: [
      { manager: { id: 21, name: "Chen Nakamura" }, title: "Engineering Manager, Payments", engagement: 2.31, previous: 3.02, change: -0.71 },
      { manager: { id: 11, name: "Ines Bauer" }, title: "Engineering Manager, Core", engagement: 4.05, previous: 3.6, change: 0.45 },
      { manager: { id: 22, name: "Ελένη Παπαδοπούλου" }, title: "Engineering Manager, Mobile", engagement: 3.62, previous: 3.8, change: -0.18 },
    ],
    risks: [
      {
        id: 7, person: { id: 501, name: "Noor Varga" }, title: "Staff Engineer", manager: { id: 21, name: "Chen Nakamura" }, level: "CRITICAL",
        regrettable: true, factors: ["EXTERNAL_OFFER", "COMPENSATION"], nextReviewDate: "2026-10-15", openMitigations: 2, overdueMitigations: 1,
      },
      {
        id: 9, person: { id: 502, name: "Дмитрий Иванов" }, title: "Senior Engineer", manager: { id: 12, name: "Farid Haddad" }, level: "HIGH",
        regrettable: false, factors: ["WORKLOAD"], nextReviewDate: "2026-11-02", openMitigations: 0, overdueMitigations: 0,
      },
    ],
    people: [
      {
        person: { id: 900, name: PEOPLE_ONLY_NAME }, title: "Engineer II", team: "Mobile", manager: { id: 22, name: "Ελένη Παπαδοπούλου" }, region: "EMEA", origin: null,
        level: "L2", daysInLevel: 300, checkIns: 3, due: 3, onTime: 3, scores: scores(3, 3, 3, 3, 3), departed: null, promoted: false,
      },
    ],
  };
}

/** The same org in a report made by someone who may not read risks: no risk data at all. */
export function withoutRisks(data: ReportSnapshotData): ReportSnapshotData {
  return {
    ...data,
    includesRisks: false,
    risks: [],
    scorecards: data.scorecards.map((row) => ({ ...row, risksOverdueMitigation: null })),
  };
}

/** A small deterministic generator (mulberry32), so the scaled snapshot is the same every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 5,000-person generated org's shape: 8 directors, 72 managers under them and 420 below
 * (500 scorecards), 430 teams, 20 movers, 40 high or critical risks, 5,000 people rows.
 */
export function scaledPdfFixture(): ReportSnapshotData {
  const next = random(42);
  const between = (lo: number, hi: number) => lo + next() * (hi - lo);
  const maybe = (value: number) => (next() < 0.05 ? null : value);
  const base = pdfFixture();
  const scorecards: ReportScorecard[] = [];
  let id = 1000;
  const figures = (headcount: number) => {
    const due = headcount * 3;
    return {
      headcount, managersBelow: 0, due, onTime: Math.round(due * between(0.5, 1)), engagement: maybe(between(2, 4.8)),
      departures: Math.round(headcount * between(0, 0.06)), regrettable: 0, promotions: Math.round(headcount * between(0, 0.05)), overdue: Math.round(between(0, 3)),
    };
  };
  for (let d = 0; d < 8; d++) {
    const director = scorecard(id++, `Director Nº${d + 1} Fernández`, "Director of Engineering", null, 0, { ...figures(600), managersBelow: 9 });
    scorecards.push(director);
    for (let m = 0; m < 9; m++) {
      const manager = scorecard(id++, `Manager ${d + 1}.${m + 1} García`, "Senior Engineering Manager", director.person.id, 1, { ...figures(60), managersBelow: 6 });
      scorecards.push(manager);
      const leads = d * 9 + m < 60 ? 6 : 5; // 420 team leads in all
      for (let l = 0; l < leads; l++) scorecards.push(scorecard(id++, `Lead ${d + 1}.${m + 1}.${l + 1} Müller`, "Engineering Manager", manager.person.id, 2, figures(9)));
    }
  }
  const bands: Array<DoraBand | null> = ["ELITE", "HIGH", "MEDIUM", "LOW", null];
  const heatmap = Array.from({ length: 430 }, (_, i) => ({
    teamId: i + 1, name: `Team ${i + 1} Ñandú`, people: Math.round(between(4, 16)), band: bands[i % 5] ?? null,
    scores: scores(maybe(between(1, 5)), maybe(between(1, 5)), maybe(between(1, 5)), maybe(between(1, 5)), maybe(between(1, 5))),
  }));
  const dora = heatmap.map((team) => ({
    teamId: team.teamId, name: team.name, months: 3, band: team.band,
    deployDaysPerWeek: between(0, 6), leadTimeHours: between(2, 900), changeFailureRate: between(0, 0.5), timeToRestoreHours: between(0.5, 200),
  }));
  const managers = scorecards.filter((row) => row.depth > 0);
  const movers = managers.slice(0, 20).map((row, i) => ({
    manager: row.person, title: row.title, engagement: 3, previous: 3 + (i % 2 ? 1 : -1) * (1 - i / 40), change: (i % 2 ? -1 : 1) * (1 - i / 40),
  }));
  const risks = Array.from({ length: 40 }, (_, i) => ({
    id: i + 1, person: { id: 10_000 + i, name: `Person ${i + 1} Ibáñez` }, title: "Senior Engineer", manager: managers[i]?.person ?? null,
    level: i < 8 ? ("CRITICAL" as const) : ("HIGH" as const), regrettable: i % 3 === 0, factors: ["COMPENSATION", "GROWTH", "MANAGER"].slice(0, 1 + (i % 3)),
    nextReviewDate: "2026-11-01", openMitigations: i % 4, overdueMitigations: i % 2,
  }));
  const template = base.people[0]!;
  const people = Array.from({ length: 5000 }, (_, i) => ({ ...template, person: { id: 20_000 + i, name: `Person ${i} Row` } }));
  const items = Array.from({ length: 120 }, (_, i) => ({
    id: i + 1, kind: i % 3 ? "LEARNING" : "EXPERIMENT", status: ["ACTIVE", "COMPLETED", "PLANNED", "STOPPED"][i % 4]!, title: `Item ${i + 1}: a learning path or an experiment`,
    about: heatmap[i]!.name, startedOn: "2026-07-01", endedOn: null, outcome: i % 4 === 1 ? "Adopted by three teams; lead time down by a third." : null,
  }));
  return {
    ...base,
    attrition: { current: attrition(4950, 5000, 140, 40, 120), before: attrition(4900, 4950, 120, 30, 100) },
    coverage: { total: coverage(15000, 12600), managers: managers.map((row) => ({ manager: row.person, ...row.coverage })) },
    heatmap, dora, scorecards, movers, risks, people,
    skills: { counts: base.skills.counts.map((row) => ({ ...row, count: row.count * 10 })), items },
  };
}
