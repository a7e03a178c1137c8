import { addDays, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DORA_BAND_VALUE } from "@/lib/metrics/dora";
import { teamBandsBetween } from "@/lib/quality/queries";
import { countedDueDatesSql } from "@/lib/check-ins/coverage";
import { ensureDueDatesFresh } from "@/lib/check-ins/due-rollup";
import { logger } from "@/lib/logger";

// The dashboard's rollup (prisma/migrations/*_dashboard_rollups). A quarter's rows are the sums
// of one per-person row (`personFiguresSql`, the only place these figures are derived in SQL) over
// every group the dashboard shows: scope 0 is everyone, scope −X everyone but X (the view of a VPE
// or HR partner whose person is X: nobody's own growth data counts in their org-wide figures), and
// scope X everyone strictly below X. Triggers on the source tables bump the quarter's generation;
// `freshQuarters` rebuilds a stale quarter before anyone reads it, under an advisory lock so ten
// readers of a stale quarter wait for one build instead of doing ten.

export type QuarterWindow = {
  /** First and last day of the fiscal quarter, "YYYY-MM-DD". */
  from: string;
  to: string;
};

/** The day a quarter's figures count to: its end, or today while it runs. */
export function asOfDate(quarter: QuarterWindow, today: Date): string {
  const todayIso = formatDate(today);
  return quarter.to < todayIso ? quarter.to : todayIso;
}

/**
 * The "today" a quarter's build counts with: today, until the grace period of the quarter's last
 * due date is over (its deadline is before the day after end + grace); from then on the quarter's
 * figures no longer change with the date, so the build is kept.
 */
export function countDate(quarter: QuarterWindow, today: Date, graceDays: number): Date {
  const settled = addDays(parseDate(quarter.to), graceDays + 1);
  return today < settled ? today : settled;
}

type Band = { team_id: number; band: string; value: number };

/** Each team's DORA band over the quarter's months (lib/quality's aggregate, banded by lib/metrics/dora.ts). */
export async function quarterBands(quarter: QuarterWindow): Promise<Band[]> {
  const teams = await teamBandsBetween({ from: quarter.from.slice(0, 7), to: quarter.to.slice(0, 7), where: Prisma.sql`TRUE` });
  return teams.flatMap((team) => (team.dora ? [{ team_id: team.id, band: team.dora.band, value: DORA_BAND_VALUE[team.dora.band] }] : []));
}

/**
 * One row per person matching `where` (a condition on "Person" p) who worked here during the
 * quarter: their pillar scores (mean of their submitted check-ins' figures; QUALITY blended with
 * the team's DORA band value; someone without a check-in in the quarter has no scores at all),
 * engagement index, check-ins due and on time (due dates whose grace ended before today; only for
 * people with a manager in the tree, who writes them), headcount at the start and at `asOf`, departures and promotions in
 * [from, asOf], and level at `asOf` with days in it. A person without a check-in has no scores.
 */
export function personFiguresSql({ quarter, today, bands, where }: { quarter: QuarterWindow; today: Date; bands: Band[]; where: Prisma.Sql }): Prisma.Sql {
  const from = quarter.from;
  const to = quarter.to;
  const asOf = asOfDate(quarter, today);
  return Prisma.sql`
    SELECT p.id, p.name, p.title, p."managerId", coalesce(p."teamId", 0) AS team, coalesce(l."levelId", 0) AS level,
      coalesce(p.region::text, '') AS region, coalesce(p."originCompany", '') AS origin, b.band,
      (r."personId" IS NOT NULL)::int AS scored, coalesce(r."checkIns", 0) AS check_ins,
      CASE WHEN r."personId" IS NULL THEN NULL
           WHEN r."nQuality" = 0 THEN b.value
           WHEN b.value IS NULL THEN r."sumQuality"::float8 / r."nQuality"
           ELSE (r."sumQuality"::float8 / r."nQuality" + b.value) / 2 END AS quality,
      r."sumEngagement"::float8 / nullif(r."nEngagement", 0) AS engagement,
      r."sumGrowth"::float8 / nullif(r."nGrowth", 0) AS growth,
      r."sumSkills"::float8 / nullif(r."nSkills", 0) AS skills,
      (r."sumSafety"::float8 / nullif(r."nSafety", 0) + r."sumAutonomy"::float8 / nullif(r."nAutonomy", 0)
        + r."sumTrust"::float8 / nullif(r."nTrust", 0)) / 3 AS engagement_index,
      CASE WHEN p."managerId" IS NULL THEN 0 ELSE coalesce(cov.due, 0) END AS due,
      CASE WHEN p."managerId" IS NULL THEN 0 ELSE coalesce(cov.on_time, 0) END AS on_time,
      (p."startDate" <= ${from}::date AND (p."endDate" IS NULL OR p."endDate" >= ${from}::date))::int AS headcount_start,
      (p."startDate" <= ${asOf}::date AND (p."endDate" IS NULL OR p."endDate" >= ${asOf}::date))::int AS headcount_end,
      coalesce(dep.n, 0) AS departures, coalesce(dep.regrettable, 0) AS regrettable, coalesce(dep.voluntary, 0) AS voluntary,
      coalesce(pro.n, 0) AS promotions,
      CASE WHEN l."levelId" IS NOT NULL AND p."startDate" <= ${asOf}::date AND (p."endDate" IS NULL OR p."endDate" >= ${asOf}::date)
           THEN ${asOf}::date - l."effectiveFrom" END AS level_days
    FROM "Person" p
    LEFT JOIN "CheckInQuarterRollup" r ON r."personId" = p.id AND r."quarterStart" = ${from}::date
    LEFT JOIN jsonb_to_recordset(${JSON.stringify(bands)}::jsonb) AS b(team_id int, band text, value float8) ON b.team_id = p."teamId"
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS due, count(d."metOn")::int AS on_time FROM "CheckInDueDate" d
      WHERE d."personId" = p.id AND ${countedDueDatesSql({ from: parseDate(from), to: parseDate(to), today })}
    ) cov ON TRUE
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n, count(*) FILTER (WHERE x.regrettable)::int AS regrettable, count(*) FILTER (WHERE x.voluntary)::int AS voluntary
      FROM "Departure" x WHERE x."personId" = p.id AND x.date BETWEEN ${from}::date AND ${asOf}::date
    ) dep ON TRUE
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "LevelAssignment" a
      WHERE a."personId" = p.id AND a.reason = 'PROMOTION' AND a."effectiveFrom" BETWEEN ${from}::date AND ${asOf}::date
    ) pro ON TRUE
    LEFT JOIN LATERAL (
      SELECT a."levelId", a."effectiveFrom" FROM "LevelAssignment" a
      WHERE a."personId" = p.id AND a."effectiveFrom" <= ${asOf}::date AND (a."effectiveTo" IS NULL OR a."effectiveTo" >= ${asOf}::date)
      ORDER BY a."effectiveFrom" DESC, a.id DESC LIMIT 1
    ) l ON TRUE
    WHERE p."startDate" <= ${to}::date AND (p."endDate" IS NULL OR p."endDate" >= ${from}::date) AND ${where}`;
}

/** The sums every rollup row (and a person's own contribution) carries, over `per` rows. */
export const FIGURE_SUMS = Prisma.sql`
  sum(scored)::int AS scored, sum(check_ins)::int AS "checkIns",
  coalesce(sum(quality), 0) AS "sumQuality", count(quality)::int AS "nQuality",
  coalesce(sum(engagement), 0) AS "sumEngagement", count(engagement)::int AS "nEngagement",
  coalesce(sum(growth), 0) AS "sumGrowth", count(growth)::int AS "nGrowth",
  coalesce(sum(skills), 0) AS "sumSkills", count(skills)::int AS "nSkills",
  coalesce(sum(engagement_index), 0) AS "sumIndex", count(engagement_index)::int AS "nIndex",
  sum(due)::int AS due, sum(on_time)::int AS "onTime",
  sum(headcount_start)::int AS "headcountStart", sum(headcount_end)::int AS "headcountEnd",
  sum(departures)::int AS departures, sum(regrettable)::int AS regrettable, sum(voluntary)::int AS voluntary,
  sum(promotions)::int AS promotions, coalesce(sum(level_days), 0)::bigint AS "levelDays", count(level_days)::int AS "levelPeople"`;

const FIGURE_COLUMNS = Prisma.raw(`"scored", "checkIns", "sumQuality", "nQuality", "sumEngagement", "nEngagement", "sumGrowth", "nGrowth",
  "sumSkills", "nSkills", "sumIndex", "nIndex", "due", "onTime", "headcountStart", "headcountEnd", "departures", "regrettable",
  "voluntary", "promotions", "levelDays", "levelPeople"`);

/** Rebuilds one quarter's rows (inside the caller's transaction). */
async function buildQuarter(tx: Prisma.TransactionClient, quarter: QuarterWindow, today: Date, bands: Band[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM "DashboardRollup" WHERE "quarterStart" = ${quarter.from}::date`;
  await tx.$executeRaw`
    WITH per AS (${personFiguresSql({ quarter, today, bands, where: Prisma.sql`TRUE` })}),
    viewers AS (
      SELECT DISTINCT u."personId" FROM "User" u
      WHERE u.active AND u."personId" IS NOT NULL AND (u.roles && ARRAY['VPE', 'HR_PARTNER']::"Role"[])
    ),
    scoped AS (
      SELECT 0 AS scope_id, per.* FROM per
      UNION ALL
      SELECT -v."personId", per.* FROM per JOIN viewers v ON v."personId" <> per.id
      UNION ALL
      SELECT c."ancestorId", per.* FROM per JOIN "PersonClosure" c ON c."descendantId" = per.id AND c.depth > 0
    )
    INSERT INTO "DashboardRollup" ("quarterStart", "scopeId", "groupKind", "groupId", region, origin, ${FIGURE_COLUMNS}, band)
    SELECT ${quarter.from}::date, scope_id,
      CASE WHEN GROUPING(team) = 0 THEN 'TEAM' WHEN GROUPING(level) = 0 THEN 'LEVEL' WHEN GROUPING("managerId") = 0 THEN 'MANAGER' ELSE 'ALL' END,
      CASE WHEN GROUPING(team) = 0 THEN team WHEN GROUPING(level) = 0 THEN level WHEN GROUPING("managerId") = 0 THEN coalesce("managerId", 0) ELSE 0 END,
      region, origin,
      ${FIGURE_SUMS},
      CASE WHEN GROUPING(team) = 0 THEN min(band) END
    FROM scoped
    GROUP BY GROUPING SETS ((scope_id, region, origin), (scope_id, team, region, origin), (scope_id, level, region, origin), (scope_id, "managerId", region, origin))`;
}

const LOCK_NAMESPACE = 7_214_001;

/**
 * Makes the quarters' rollup rows current: a quarter is rebuilt when its generation moved since
 * the last build, or when it still runs and was built before today. Returns when all are fresh.
 */
export async function freshQuarters(quarters: QuarterWindow[], today: Date, graceDays: number): Promise<void> {
  const froms = quarters.map((q) => q.from);
  const counted = (q: QuarterWindow) => formatDate(countDate(q, today, graceDays));
  const stale = async () => {
    const rows = await db().$queryRaw<Array<{ quarterStart: Date; asOf: Date | null }>>`
      SELECT "quarterStart", "asOf" FROM "DashboardRollupState"
      WHERE "quarterStart" = ANY(${froms}::date[]) AND "builtGeneration" = generation`;
    const built = new Map(rows.map((row) => [formatDate(row.quarterStart), row.asOf && formatDate(row.asOf)]));
    return quarters.filter((q) => built.get(q.from) !== counted(q));
  };
  const pending = await stale();
  if (pending.length === 0) return;
  // Due dates of people changed by imports and the like are recomputed first: they feed coverage.
  await ensureDueDatesFresh();
  // The state rows exist (committed) before any build, so a writer's trigger always finds one to mark.
  await db().$executeRaw`INSERT INTO "DashboardRollupState" ("quarterStart") SELECT unnest(${pending.map((q) => q.from)}::date[]) ON CONFLICT DO NOTHING`;
  for (const quarter of pending) {
    const bands = await quarterBands(quarter);
    const started = performance.now();
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${Number(quarter.from.replaceAll("-", ""))})`;
      const [state] = await tx.$queryRaw<Array<{ generation: bigint; builtGeneration: bigint; asOf: Date | null }>>`
        SELECT generation, "builtGeneration", "asOf" FROM "DashboardRollupState" WHERE "quarterStart" = ${quarter.from}::date`;
      // Someone else built it while we waited for the lock.
      if (state && state.generation === state.builtGeneration && state.asOf && formatDate(state.asOf) === counted(quarter)) return;
      await buildQuarter(tx, quarter, countDate(quarter, today, graceDays), bands);
      await tx.$executeRaw`
        UPDATE "DashboardRollupState" SET "builtGeneration" = ${state!.generation}, "asOf" = ${counted(quarter)}::date,
          "builtAt" = now(), "buildMs" = ${Math.round(performance.now() - started)}
        WHERE "quarterStart" = ${quarter.from}::date`;
    }, { timeout: 120_000, maxWait: 120_000 });
    logger.debug({ quarter: quarter.from, ms: Math.round(performance.now() - started) }, "dashboard rollup built");
  }
}
