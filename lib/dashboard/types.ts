import type { DoraBand } from "@/lib/metrics/dora";
import type { PillarKey } from "@/lib/metrics/pillar-score";

// What the dashboard's data routes answer (plain JSON for react-query). Every figure is derived
// in lib/metrics or in the rollup SQL of lib/dashboard; the components only draw them.

export type Period = { key: string; label: string; from: string; to: string };

/** The five figures every group carries: the four pillar scores and the engagement index (1–5, null when nobody had one). */
export type Scores = Record<PillarKey, number | null> & { engagementIndex: number | null };

export type Coverage = { due: number; onTime: number; rate: number | null };

export type Attrition = {
  headcountStart: number;
  headcountEnd: number;
  departures: number;
  regrettable: number;
  voluntary: number;
  /** Annualised fractions (0.12 = 12 % a year); null when the average headcount is zero. */
  attrition: number | null;
  regrettableAttrition: number | null;
  voluntaryAttrition: number | null;
};

/** GET /api/dashboard/pillars: the four pillar scores and the engagement index, this quarter and the one before. */
export type PillarCards = {
  quarter: Period;
  previous: Period;
  cards: Array<{ pillar: PillarKey; score: number | null; previous: number | null; change: number | null }>;
  engagementIndex: { score: number | null; previous: number | null; change: number | null };
  /** People with a check-in in each quarter. */
  people: { current: number; previous: number };
};

/** How many teams the heatmap shows before "Show all". */
export const HEATMAP_FIRST = 15;

/**
 * GET /api/dashboard/heatmap: teams × pillars for the quarter, teams with people in the filtered
 * scope: the `HEATMAP_FIRST` lowest by mean pillar score, or all of them (`all=1`).
 */
export type Heatmap = {
  quarter: Period;
  /** Teams in the view; `teams` holds all of them or the lowest few. */
  total: number;
  all: boolean;
  teams: Array<{ teamId: number; name: string; people: number; band: DoraBand | null; scores: Scores }>;
};

/** One manager of managers (or manager) in the scorecards, over everyone below them. */
export type ScorecardRow = {
  personId: number;
  name: string;
  title: string | null;
  /** People below them (in the filters) in headcount at the end of the period. */
  headcount: number;
  /** Managers among the people directly below them: the row opens onto those. */
  managersBelow: number;
  coverage: Coverage;
  engagement: number | null;
  attrition: Attrition;
  promotions: number;
  /** Promotions in the period ÷ average headcount, annualised. */
  promotionRate: number | null;
  /** Open risks below them with a mitigation past its due date; null when the actor may not read risks. */
  risksOverdueMitigation: number | null;
};

/** GET /api/dashboard/scorecards?parent=ID: the managers directly below `parent` (default: the actor, or the top of the org). */
export type Scorecards = { quarter: Period; parent: { id: number; name: string } | null; rows: ScorecardRow[] };

/** GET /api/dashboard/levels: people by level at the end of the period, and how long they have been there. */
export type LevelDistribution = {
  quarter: Period;
  /** The date levels and time in level are read at: the quarter's end, or today in the current quarter. */
  asOf: string;
  levels: Array<{ levelId: number; code: string; name: string; track: string; rank: number; people: number; meanDaysInLevel: number | null }>;
  /** People in headcount with no level assigned. */
  unassigned: number;
};

/** GET /api/dashboard/coverage: on-time check-ins ÷ due in the period to date, overall and the managers lowest on it. */
export type CoverageSummary = {
  quarter: Period;
  /** Due dates count once their grace period is over, up to this date. */
  countedTo: string;
  total: Coverage;
  managers: Array<{ managerId: number; name: string } & Coverage>;
  /** How many managers had check-ins due (managers lists the lowest 10 of them). */
  managerCount: number;
};

/** GET /api/dashboard/attrition: the quarter and the one before, over the filtered scope. */
export type AttritionSummary = { quarter: Period; previous: Period; current: Attrition; before: Attrition };

/** GET /api/dashboard/people: the people behind a figure (drill-down from a card or a heatmap cell). */
export type DrillDown = {
  quarter: Period;
  /** What was asked for, in words: "Platform team, People engagement". */
  title: string;
  pillar: PillarKey | "INDEX" | null;
  total: number;
  /** Per person: check-ins in the quarter, check-ins due so far and how many of those were on time, and the pillar's score. */
  people: Array<{ id: number; name: string; title: string | null; team: string | null; manager: string | null; checkIns: number; due: number; onTime: number; score: number | null }>;
};
