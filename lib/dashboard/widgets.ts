import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { addDays, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { annualisedRate, attritionFigures } from "@/lib/metrics/attrition";
import { mean } from "@/lib/metrics/mean";
import { PILLAR_LABEL, PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";
import { dashboardContext, type DashboardContext } from "./queries";
import { dashboardPeopleSql } from "./people-sql";
import { freshQuarters, personFiguresSql, quarterBands } from "./rollup";
import { HEATMAP_FIRST, type Attrition, type AttritionSummary, type PillarCards, type Coverage, type CoverageSummary, type DrillDown, type Heatmap, type LevelDistribution, type Scorecards, type ScorecardRow, type Scores } from "./types";

// The dashboard's widgets, each read from the rollup (lib/dashboard/rollup.ts) in one query over
// a handful of rows: the rows of the chosen scope and quarter, added up over the URL's region
// and origin. Aggregates count everyone in the scope; lists of people (the drill-down) follow
// the people-data scope, which leaves out the viewer's own record.

type GroupKind = "ALL" | "TEAM" | "LEVEL" | "MANAGER";

export type Sums = {
  /** "YYYY-MM-DD" */
  quarterStart: string;
  scopeId: number;
  groupId: number;
  band: string | null;
  scored: number;
  checkIns: number;
  sumQuality: number; nQuality: number;
  sumEngagement: number; nEngagement: number;
  sumGrowth: number; nGrowth: number;
  sumSkills: number; nSkills: number;
  sumIndex: number; nIndex: number;
  due: number; onTime: number;
  headcountStart: number; headcountEnd: number;
  departures: number; regrettable: number; voluntary: number;
  promotions: number;
  levelDays: number; levelPeople: number;
  /** The group's name (team, level, manager); for levels also its code, track and rank. */
  name: string | null; code: string | null; track: string | null; rank: number | null;
};

/** The rollup scope the context reads: a chosen subtree, the actor's own subtree, or the whole organisation (0). Null: nobody. */
function rollupScope(actor: Actor, context: DashboardContext): number | null {
  if (context.filters.under !== undefined) return context.filters.under;
  const scope = scopeFor(actor, "people-data");
  if (scope.kind === "org") return scope.excludePersonId === null ? 0 : -scope.excludePersonId;
  if (scope.kind === "subtree") return scope.rootPersonId;
  return null;
}

/** What names a group, read in the same query: a team's name, a level's code, name and track, a manager's name. */
const GROUP_LABEL: Record<GroupKind, Prisma.Sql> = {
  ALL: Prisma.sql`NULL::text AS name, NULL::text AS code, NULL::text AS track, NULL::int AS rank`,
  TEAM: Prisma.sql`(SELECT t.name FROM "Team" t WHERE t.id = "groupId") AS name, NULL::text AS code, NULL::text AS track, NULL::int AS rank`,
  LEVEL: Prisma.sql`(SELECT l.name FROM "Level" l WHERE l.id = "groupId") AS name, (SELECT l.code FROM "Level" l WHERE l.id = "groupId") AS code,
    (SELECT k.name FROM "Level" l JOIN "Track" k ON k.id = l."trackId" WHERE l.id = "groupId") AS track, (SELECT l.rank::int FROM "Level" l WHERE l.id = "groupId") AS rank`,
  MANAGER: Prisma.sql`(SELECT m.name FROM "Person" m WHERE m.id = "groupId") AS name, NULL::text AS code, NULL::text AS track, NULL::int AS rank`,
};

const SCORE_SUMS = Prisma.sql`sum(scored)::int AS scored, sum("checkIns")::int AS "checkIns",
  sum("sumQuality")::float8 AS "sumQuality", sum("nQuality")::int AS "nQuality",
  sum("sumEngagement")::float8 AS "sumEngagement", sum("nEngagement")::int AS "nEngagement",
  sum("sumGrowth")::float8 AS "sumGrowth", sum("nGrowth")::int AS "nGrowth",
  sum("sumSkills")::float8 AS "sumSkills", sum("nSkills")::int AS "nSkills",
  sum("sumIndex")::float8 AS "sumIndex", sum("nIndex")::int AS "nIndex"`;
const COVERAGE_SUMS = Prisma.sql`sum(due)::int AS due, sum("onTime")::int AS "onTime"`;
const HEADCOUNT_SUMS = Prisma.sql`sum("headcountStart")::int AS "headcountStart", sum("headcountEnd")::int AS "headcountEnd"`;
const LEVEL_SUMS = Prisma.sql`sum("levelDays")::float8 AS "levelDays", sum("levelPeople")::int AS "levelPeople"`;

/**
 * The figures each kind of row is read for — all of them for a scope as a whole; a team's scores,
 * a manager's coverage, a level's headcount and days in level — so a widget over a thousand
 * groups moves only what it shows. (Sums' other fields are absent on those rows.)
 */
const KIND_FIGURES: Record<GroupKind, Prisma.Sql> = {
  ALL: Prisma.sql`${SCORE_SUMS}, ${COVERAGE_SUMS}, ${HEADCOUNT_SUMS}, ${LEVEL_SUMS},
    sum(departures)::int AS departures, sum(regrettable)::int AS regrettable, sum(voluntary)::int AS voluntary,
    sum(promotions)::int AS promotions`,
  TEAM: Prisma.sql`${SCORE_SUMS}, ${HEADCOUNT_SUMS}`,
  LEVEL: Prisma.sql`${HEADCOUNT_SUMS}, ${LEVEL_SUMS}`,
  MANAGER: COVERAGE_SUMS,
};

/** The rollup rows of `kind` for the scopes and quarters, summed over the filters' region and origin, with each group's name. */
async function sums({ context, scopes, quarters, kind, named = true }: { context: DashboardContext; scopes: number[]; quarters: string[]; kind: GroupKind; named?: boolean }): Promise<Sums[]> {
  if (scopes.length === 0) return [];
  const region = context.filters.region ?? null;
  const origin = context.filters.origin ?? null;
  // One JSON value back rather than hundreds of rows of thirty columns: the driver decodes it at once.
  const [result] = await db().$queryRaw<Array<{ rows: Sums[] }>>`
    SELECT coalesce(json_agg(labelled), '[]'::json) AS rows FROM (SELECT summed.*, ${GROUP_LABEL[named ? kind : "ALL"]} FROM (
    SELECT to_char("quarterStart", 'YYYY-MM-DD') AS "quarterStart", "scopeId", "groupId", min(band) AS band,
      ${KIND_FIGURES[kind]}
    FROM "DashboardRollup"
    WHERE "quarterStart" = ANY(${quarters}::date[]) AND "scopeId" = ANY(${scopes}::int[]) AND "groupKind" = ${kind}
      AND (${region}::text IS NULL OR region = ${region}) AND (${origin}::text IS NULL OR origin = ${origin})
    GROUP BY "quarterStart", "scopeId", "groupId") AS summed) AS labelled`;
  return result?.rows ?? [];
}

const ratio = (sum: number, n: number) => (n === 0 ? null : sum / n);

function scoresOf(row: Sums | undefined): Scores {
  return {
    QUALITY: row ? ratio(row.sumQuality, row.nQuality) : null,
    ENGAGEMENT: row ? ratio(row.sumEngagement, row.nEngagement) : null,
    GROWTH: row ? ratio(row.sumGrowth, row.nGrowth) : null,
    SKILLS: row ? ratio(row.sumSkills, row.nSkills) : null,
    engagementIndex: row ? ratio(row.sumIndex, row.nIndex) : null,
  };
}

function coverageOf(row: Pick<Sums, "due" | "onTime"> | undefined): Coverage {
  const due = row?.due ?? 0;
  const onTime = row?.onTime ?? 0;
  return { due, onTime, rate: due === 0 ? null : onTime / due };
}

function attritionOf(row: Sums | undefined, months: number): Attrition {
  const counts = {
    headcountStart: row?.headcountStart ?? 0, headcountEnd: row?.headcountEnd ?? 0,
    departures: row?.departures ?? 0, regrettable: row?.regrettable ?? 0, voluntary: row?.voluntary ?? 0,
  };
  if (months <= 0) return { ...counts, attrition: null, regrettableAttrition: null, voluntaryAttrition: null };
  return attritionFigures(counts, months);
}

/** Promotions in the period ÷ average headcount, annualised (as attrition); null for a period without length. */
function promotionRateOf(row: Sums | undefined, months: number): number | null {
  if (months <= 0) return null;
  return annualisedRate({ count: row?.promotions ?? 0, headcountStart: row?.headcountStart ?? 0, headcountEnd: row?.headcountEnd ?? 0, periodMonths: months });
}

/** Managers' coverage rows with check-ins due, lowest rate first (then most due). */
function byCoverage<T extends { groupId: number; due: number; onTime: number }>(rows: T[]) {
  return rows.filter((row) => row.due > 0 && row.groupId > 0)
    .map((row) => ({ row, managerId: row.groupId, ...coverageOf(row) }))
    .sort((a, b) => a.rate! - b.rate! || b.due - a.due || a.managerId - b.managerId);
}

/** People strictly below the chosen subtree's manager (no condition without one). */
function belowUnder(context: DashboardContext): Prisma.PersonWhereInput {
  return context.filters.under === undefined ? {} : { ancestors: { some: { ancestorId: context.filters.under, depth: { gt: 0 } } } };
}

/** Resolves the filters and makes the quarters' rollup current. */
async function prepare(actor: Actor, input: unknown, withPrevious = false) {
  const context = await dashboardContext({ actor, input });
  const quarters = withPrevious ? [context.current, context.previous] : [context.current];
  await freshQuarters(quarters, context.today, context.graceDays);
  return { context, scopeId: rollupScope(actor, context) };
}

/** The four pillar cards and the engagement index: this quarter's scores and their change since the previous quarter. */
export async function pillarCards({ actor, input }: { actor: Actor; input: unknown }): Promise<PillarCards> {
  const { context, scopeId } = await prepare(actor, input, true);
  const rows = scopeId === null ? [] : await sums({ context, scopes: [scopeId], quarters: [context.current.from, context.previous.from], kind: "ALL" });
  const now = scoresOf(rows.find((row) => row.quarterStart === context.current.from));
  const before = scoresOf(rows.find((row) => row.quarterStart === context.previous.from));
  const change = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round((a - b) * 100) / 100);
  const people = (from: string) => rows.find((row) => row.quarterStart === from)?.scored ?? 0;
  return {
    quarter: context.current,
    previous: context.previous,
    cards: PILLARS.map((pillar) => ({ pillar, score: now[pillar], previous: before[pillar], change: change(now[pillar], before[pillar]) })),
    engagementIndex: { score: now.engagementIndex, previous: before.engagementIndex, change: change(now.engagementIndex, before.engagementIndex) },
    people: { current: people(context.current.from), previous: people(context.previous.from) },
  };
}

const ZAll = z.object({ all: z.literal("1", { error: "Use all=1" }).optional() });

/** Teams × pillars for the quarter: teams with anyone in the scope and filters, the lowest by mean pillar score unless all are asked for. */
export async function heatmap({ actor, input }: { actor: Actor; input: unknown }): Promise<Heatmap> {
  const { all } = parseOrRefuse(ZAll, { all: input && typeof input === "object" ? (input as Record<string, unknown>).all : undefined });
  const { context, scopeId } = await prepare(actor, input);
  // Names are read for the teams shown only: at 10,000 people there are ~850 teams to rank.
  const rows = scopeId === null ? [] : await sums({ context, scopes: [scopeId], quarters: [context.current.from], kind: "TEAM", named: false });
  const withPeople = rows.filter((row) => row.scored > 0 || row.headcountEnd > 0);
  const teams = withPeople
      .map((row) => ({
        teamId: row.groupId,
        name: row.name ?? "No team",
        people: row.scored,
        band: (row.band as Heatmap["teams"][number]["band"]) ?? null,
        scores: scoresOf(row),
      }));
  // The lowest first by the mean of the four pillar scores (teams without any score last).
  const meanOf = (team: (typeof teams)[number]) => mean(PILLARS.map((pillar) => team.scores[pillar])) ?? Number.POSITIVE_INFINITY;
  const shown = all ? teams : [...teams].sort((a, b) => meanOf(a) - meanOf(b) || a.teamId - b.teamId).slice(0, HEATMAP_FIRST);
  const names = await db().team.findMany({ where: { id: { in: shown.map((team) => team.teamId) } }, select: { id: true, name: true } });
  const nameOf = new Map(names.map((team) => [team.id, team.name]));
  for (const team of shown) team.name = nameOf.get(team.teamId) ?? "No team";
  return {
    quarter: context.current,
    total: teams.length,
    all: all !== undefined || teams.length <= HEATMAP_FIRST,
    teams: shown.sort((a, b) => a.name.localeCompare(b.name) || a.teamId - b.teamId),
  };
}

const ZParent = z.object({ parent: z.coerce.number().int().positive("Choose a manager").optional() });

/**
 * Scorecards of the managers directly below `parent` (the filter's subtree, the actor, or the
 * top of the organisation), each over everyone below them: coverage, engagement, regrettable
 * attrition, promotion pace and risks whose mitigation is overdue.
 */
export async function scorecards({ actor, input }: { actor: Actor; input: unknown }): Promise<Scorecards> {
  const { parent: parentInput } = parseOrRefuse(ZParent, input && typeof input === "object" ? { parent: (input as Record<string, unknown>).parent } : {});
  const { context, scopeId } = await prepare(actor, input);
  const people = personInScope(scopeFor(actor, "people-data"));
  let parent: { id: number; name: string } | null = null;
  const parentId = parentInput ?? (await topOfScorecards(actor, scopeId));
  if (parentId !== null) {
    // The parent is the actor or someone they may see, and inside the chosen subtree.
    const withinFilter = parentId === context.filters.under ? {} : belowUnder(context);
    const found = await db().person.findFirst({
      where: { AND: [{ id: parentId }, parentId === actor.personId ? {} : people, withinFilter] },
      select: { id: true, name: true },
    });
    if (!found && parentInput !== undefined) throw new AppError("NOT_FOUND", "Not found");
    parent = found;
  }
  if (scopeId === null) return { quarter: context.current, parent, rows: [] };
  const children = await db().person.findMany({
    where: { AND: [parent ? { managerId: parent.id } : { managerId: null }, { reports: { some: {} } }, people] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: MANAGER_SELECT,
  });
  return { quarter: context.current, parent, rows: await scorecardRows(actor, context, children) };
}

/** A manager as a scorecard row needs them: who they are, who they report to, and how many managers report to them. */
const MANAGER_SELECT = {
  id: true, name: true, title: true, managerId: true, _count: { select: { reports: { where: { reports: { some: {} } } } } },
} as const;
type ManagerRow = Prisma.PersonGetPayload<{ select: typeof MANAGER_SELECT }>;

/**
 * Whose managers the scorecards open on: the chosen subtree's manager, the director themself, or
 * for the whole organisation the actor when they lead it (the VPE), otherwise the top of the tree (null).
 */
async function topOfScorecards(actor: Actor, scopeId: number | null): Promise<number | null> {
  const orgWide = scopeId !== null && scopeId <= 0;
  const leads = orgWide && actor.personId !== null && (await db().person.count({ where: { managerId: actor.personId } })) > 0;
  return !orgWide ? scopeId : leads ? actor.personId : null;
}

/** Scorecard rows of managers, each over everyone below them (their rollup scope), in the order given. */
async function scorecardRows(actor: Actor, context: DashboardContext, managers: ManagerRow[]): Promise<ScorecardRow[]> {
  const ids = managers.map((manager) => manager.id);
  const [rows, overdue] = await Promise.all([
    sums({ context, scopes: ids, quarters: [context.current.from], kind: "ALL", named: false }),
    can(actor.roles, "risk:read") ? risksWithOverdueMitigation(ids, context) : Promise.resolve(null),
  ]);
  const byScope = new Map(rows.map((row) => [row.scopeId, row]));
  const months = context.months;
  return managers.map((manager): ScorecardRow => {
    const row = byScope.get(manager.id);
    return {
      personId: manager.id,
      name: manager.name,
      title: manager.title,
      headcount: row?.headcountEnd ?? 0,
      managersBelow: manager._count.reports,
      coverage: coverageOf(row),
      engagement: row ? ratio(row.sumIndex, row.nIndex) : null,
      attrition: attritionOf(row, months),
      promotions: row?.promotions ?? 0,
      promotionRate: promotionRateOf(row, months),
      risksOverdueMitigation: overdue === null ? null : overdue.get(manager.id) ?? 0,
    };
  });
}

/** Open risks below each manager with a mitigation still open past its due date (counts, not reads). */
async function risksWithOverdueMitigation(managerIds: number[], context: DashboardContext): Promise<Map<number, number>> {
  if (managerIds.length === 0) return new Map();
  const region = context.filters.region ?? null;
  const origin = context.filters.origin ?? null;
  const rows = await db().$queryRaw<Array<{ managerId: number; n: number }>>`
    SELECT c."ancestorId" AS "managerId", count(DISTINCT r.id)::int AS n
    FROM "RetentionRisk" r
    JOIN "PersonClosure" c ON c."descendantId" = r."personId" AND c.depth > 0 AND c."ancestorId" = ANY(${managerIds}::int[])
    JOIN "Person" p ON p.id = r."personId"
    WHERE r.status <> 'CLOSED'
      AND EXISTS (SELECT 1 FROM "RiskMitigation" m WHERE m."riskId" = r.id AND m.status = 'OPEN' AND m."dueDate" < ${formatDate(context.today)}::date)
      AND (${region}::text IS NULL OR p.region::text = ${region}) AND (${origin}::text IS NULL OR p."originCompany" = ${origin})
    GROUP BY c."ancestorId"`;
  return new Map(rows.map((row) => [row.managerId, row.n]));
}

/** People by level at the end of the quarter (today while it runs) and their mean time in level. */
export async function levelDistribution({ actor, input }: { actor: Actor; input: unknown }): Promise<LevelDistribution> {
  const { context, scopeId } = await prepare(actor, input);
  const rows = scopeId === null ? [] : await sums({ context, scopes: [scopeId], quarters: [context.current.from], kind: "LEVEL" });
  const byId = new Map(rows.map((row) => [row.groupId, row]));
  return {
    quarter: context.current,
    asOf: context.asOf,
    levels: rows
      .filter((row) => row.groupId > 0 && row.headcountEnd > 0)
      .map((row) => ({ levelId: row.groupId, code: row.code ?? "", name: row.name ?? "", track: row.track ?? "", rank: row.rank ?? 0, people: row.headcountEnd, meanDaysInLevel: ratio(row.levelDays, row.levelPeople) }))
      .sort((a, b) => a.track.localeCompare(b.track) || a.rank - b.rank),
    unassigned: byId.get(0)?.headcountEnd ?? 0,
  };
}

/** On-time check-ins ÷ due in the quarter to date, overall and the ten managers lowest on it. */
export async function coverageSummary({ actor, input }: { actor: Actor; input: unknown }): Promise<CoverageSummary> {
  const { context, scopeId } = await prepare(actor, input);
  // Everyone has one direct manager (0: none), so the managers' rows add up to the scope's total.
  const managers = scopeId === null ? [] : await sums({ context, scopes: [scopeId], quarters: [context.current.from], kind: "MANAGER", named: false });
  const total = coverageOf({ due: managers.reduce((n, row) => n + row.due, 0), onTime: managers.reduce((n, row) => n + row.onTime, 0) });
  const due = byCoverage(managers).map(({ managerId, due, onTime, rate }) => ({ managerId, due, onTime, rate }));
  const lowest = due.slice(0, 10);
  const names = await db().person.findMany({ where: { id: { in: lowest.map((m) => m.managerId) } }, select: { id: true, name: true } });
  const nameOf = new Map(names.map((person) => [person.id, person.name]));
  const lastDue = addDays(context.today, -context.graceDays - 1);
  const countedTo = formatDate(lastDue) < context.current.to ? formatDate(lastDue) : context.current.to;
  return {
    quarter: context.current,
    countedTo,
    total,
    managers: lowest.map((m) => ({ ...m, name: nameOf.get(m.managerId) ?? "" })),
    managerCount: due.length,
  };
}

/** Attrition, regrettable and voluntary, this quarter (to date) and the one before, over the scope and filters. */
export async function attritionSummary({ actor, input }: { actor: Actor; input: unknown }): Promise<AttritionSummary> {
  const { context, scopeId } = await prepare(actor, input, true);
  const rows = scopeId === null ? [] : await sums({ context, scopes: [scopeId], quarters: [context.current.from, context.previous.from], kind: "ALL" });
  const of = (from: string) => rows.find((row) => row.quarterStart === from);
  return {
    quarter: context.current,
    previous: context.previous,
    current: attritionOf(of(context.current.from), context.months),
    before: attritionOf(of(context.previous.from), 3),
  };
}

const ZDrill = z.object({
  pillar: z.enum([...PILLARS, "INDEX"], { error: "Choose a pillar" }).optional(),
  team: z.coerce.number().int().nonnegative("Choose a team").optional(),
  manager: z.coerce.number().int().positive("Choose a manager").optional(),
  level: z.coerce.number().int().nonnegative("Choose a level").optional(),
  /** Only people with a check-in in the quarter (those a score counts). */
  scored: z.literal("1", { error: "Use scored=1" }).optional(),
  /** Only people promoted in the quarter. */
  promoted: z.literal("1", { error: "Use promoted=1" }).optional(),
});

const DRILL_LIMIT = 500;
const SCORE_COLUMN: Record<PillarKey | "INDEX", string> = { QUALITY: "quality", ENGAGEMENT: "engagement", GROWTH: "growth", SKILLS: "skills", INDEX: "engagement_index" };

/** The people behind a figure: in the actor's people-data scope and the filters, narrowed to a team, level or manager, with the pillar's score. */
export async function drillDown({ actor, input }: { actor: Actor; input: unknown }): Promise<DrillDown> {
  const raw = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const drill = parseOrRefuse(ZDrill, { pillar: raw.pillar, team: raw.team, manager: raw.manager, level: raw.level, scored: raw.scored, promoted: raw.promoted });
  const { context } = await prepare(actor, input);
  const where: Prisma.Sql[] = [dashboardPeopleSql(actor, context.filters)];
  const said: string[] = [];
  if (drill.team !== undefined) {
    where.push(drill.team === 0 ? Prisma.sql`p."teamId" IS NULL` : Prisma.sql`p."teamId" = ${drill.team}`);
    said.push(drill.team === 0 ? "No team" : `${(await db().team.findUnique({ where: { id: drill.team }, select: { name: true } }))?.name ?? "Unknown"} team`);
  }
  if (drill.manager !== undefined) {
    where.push(Prisma.sql`p."managerId" = ${drill.manager}`);
    const manager = await db().person.findFirst({ where: { AND: [{ id: drill.manager }, drill.manager === actor.personId ? {} : personInScope(scopeFor(actor, "people-data"))] }, select: { name: true } });
    if (!manager) throw new AppError("NOT_FOUND", "Not found");
    said.push(`Reports of ${manager.name}`);
  }
  const levelWhere = drill.level === undefined ? Prisma.sql`TRUE` : Prisma.sql`level = ${drill.level} AND headcount_end = 1`;
  if (drill.level !== undefined) {
    const level = drill.level === 0 ? null : await db().level.findUnique({ where: { id: drill.level }, select: { code: true, name: true } });
    said.push(level ? `Level ${level.code} (${level.name})` : "No level");
  }
  if (drill.pillar) said.push(drill.pillar === "INDEX" ? "Engagement index" : PILLAR_LABEL[drill.pillar]);
  else if (drill.scored) said.push("People with a check-in");
  if (drill.promoted) said.push("Promoted this quarter");
  const narrow = [levelWhere];
  if (drill.pillar || drill.scored) narrow.push(Prisma.sql`per.scored = 1`);
  if (drill.promoted) narrow.push(Prisma.sql`per.promotions > 0`);
  const bands = await quarterBands(context.current);
  const score = Prisma.raw(drill.pillar ? SCORE_COLUMN[drill.pillar] : "NULL::float8");
  const rows = await db().$queryRaw<Array<DrillDown["people"][number] & { total: number }>>`
    WITH per AS (${personFiguresSql({ quarter: context.current, today: context.today, bands, where: Prisma.join(where, " AND ") })})
    SELECT per.id, per.name, per.title, t.name AS team, m.name AS manager, per.check_ins AS "checkIns",
      per.due, per.on_time AS "onTime", ${score} AS score, count(*) OVER ()::int AS total
    FROM per LEFT JOIN "Team" t ON t.id = per.team LEFT JOIN "Person" m ON m.id = per."managerId"
    WHERE ${Prisma.join(narrow, " AND ")}
    ORDER BY ${score} ASC NULLS LAST, per.name, per.id
    LIMIT ${DRILL_LIMIT}`;
  return {
    quarter: context.current,
    title: said.length > 0 ? said.join(", ") : "Everyone in scope",
    pillar: drill.pillar ?? null,
    total: rows[0]?.total ?? 0,
    people: rows.map((row) => ({ id: row.id, name: row.name, title: row.title, team: row.team, manager: row.manager, checkIns: row.checkIns, due: row.due, onTime: row.onTime, score: row.score })),
  };
}

/** What the quarterly report reads from the rollup beyond the widgets above (lib/reports/snapshot.ts). */
export type ReportRollup = {
  /** Promotions over the whole scope in the quarter to date, and their annualised pace (as the scorecards compute it). */
  promotions: { count: number; rate: number | null };
  /** Every manager with check-ins due, lowest rate first: the coverage widget's list before it keeps the lowest ten. */
  coverage: CoverageSummary["managers"];
  /** Every manager in the scope (a person with reports) and the engagement index of everyone below them, this quarter and the one before. */
  managers: Array<{ personId: number; name: string; title: string | null; engagement: number | null; previous: number | null }>;
  /**
   * The scorecards widget's rows for every manager of the scope at once (as it would give them
   * opening each row in turn), with whom each reports to; `top` is whose managers it opens on.
   */
  scorecards: { top: number | null; rows: Array<{ managerId: number | null; card: ScorecardRow }> };
};

/**
 * The quarterly report's figures that no widget answers whole, read from the same rollup rows
 * with the same definitions: the scope's promotions, the coverage of every manager (the widget
 * names ten), and each manager's engagement index in both quarters (the biggest movers).
 */
export async function reportRollup({ actor, input }: { actor: Actor; input: unknown }): Promise<ReportRollup> {
  const { context, scopeId } = await prepare(actor, input, true);
  if (scopeId === null) return { promotions: { count: 0, rate: null }, coverage: [], managers: [], scorecards: { top: null, rows: [] } };
  const managers = await db().person.findMany({
    where: { AND: [personInScope(scopeFor(actor, "people-data")), belowUnder(context), { reports: { some: {} } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: MANAGER_SELECT,
  });
  const [[all], byManager, below, cards, top] = await Promise.all([
    sums({ context, scopes: [scopeId], quarters: [context.current.from], kind: "ALL" }),
    sums({ context, scopes: [scopeId], quarters: [context.current.from], kind: "MANAGER" }),
    sums({ context, scopes: managers.map((manager) => manager.id), quarters: [context.current.from, context.previous.from], kind: "ALL", named: false }),
    scorecardRows(actor, context, managers),
    topOfScorecards(actor, scopeId),
  ]);
  const count = all?.promotions ?? 0;
  const index = new Map(below.map((row) => [`${row.scopeId} ${row.quarterStart}`, ratio(row.sumIndex, row.nIndex)]));
  const indexOf = (scope: number, from: string) => index.get(`${scope} ${from}`) ?? null;
  return {
    promotions: {
      count,
      rate: promotionRateOf(all, context.months),
    },
    coverage: byCoverage(byManager).map(({ row, managerId, due, onTime, rate }) => ({ managerId, name: row.name ?? "", due, onTime, rate })),
    managers: managers.map((manager) => ({
      personId: manager.id, name: manager.name, title: manager.title,
      engagement: indexOf(manager.id, context.current.from), previous: indexOf(manager.id, context.previous.from),
    })),
    scorecards: { top, rows: cards.map((card, i) => ({ managerId: managers[i]!.managerId, card })) },
  };
}
