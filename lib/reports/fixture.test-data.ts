import type { Attrition } from "@/lib/dashboard/types";
import { SNAPSHOT_VERSION, type ReportSnapshotData } from "./types";

// Hand-made report snapshots for the exporters' tests. Names carry what HR imports bring:
// accents, a comma, a double quote, and cells that a spreadsheet would run as formulas.

export const INJECTED_NAME = '=HYPERLINK("https://evil.example/?q=1","Open me")';

const people = {
  ingrid: { id: 1, name: "Ingrid Halvorsen" },
  zoe: { id: 2, name: "Zoë Østergaard" },
  siobhan: { id: 3, name: "O'Brien, Siobhán" },
  ana: { id: 4, name: 'Ana "Nana" Souza' },
  injected: { id: 5, name: INJECTED_NAME },
  lukasz: { id: 6, name: "Łukasz Brzęczyszczykiewicz" },
  amelie: { id: 7, name: "Amélie Fournier" },
  mads: { id: 8, name: "-Mads Kjær" },
  kim: { id: 9, name: "@Kim Larsen" },
};

const attrition = (a: Partial<Attrition> = {}): Attrition => ({
  headcountStart: 40,
  headcountEnd: 42,
  departures: 2,
  regrettable: 1,
  voluntary: 2,
  attrition: 0.1951219512195122,
  regrettableAttrition: 0.0975609756097561,
  voluntaryAttrition: 0.1951219512195122,
  ...a,
});

const scores = (quality: number | null, engagement: number | null, growth: number | null, skills: number | null, engagementIndex: number | null) => ({
  QUALITY: quality,
  ENGAGEMENT: engagement,
  GROWTH: growth,
  SKILLS: skills,
  engagementIndex,
});

const quarter = { key: "FY2027-Q1", label: "FY2027 Q1", from: "2026-07-01", to: "2026-09-30" };
const previous = { key: "FY2026-Q4", label: "FY2026 Q4", from: "2026-04-01", to: "2026-06-30" };

export function reportFixture(): ReportSnapshotData {
  return {
    version: SNAPSHOT_VERSION,
    generatedAt: "2026-10-02T08:15:30.000Z",
    generatedBy: { userId: 11, name: people.ingrid.name },
    organisation: { name: "Nordlys Software A/S", timeZone: "Europe/Copenhagen", fiscalYearStartMonth: 7 },
    quarter,
    previous,
    asOf: "2026-09-30",
    scope: { person: people.ingrid, label: "Whole organisation" },
    includesRisks: true,
    pillars: {
      quarter,
      previous,
      cards: [
        { pillar: "QUALITY", score: 3.8125, previous: 3.6, change: 0.2125 },
        { pillar: "ENGAGEMENT", score: 3.4666666666666668, previous: 3.7, change: -0.23333333333333317 },
        { pillar: "GROWTH", score: 3.1, previous: null, change: null },
        { pillar: "SKILLS", score: null, previous: 2.9, change: null },
      ],
      engagementIndex: { score: 3.55, previous: 3.6, change: -0.05 },
      people: { current: 38, previous: 36 },
    },
    attrition: { current: attrition(), before: attrition({ headcountStart: 39, headcountEnd: 40, departures: 0, regrettable: 0, voluntary: 0, attrition: 0, regrettableAttrition: 0, voluntaryAttrition: 0 }) },
    levels: [
      { levelId: 3, code: "IC2", name: "Engineer", track: "Individual contributor", rank: 2, people: 18, meanDaysInLevel: 412.5 },
      { levelId: 4, code: "IC3", name: "Senior engineer", track: "Individual contributor", rank: 3, people: 15, meanDaysInLevel: 630.0666666666667 },
      { levelId: 7, code: "M1", name: "Engineering manager", track: "Management", rank: 1, people: 6, meanDaysInLevel: null },
    ],
    unassignedLevel: 3,
    promotions: { count: 2, rate: 0.19047619047619047 },
    coverage: {
      total: { due: 120, onTime: 97, rate: 0.8083333333333333 },
      managers: [
        { manager: people.siobhan, due: 30, onTime: 18, rate: 0.6 },
        { manager: people.mads, due: 24, onTime: 20, rate: 0.8333333333333334 },
        { manager: people.zoe, due: 0, onTime: 0, rate: null },
      ],
    },
    heatmap: [
      { teamId: 21, name: "Payments, EU", people: 9, band: "MEDIUM", scores: scores(3.2, 2.8888888888888888, 3, null, 3.1) },
      { teamId: 22, name: 'Platform "Core"', people: 12, band: "ELITE", scores: scores(4.5, 3.9, 3.75, 3.5, 3.95) },
      { teamId: 23, name: "Søgning & Data", people: 7, band: null, scores: scores(null, null, null, null, null) },
    ],
    dora: [
      { teamId: 21, name: "Payments, EU", months: 3, band: "MEDIUM", deployDaysPerWeek: 0.7, leadTimeHours: 96.25, changeFailureRate: 0.125, timeToRestoreHours: 30 },
      { teamId: 22, name: 'Platform "Core"', months: 3, band: "ELITE", deployDaysPerWeek: 5.133333333333334, leadTimeHours: 6.5, changeFailureRate: 0.031, timeToRestoreHours: 0.75 },
      { teamId: 23, name: "Søgning & Data", months: 0, band: null, deployDaysPerWeek: null, leadTimeHours: null, changeFailureRate: null, timeToRestoreHours: null },
    ],
    skills: {
      counts: [
        { kind: "EXPERIMENT", status: "ACTIVE", count: 1 },
        { kind: "LEARNING", status: "COMPLETED", count: 1 },
      ],
      items: [
        { id: 301, kind: "EXPERIMENT", status: "ACTIVE", title: "AI pair-programming pilot", about: 'Platform "Core"', startedOn: "2026-07-14", endedOn: null, outcome: null },
        {
          id: 302,
          kind: "LEARNING",
          status: "COMPLETED",
          title: "Kubernetes, the hard way",
          about: people.amelie.name,
          startedOn: "2026-05-02",
          endedOn: "2026-08-29",
          outcome: "Certified (CKA).\nRuns the on-call onboarding now.",
        },
      ],
    },
    scorecards: [
      scorecard(people.ingrid, "VP Engineering", null, 0, 42, 2, 7),
      scorecard(people.zoe, "Director, Platform", 1, 1, 21, 1, 3),
      scorecard(people.siobhan, "Engineering manager", 2, 2, 9, 0, 2),
      scorecard(people.mads, "Engineering manager", 1, 1, 12, 0, 0),
    ],
    movers: [
      { manager: people.siobhan, title: "Engineering manager", engagement: 2.9, previous: 3.6, change: -0.7 },
      { manager: people.mads, title: "Engineering manager", engagement: 3.8, previous: 3.3, change: 0.5 },
      { manager: people.zoe, title: "Director, Platform", engagement: 3.5, previous: null, change: 0 },
    ],
    risks: [
      {
        id: 71,
        person: people.injected,
        title: "Staff engineer",
        manager: people.siobhan,
        level: "CRITICAL",
        regrettable: true,
        factors: ["EXTERNAL_OFFER", "COMPENSATION"],
        nextReviewDate: "2026-10-15",
        openMitigations: 2,
        overdueMitigations: 1,
      },
      { id: 72, person: people.lukasz, title: null, manager: null, level: "HIGH", regrettable: false, factors: [], nextReviewDate: "2026-11-01", openMitigations: 0, overdueMitigations: 0 },
    ],
    people: [
      person(people.ingrid, "VP Engineering", null, null, "M1", {}),
      person(people.zoe, "Director, Platform", 'Platform "Core"', people.ingrid, "M1", {}),
      person(people.siobhan, "Engineering manager", "Payments, EU", people.zoe, "M1", { region: "Dublin, IE" }),
      person(people.ana, "Engineer\nPayments", "Payments, EU", people.siobhan, "IC2", { promoted: true, daysInLevel: 12 }),
      person(people.injected, "Staff engineer", "Payments, EU", people.siobhan, "IC3", {}),
      person(people.lukasz, null, null, null, null, { departed: "2026-08-31", origin: "Søgning ApS", scores: scores(null, null, null, null, null) }),
      person(people.amelie, "Engineer", 'Platform "Core"', people.mads, "IC2", { region: "Lyon, FR" }),
      person(people.mads, "Engineering manager", 'Platform "Core"', people.ingrid, "M1", {}),
      person(people.kim, "+45 support rota", "Søgning & Data", people.mads, "IC2", {}),
    ],
  };
}

type Ref = { id: number; name: string };

function scorecard(who: Ref, title: string, parentId: number | null, depth: number, headcount: number, managersBelow: number, risks: number): ReportSnapshotData["scorecards"][number] {
  return {
    person: who,
    title,
    parentId,
    depth,
    headcount,
    managersBelow,
    coverage: { due: headcount * 3, onTime: headcount * 2, rate: 2 / 3 },
    engagement: 3 + depth / 4,
    attrition: attrition({ headcountStart: headcount, headcountEnd: headcount }),
    promotions: depth,
    promotionRate: depth === 0 ? null : (depth * 4) / headcount,
    risksOverdueMitigation: risks,
  };
}

type PersonRow = ReportSnapshotData["people"][number];

function person(who: Ref, title: string | null, team: string | null, manager: Ref | null, level: string | null, more: Partial<PersonRow>): PersonRow {
  return {
    person: who,
    title,
    team,
    manager,
    region: "Copenhagen, DK",
    origin: null,
    level,
    daysInLevel: level === null ? null : 240 + who.id * 17,
    checkIns: 6,
    due: 6,
    onTime: 5,
    scores: scores(3.5, 3.25 + who.id / 100, 4, 2.6666666666666665, 3.4),
    departed: null,
    promoted: false,
    ...more,
  };
}

/** A snapshot the size of a large org's report: `count` people rows and tables to match. */
export function largeReportFixture(count: number): ReportSnapshotData {
  const base = reportFixture();
  const managers = Math.ceil(count / 8);
  const teams = Math.ceil(count / 40);
  const ref = (id: number) => ({ id, name: `Person ${id} Ærø-Hansen` });
  const teamName = (i: number) => `Team ${i}, ${["Payments", "Platform", "Search", "Mobile"][i % 4]}`;
  return {
    ...base,
    heatmap: Array.from({ length: teams }, (_, i) => ({ ...base.heatmap[i % 3]!, teamId: 1_000 + i, name: teamName(i) })),
    dora: Array.from({ length: teams }, (_, i) => ({ ...base.dora[i % 3]!, teamId: 1_000 + i, name: teamName(i) })),
    scorecards: Array.from({ length: managers }, (_, i) =>
      scorecard(ref(i + 1), "Engineering manager", i === 0 ? null : Math.floor(i / 6) + 1, Math.min(5, Math.floor(Math.log(i + 1) / Math.log(6))), 8 + (i % 30), i % 6, i % 4),
    ),
    movers: Array.from({ length: 40 }, (_, i) => ({ manager: ref(i + 1), title: "Engineering manager", engagement: 3 + (i % 10) / 7, previous: 3.2, change: (i % 10) / 7 - 0.2 })),
    risks: Array.from({ length: 60 }, (_, i) => ({ ...base.risks[i % 2]!, id: 500 + i, person: ref(managers + i * 7) })),
    people: Array.from({ length: count }, (_, i) => {
      const id = i + 1;
      return person(ref(id), i % 11 === 0 ? null : "Senior engineer", teamName(i % teams), ref(Math.floor(i / 8) + 1), `IC${1 + (i % 5)}`, {
        daysInLevel: i % 900,
        checkIns: i % 7,
        departed: i % 97 === 0 ? "2026-08-14" : null,
        promoted: i % 53 === 0,
        scores: scores(1 + (i % 40) / 10, i % 13 === 0 ? null : 2 + (i % 30) / 10, 3.25, 1 + (i % 17) / 4.25, 3 + (i % 9) / 9),
      });
    }),
  };
}
