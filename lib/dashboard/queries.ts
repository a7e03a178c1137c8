import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { DORA_BAND_VALUE } from "@/lib/metrics/dora";
import { fiscalQuarterOf, fiscalQuarterRange, formatFiscalQuarter, previousFiscalQuarter, type FiscalQuarter } from "@/lib/metrics/fiscal";
import { PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";
import { getOrganization, orgToday } from "@/lib/org/queries";
import { teamBandsBetween } from "@/lib/quality/queries";
import { risksInScope } from "@/lib/risks/access";
import { filtersSearch, quarterKey, quarterParam, ZDashboardFilters } from "./filters";
import { dashboardPeopleSql } from "./people-sql";

// The dashboard's figures (DESIGN.md, "Derived figures"), each aggregated in SQL over the
// people in the actor's scope and the URL's filters. Plain JSON for react-query.

type Period = { key: string; label: string; from: string; to: string };

function period(q: FiscalQuarter, startMonth: number): Period {
  const { start, end } = fiscalQuarterRange(q, startMonth);
  return { key: quarterKey(q), label: formatFiscalQuarter(q), from: formatDate(start), to: formatDate(end) };
}

/** Parses the filters, checks a chosen subtree is the actor's or inside their scope (404 otherwise), and resolves the quarters. */
export async function dashboardContext({ actor, input }: { actor: Actor; input: unknown }) {
  requirePermission(actor, "dashboard:read");
  const filters = parseOrRefuse(ZDashboardFilters, input);
  if (filters.under !== undefined && filters.under !== actor.personId) {
    const inScope = await db().person.findFirst({ where: { AND: [{ id: filters.under }, personInScope(scopeFor(actor, "people-data"))] }, select: { id: true } });
    if (!inScope) throw new AppError("NOT_FOUND", "Not found");
  }
  const org = await getOrganization();
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const current = filters.quarter ? quarterParam(filters.quarter) : fiscalQuarterOf(await orgToday(), startMonth);
  return { filters, current: period(current, startMonth), previous: period(previousFiscalQuarter(current), startMonth), search: filtersSearch(filters) };
}

export type PillarCard = { pillar: PillarKey; score: number | null; previous: number | null; change: number | null };
export type PillarCards = {
  quarter: Period;
  previous: Period;
  cards: PillarCard[];
  engagementIndex: { score: number | null; previous: number | null; change: number | null };
  people: { current: number; previous: number };
};

type Row = { key: string; quality: number | null; engagement: number | null; growth: number | null; skills: number | null; engagementIndex: number | null; people: number };

/** Each team's DORA band value per quarter (lib/quality's one aggregate per period). */
async function teamBandValues(periods: Period[]): Promise<Array<{ team_id: number; key: string; value: number }>> {
  const perPeriod = await Promise.all(periods.map(async (p) => ({
    key: p.key,
    teams: await teamBandsBetween({ from: p.from.slice(0, 7), to: p.to.slice(0, 7), where: Prisma.sql`TRUE` }),
  })));
  return perPeriod.flatMap(({ key, teams }) => teams.flatMap((team) => (team.dora ? [{ team_id: team.id, key, value: DORA_BAND_VALUE[team.dora.band] }] : [])));
}

const change = (now: number | null, before: number | null) => (now === null || before === null ? null : Math.round((now - before) * 100) / 100);

/**
 * The four pillar scores and the engagement index for the quarter and the one before. A person's
 * score is the mean of their submitted check-ins' figures in the quarter (from the month rollup);
 * the group's is the mean over people who had a check-in. QUALITY blends each person's check-in
 * quality with their team's DORA band value for the quarter (lib/metrics/pillar-score.ts).
 */
export async function pillarCards({ actor, input }: { actor: Actor; input: unknown }): Promise<PillarCards> {
  const context = await dashboardContext({ actor, input });
  const periods = [context.current, context.previous];
  const bands = await teamBandValues(periods);
  const people = dashboardPeopleSql(actor, context.filters);
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH people AS (SELECT p.id, p."teamId" FROM "Person" p WHERE ${people}),
    quarters(key, f, t) AS (VALUES (${context.current.key}, ${context.current.from}::date, ${context.current.to}::date),
                                   (${context.previous.key}, ${context.previous.from}::date, ${context.previous.to}::date)),
    bands AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(bands)}::jsonb) AS b(team_id int, key text, value float8)),
    per AS (
      SELECT q.key, r."personId", people."teamId",
        sum(r."sumQuality")::float8 / nullif(sum(r."nQuality"), 0) AS quality,
        sum(r."sumEngagement")::float8 / nullif(sum(r."nEngagement"), 0) AS engagement,
        sum(r."sumGrowth")::float8 / nullif(sum(r."nGrowth"), 0) AS growth,
        sum(r."sumSkills")::float8 / nullif(sum(r."nSkills"), 0) AS skills,
        (sum(r."sumSafety")::float8 / nullif(sum(r."nSafety"), 0) + sum(r."sumAutonomy")::float8 / nullif(sum(r."nAutonomy"), 0)
          + sum(r."sumTrust")::float8 / nullif(sum(r."nTrust"), 0)) / 3 AS engagement_index
      FROM "CheckInMonthRollup" r
      JOIN people ON people.id = r."personId"
      JOIN quarters q ON r.month BETWEEN q.f AND q.t
      GROUP BY q.key, r."personId", people."teamId"
    )
    SELECT per.key,
      avg(CASE WHEN per.quality IS NULL THEN b.value WHEN b.value IS NULL THEN per.quality ELSE (per.quality + b.value) / 2 END) AS quality,
      avg(per.engagement) AS engagement, avg(per.growth) AS growth, avg(per.skills) AS skills,
      avg(per.engagement_index) AS "engagementIndex", count(*)::int AS people
    FROM per LEFT JOIN bands b ON b.team_id = per."teamId" AND b.key = per.key
    GROUP BY per.key`);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const now = byKey.get(context.current.key);
  const before = byKey.get(context.previous.key);
  const field = { QUALITY: "quality", ENGAGEMENT: "engagement", GROWTH: "growth", SKILLS: "skills" } as const satisfies Record<PillarKey, keyof Row>;
  const value = (row: Row | undefined, key: keyof Row) => (row && row[key] !== null ? Number(row[key]) : null);
  return {
    quarter: context.current,
    previous: context.previous,
    cards: PILLARS.map((pillar) => {
      const score = value(now, field[pillar]);
      const previous = value(before, field[pillar]);
      return { pillar, score, previous, change: change(score, previous) };
    }),
    engagementIndex: {
      score: value(now, "engagementIndex"), previous: value(before, "engagementIndex"),
      change: change(value(now, "engagementIndex"), value(before, "engagementIndex")),
    },
    people: { current: now?.people ?? 0, previous: before?.people ?? 0 },
  };
}

export type RiskSummary = { open: Record<RiskLevel, number>; reviewsDue: number; total: number };

/** Open retention risks by level in the actor's risk scope: counts, which are not reads of risk data. */
export async function riskSummary({ actor, input }: { actor: Actor; input: unknown }): Promise<RiskSummary> {
  requirePermission(actor, "risk:read");
  const context = await dashboardContext({ actor, input });
  const open: Record<RiskLevel, number> = { LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0 };
  const person: Prisma.PersonWhereInput[] = [];
  if (context.filters.under !== undefined) person.push({ ancestors: { some: { ancestorId: context.filters.under, depth: { gt: 0 } } } });
  if (context.filters.region) person.push({ region: context.filters.region });
  if (context.filters.origin) person.push({ originCompany: context.filters.origin });
  const where: Prisma.RetentionRiskWhereInput = { AND: [risksInScope(actor), { status: { not: "CLOSED" } }, { person: { is: { AND: person } } }] };
  const today = await orgToday();
  const [levels, reviewsDue] = await Promise.all([
    db().retentionRisk.groupBy({ by: ["level"], where, _count: { _all: true } }),
    db().retentionRisk.count({ where: { AND: [where, { nextReviewDate: { lte: today } }] } }),
  ]);
  for (const row of levels) open[row.level] = row._count._all;
  return { open, reviewsDue, total: Object.values(open).reduce((a, b) => a + b, 0) };
}

/** What the filter form offers: recent quarters, managers in scope, regions, origin companies. */
export async function filterOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, "dashboard:read");
  const org = await getOrganization();
  const startMonth = org?.fiscalYearStartMonth ?? 1;
  const quarters: Period[] = [];
  let q = fiscalQuarterOf(await orgToday(), startMonth);
  for (let i = 0; i < 8; i++, q = previousFiscalQuarter(q)) quarters.push(period(q, startMonth));
  const scope = personInScope(scopeFor(actor, "people-data"));
  const [managers, origins] = await Promise.all([
    db().person.findMany({ where: { AND: [scope, { reports: { some: {} }, erasedAt: null }] }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 300, select: { id: true, name: true } }),
    db().person.findMany({ where: { AND: [scope, { originCompany: { not: null } }] }, distinct: ["originCompany"], select: { originCompany: true }, orderBy: { originCompany: "asc" } }),
  ]);
  return { quarters, managers, origins: origins.map((o) => o.originCompany!) };
}
