import type { DoraBand } from "@/lib/metrics/dora";
import type { PillarKey } from "@/lib/metrics/pillar-score";
import type { Attrition, Coverage, Period, PillarCards, ScorecardRow, Scores } from "@/lib/dashboard/types";

// The frozen content of a quarterly report (ReportSnapshot.data). Everything an export shows is
// copied here when the report is generated and never recomputed, so last year's Q3 reads the same
// after the data changes. Exporters (PDF, XLSX, CSV) are pure functions of this object. People
// appear as { id, name } pairs so erasure can rewrite names in place (lib/erasure/rewrite-json.ts).
// Never in a snapshot: private check-in notes, risk notes, anything about risks for a viewer not
// allowed to read them, and any risk about the person who generated the report.

export const SNAPSHOT_VERSION = 1;

export type PersonRef = { id: number; name: string };

/** A scorecard row of the dashboard (lib/dashboard/types.ts) with its person as a reference and its place in the tree. */
export type ReportScorecard = Omit<ScorecardRow, "personId" | "name"> & {
  person: PersonRef;
  /** The manager whose row this one opens under (null at the top of the report's scope). */
  parentId: number | null;
  depth: number;
};

export type ReportSnapshotData = {
  version: typeof SNAPSHOT_VERSION;
  /** ISO timestamp. */
  generatedAt: string;
  generatedBy: { userId: number; name: string };
  organisation: { name: string; timeZone: string; fiscalYearStartMonth: number };
  quarter: Period;
  previous: Period;
  /** The day figures were counted to (the quarter's end, or the generation day while it runs). */
  asOf: string;
  scope: { person: PersonRef | null; label: string };
  /** Whether the report holds risk data (the maker may read risks). */
  includesRisks: boolean;

  pillars: PillarCards;
  attrition: { current: Attrition; before: Attrition };
  levels: Array<{ levelId: number; code: string; name: string; track: string; rank: number; people: number; meanDaysInLevel: number | null }>;
  unassignedLevel: number;
  promotions: { count: number; rate: number | null };
  /** Every manager with check-ins due in the quarter (not the dashboard's lowest ten). */
  coverage: { total: Coverage; managers: Array<{ manager: PersonRef } & Coverage> };
  /** Every team with people in scope (not the dashboard's lowest fifteen). */
  heatmap: Array<{ teamId: number; name: string; people: number; band: DoraBand | null; scores: Scores }>;
  dora: Array<{
    teamId: number;
    name: string;
    months: number;
    band: DoraBand | null;
    deployDaysPerWeek: number | null;
    leadTimeHours: number | null;
    changeFailureRate: number | null;
    timeToRestoreHours: number | null;
  }>;
  skills: {
    counts: Array<{ kind: string; status: string; count: number }>;
    items: Array<{ id: number; kind: string; status: string; title: string; about: string; startedOn: string | null; endedOn: string | null; outcome: string | null }>;
  };
  /** Managers of the scope, rolled up the tree (flattened, parents before children). */
  scorecards: ReportScorecard[];
  /** Managers whose people's engagement index moved most since the previous quarter (largest |change| first). */
  movers: Array<{ manager: PersonRef; title: string | null; engagement: number | null; previous: number | null; change: number }>;
  /** Open retention risks rated HIGH or CRITICAL, highest first (empty when includesRisks is false). */
  risks: Array<{
    id: number;
    person: PersonRef;
    title: string | null;
    manager: PersonRef | null;
    level: "HIGH" | "CRITICAL";
    regrettable: boolean;
    factors: string[];
    nextReviewDate: string;
    openMitigations: number;
    overdueMitigations: number;
  }>;
  /** Row-level detail, one row per person in scope during the quarter (XLSX and CSV only). */
  people: Array<{
    person: PersonRef;
    title: string | null;
    team: string | null;
    manager: PersonRef | null;
    region: string | null;
    origin: string | null;
    level: string | null;
    daysInLevel: number | null;
    checkIns: number;
    due: number;
    onTime: number;
    scores: Record<PillarKey, number | null> & { engagementIndex: number | null };
    departed: string | null;
    promoted: boolean;
  }>;
};
