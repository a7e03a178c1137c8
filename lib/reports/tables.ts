import { BAND_LABEL, type DoraBand } from "@/lib/metrics/dora";
import { PILLAR_LABEL, PILLARS } from "@/lib/metrics/pillar-score";
import { FACTOR_LABELS, LEVEL_LABELS } from "@/lib/risks/schemas";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/skills/schemas";
import type { Attrition, Coverage, Scores } from "@/lib/dashboard/types";
import type { PersonRef, ReportSnapshotData } from "./types";

// The report as flat tables: the one shape both the XLSX and the CSV exporter write, so the two
// files always hold the same figures. Cells keep their raw values (fractions for percentages,
// "YYYY-MM-DD" for dates, full precision for scores); each format decides how to show them.
// Risk data appears only when the snapshot says it may: the Risks table and the scorecards'
// overdue-mitigation column are left out otherwise, even if a snapshot carried such data.

export type ColumnType = "text" | "number" | "percent" | "date" | "integer";
export type ReportColumn = { key: string; header: string; type: ColumnType };
export type ReportCell = string | number | null;
export type ReportRow = Record<string, ReportCell>;
export type ReportTable = { name: string; columns: ReportColumn[]; rows: ReportRow[] };

type Column<T> = ReportColumn & { value: (item: T) => ReportCell };

const column =
  (type: ColumnType) =>
  <T>(key: string, header: string, value: (item: T) => ReportCell): Column<T> => ({ key, header, type, value });
const text = column("text");
const number = column("number");
const percent = column("percent");
const integer = column("integer");
const date = column("date");

const emptyToNull = (value: ReportCell) => (value === "" ? null : value);

function table<T>(name: string, columns: Array<Column<T>>, items: readonly T[]): ReportTable {
  return {
    name,
    columns: columns.map(({ key, header, type }) => ({ key, header, type })),
    // Empty text is null: a CSV cannot tell "" from a missing value, and both formats must agree.
    rows: items.map((item) => Object.fromEntries(columns.map((c) => [c.key, emptyToNull(c.value(item))]))),
  };
}

const yesNo = (value: boolean) => (value ? "Yes" : "No");
const band = (value: DoraBand | null) => (value === null ? null : BAND_LABEL[value]);
const label = (labels: Record<string, string>, value: string) => labels[value] ?? value;

/** "Person id" and "Person" columns for a person reference read by `get`. */
function person<T>(key: string, header: string, get: (item: T) => PersonRef | null): Array<Column<T>> {
  return [integer(`${key}Id`, `${header} id`, (item) => get(item)?.id ?? null), text(key, header, (item) => get(item)?.name ?? null)];
}

function scoreColumns<T>(get: (item: T) => Scores): Array<Column<T>> {
  return [
    ...PILLARS.map((pillar) => number<T>(pillar.toLowerCase(), PILLAR_LABEL[pillar], (item) => get(item)[pillar])),
    number<T>("engagementIndex", "Engagement index", (item) => get(item).engagementIndex),
  ];
}

function coverageColumns<T>(get: (item: T) => Coverage): Array<Column<T>> {
  return [
    integer<T>("due", "Check-ins due", (item) => get(item).due),
    integer<T>("onTime", "On time", (item) => get(item).onTime),
    percent<T>("coverage", "Coverage", (item) => get(item).rate),
  ];
}

function attritionColumns<T>(get: (item: T) => Attrition): Array<Column<T>> {
  return [
    integer<T>("headcountStart", "Headcount at start", (item) => get(item).headcountStart),
    integer<T>("headcountEnd", "Headcount at end", (item) => get(item).headcountEnd),
    integer<T>("departures", "Departures", (item) => get(item).departures),
    integer<T>("regrettable", "Regrettable departures", (item) => get(item).regrettable),
    integer<T>("voluntary", "Voluntary departures", (item) => get(item).voluntary),
    percent<T>("attrition", "Attrition (annualised)", (item) => get(item).attrition),
    percent<T>("regrettableAttrition", "Regrettable attrition (annualised)", (item) => get(item).regrettableAttrition),
    percent<T>("voluntaryAttrition", "Voluntary attrition (annualised)", (item) => get(item).voluntaryAttrition),
  ];
}

type S = ReportSnapshotData;

function coverTable(s: S): ReportTable {
  return table<S>(
    "Report",
    [
      text("organisation", "Organisation", (r) => r.organisation.name),
      text("timeZone", "Time zone", (r) => r.organisation.timeZone),
      integer("fiscalYearStartMonth", "Fiscal year starts (month)", (r) => r.organisation.fiscalYearStartMonth),
      text("quarter", "Quarter", (r) => r.quarter.label),
      date("quarterFrom", "Quarter from", (r) => r.quarter.from),
      date("quarterTo", "Quarter to", (r) => r.quarter.to),
      text("previous", "Previous quarter", (r) => r.previous.label),
      date("previousFrom", "Previous quarter from", (r) => r.previous.from),
      date("previousTo", "Previous quarter to", (r) => r.previous.to),
      text("scope", "Scope", (r) => r.scope.label),
      ...person<S>("scopePerson", "Scope person", (r) => r.scope.person),
      date("countedTo", "Counted to", (r) => r.asOf),
      text("generatedAt", "Generated at", (r) => r.generatedAt),
      text("generatedBy", "Generated by", (r) => r.generatedBy.name),
      integer("peopleWithCheckIns", "People with a check-in", (r) => r.pillars.people.current),
      integer("peopleWithCheckInsBefore", "People with a check-in, previous quarter", (r) => r.pillars.people.previous),
      integer("snapshotVersion", "Snapshot version", (r) => r.version),
    ],
    [s],
  );
}

type PillarRow = { key: string; label: string; score: number | null; previous: number | null; change: number | null };

function pillarsTable(s: S): ReportTable {
  const rows: PillarRow[] = [
    ...s.pillars.cards.map((card) => ({ ...card, key: card.pillar, label: PILLAR_LABEL[card.pillar] })),
    { ...s.pillars.engagementIndex, key: "INDEX", label: "Engagement index" },
  ];
  return table<PillarRow>(
    "Pillars",
    [
      text("pillar", "Pillar key", (r) => r.key),
      text("label", "Pillar", (r) => r.label),
      number("score", "Score", (r) => r.score),
      number("previous", "Previous quarter", (r) => r.previous),
      number("change", "Change", (r) => r.change),
    ],
    rows,
  );
}

type AttritionRow = { period: S["quarter"]; figures: Attrition; promotions: S["promotions"] | null };

function attritionTable(s: S): ReportTable {
  const rows: AttritionRow[] = [
    { period: s.quarter, figures: s.attrition.current, promotions: s.promotions },
    { period: s.previous, figures: s.attrition.before, promotions: null },
  ];
  return table<AttritionRow>(
    "Attrition",
    [
      text("period", "Quarter", (r) => r.period.label),
      date("from", "From", (r) => r.period.from),
      date("to", "To", (r) => r.period.to),
      ...attritionColumns<AttritionRow>((r) => r.figures),
      integer("promotions", "Promotions", (r) => r.promotions?.count ?? null),
      percent("promotionRate", "Promotion rate (annualised)", (r) => r.promotions?.rate ?? null),
    ],
    rows,
  );
}

function levelsTable(s: S): ReportTable {
  const unassigned = { levelId: null, code: null, name: "No level assigned", track: null, rank: null, people: s.unassignedLevel, meanDaysInLevel: null };
  return table<S["levels"][number] | typeof unassigned>(
    "Levels",
    [
      integer("levelId", "Level id", (r) => r.levelId),
      text("code", "Code", (r) => r.code),
      text("name", "Level", (r) => r.name),
      text("track", "Track", (r) => r.track),
      integer("rank", "Rank", (r) => r.rank),
      integer("people", "People", (r) => r.people),
      number("meanDaysInLevel", "Mean days in level", (r) => r.meanDaysInLevel),
    ],
    [...s.levels, unassigned],
  );
}

function coverageTable(s: S): ReportTable {
  type Row = Coverage & { manager: PersonRef | null };
  return table<Row>(
    "Coverage",
    [integer("managerId", "Manager id", (r) => r.manager?.id ?? null), text("manager", "Manager", (r) => r.manager?.name ?? "Total"), ...coverageColumns<Row>((r) => r)],
    [...s.coverage.managers, { manager: null, ...s.coverage.total }],
  );
}

function heatmapTable(s: S): ReportTable {
  return table<S["heatmap"][number]>(
    "Heatmap",
    [
      integer("teamId", "Team id", (r) => r.teamId),
      text("team", "Team", (r) => r.name),
      integer("people", "People", (r) => r.people),
      text("band", "DORA band", (r) => band(r.band)),
      ...scoreColumns<S["heatmap"][number]>((r) => r.scores),
    ],
    s.heatmap,
  );
}

function doraTable(s: S): ReportTable {
  return table<S["dora"][number]>(
    "DORA",
    [
      integer("teamId", "Team id", (r) => r.teamId),
      text("team", "Team", (r) => r.name),
      integer("months", "Months of data", (r) => r.months),
      text("band", "DORA band", (r) => band(r.band)),
      number("deployDaysPerWeek", "Deploy days per week", (r) => r.deployDaysPerWeek),
      number("leadTimeHours", "Lead time (hours)", (r) => r.leadTimeHours),
      percent("changeFailureRate", "Change failure rate", (r) => r.changeFailureRate),
      number("timeToRestoreHours", "Time to restore (hours)", (r) => r.timeToRestoreHours),
    ],
    s.dora,
  );
}

function skillsTables(s: S): ReportTable[] {
  return [
    table<S["skills"]["items"][number]>(
      "Skills",
      [
        integer("id", "Item id", (r) => r.id),
        text("kind", "Kind", (r) => label(KIND_LABELS, r.kind)),
        text("status", "Status", (r) => label(STATUS_LABELS, r.status)),
        text("title", "Title", (r) => r.title),
        text("about", "About", (r) => r.about),
        date("startedOn", "Started", (r) => r.startedOn),
        date("endedOn", "Ended", (r) => r.endedOn),
        text("outcome", "Outcome", (r) => r.outcome),
      ],
      s.skills.items,
    ),
    table<S["skills"]["counts"][number]>(
      "Skill counts",
      [
        text("kind", "Kind", (r) => label(KIND_LABELS, r.kind)),
        text("status", "Status", (r) => label(STATUS_LABELS, r.status)),
        integer("count", "Items", (r) => r.count),
      ],
      s.skills.counts,
    ),
  ];
}

function scorecardsTable(s: S): ReportTable {
  type Row = S["scorecards"][number];
  const names = new Map(s.scorecards.map((row) => [row.person.id, row.person.name]));
  const columns: Array<Column<Row>> = [
    ...person<Row>("manager", "Manager", (r) => r.person),
    text("title", "Title", (r) => r.title),
    integer("parentId", "Parent id", (r) => r.parentId),
    text("parent", "Parent", (r) => (r.parentId === null ? null : (names.get(r.parentId) ?? null))),
    integer("depth", "Depth", (r) => r.depth),
    integer("headcount", "Headcount", (r) => r.headcount),
    integer("managersBelow", "Managers below", (r) => r.managersBelow),
    ...coverageColumns<Row>((r) => r.coverage),
    number("engagement", "Engagement index", (r) => r.engagement),
    ...attritionColumns<Row>((r) => r.attrition),
    integer("promotions", "Promotions", (r) => r.promotions),
    percent("promotionRate", "Promotion rate (annualised)", (r) => r.promotionRate),
  ];
  if (s.includesRisks) columns.push(integer("risksOverdueMitigation", "Risks with an overdue mitigation", (r) => r.risksOverdueMitigation));
  return table("Scorecards", columns, s.scorecards);
}

function moversTable(s: S): ReportTable {
  type Row = S["movers"][number];
  return table<Row>(
    "Movers",
    [
      ...person<Row>("manager", "Manager", (r) => r.manager),
      text("title", "Title", (r) => r.title),
      number("engagement", "Engagement index", (r) => r.engagement),
      number("previous", "Previous quarter", (r) => r.previous),
      number("change", "Change", (r) => r.change),
    ],
    s.movers,
  );
}

function risksTable(s: S): ReportTable {
  type Row = S["risks"][number];
  return table<Row>(
    "Risks",
    [
      integer("id", "Risk id", (r) => r.id),
      ...person<Row>("person", "Person", (r) => r.person),
      text("title", "Title", (r) => r.title),
      ...person<Row>("manager", "Manager", (r) => r.manager),
      text("level", "Level", (r) => LEVEL_LABELS[r.level]),
      text("regrettable", "Regrettable", (r) => yesNo(r.regrettable)),
      text("factors", "Factors", (r) => r.factors.map((f) => label(FACTOR_LABELS, f)).join("; ")),
      date("nextReviewDate", "Next review", (r) => r.nextReviewDate),
      integer("openMitigations", "Open mitigations", (r) => r.openMitigations),
      integer("overdueMitigations", "Overdue mitigations", (r) => r.overdueMitigations),
    ],
    s.risks,
  );
}

function peopleTable(s: S): ReportTable {
  type Row = S["people"][number];
  return table<Row>(
    "People",
    [
      ...person<Row>("person", "Person", (r) => r.person),
      text("title", "Title", (r) => r.title),
      text("team", "Team", (r) => r.team),
      ...person<Row>("manager", "Manager", (r) => r.manager),
      text("region", "Region", (r) => r.region),
      text("origin", "Origin", (r) => r.origin),
      text("level", "Level", (r) => r.level),
      integer("daysInLevel", "Days in level", (r) => r.daysInLevel),
      integer("checkIns", "Check-ins", (r) => r.checkIns),
      integer("due", "Check-ins due", (r) => r.due),
      integer("onTime", "On time", (r) => r.onTime),
      ...scoreColumns<Row>((r) => r.scores),
      date("departed", "Departed", (r) => r.departed),
      text("promoted", "Promoted", (r) => yesNo(r.promoted)),
    ],
    s.people,
  );
}

/** The report's tables in report order (sheet order in the XLSX, file order in the CSV zip). */
export function reportTables(snapshot: ReportSnapshotData): ReportTable[] {
  return [
    coverTable(snapshot),
    pillarsTable(snapshot),
    attritionTable(snapshot),
    levelsTable(snapshot),
    coverageTable(snapshot),
    heatmapTable(snapshot),
    doraTable(snapshot),
    ...skillsTables(snapshot),
    scorecardsTable(snapshot),
    moversTable(snapshot),
    ...(snapshot.includesRisks ? [risksTable(snapshot)] : []),
    peopleTable(snapshot),
  ];
}
