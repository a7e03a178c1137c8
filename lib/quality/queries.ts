import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import {
  type DoraBand,
  type DoraMetrics,
  doraBand,
  doraMetricBands,
  deployDaysPerWeek,
  type MonthlyFlowMetrics,
  periodDoraMetrics,
} from "@/lib/metrics/dora";
import { orgToday } from "@/lib/org/queries";
import { readableTeams, teamScope, teamScopeSql, writableTeams } from "./access";
import { addMonthsTo, daysInMonth, monthOf, monthStart } from "./schemas";

// Reading team flow metrics (quality:read), always inside the actor's team scope. Every figure
// derived from them (metric bands, the team's DORA band) comes from lib/metrics/dora.ts.
// Results are plain JSON (months as "YYYY-MM"), as react-query and server pages both take them.

export type BandedMetrics = { metrics: DoraMetrics; band: DoraBand; metricBands: Record<keyof DoraMetrics, DoraBand> };

function banded(metrics: DoraMetrics | null): BandedMetrics | null {
  return metrics === null ? null : { metrics, band: doraBand(metrics), metricBands: doraMetricBands(metrics) };
}

/** The organisation's current month, "YYYY-MM". */
export async function currentMonth(): Promise<string> {
  return monthOf(await orgToday());
}

export type TeamMonthRow = {
  month: string;
  deployments: number;
  deployDays: number;
  leadTimeHours: number;
  failedDeployments: number;
  timeToRestoreHours: number;
  incidents: number;
  source: "MANUAL" | "CSV";
  version: number;
  /** The month on its own, banded. */
  dora: BandedMetrics;
};

const flow = (row: Omit<TeamMonthRow, "dora" | "source" | "version">): MonthlyFlowMetrics => ({ ...row, days: daysInMonth(row.month) });

/**
 * One team's last `months` months (the current one included): each recorded month with its own
 * band, and the period's metrics and band. A team outside the scope is NOT_FOUND.
 */
export async function teamMetrics({ actor, teamId, months = 12, asOfMonth }: { actor: Actor; teamId: number; months?: number; asOfMonth?: string }) {
  requirePermission(actor, "quality:read");
  const to = asOfMonth ?? (await currentMonth());
  const from = addMonthsTo(to, -(months - 1));
  const [team, writable, rows] = await Promise.all([
    db().team.findFirst({ where: { AND: [{ id: teamId }, readableTeams(actor)] }, select: { id: true, name: true, owner: { select: { name: true } } } }),
    db().team.count({ where: { AND: [{ id: teamId }, writableTeams(actor)] } }),
    db().teamMonthlyMetric.findMany({
      // Rows are read only for a team in scope: the same filter, through the relation.
      where: { teamId, team: { is: readableTeams(actor) }, month: { gte: monthStart(from), lte: monthStart(to) } },
      orderBy: { month: "asc" },
      select: {
        month: true, deployments: true, deployDays: true, leadTimeHours: true, failedDeployments: true,
        timeToRestoreHours: true, incidents: true, source: true, version: true,
      },
    }),
  ]);
  if (!team) throw new AppError("NOT_FOUND", "Not found");
  const recorded: TeamMonthRow[] = rows.map(({ month, ...row }) => {
    const values = { ...row, month: monthOf(month) };
    return { ...values, dora: banded(periodDoraMetrics([flow(values)])) as BandedMetrics };
  });
  return {
    team: { id: team.id, name: team.name, ownerName: team.owner?.name ?? null },
    canWrite: writable > 0,
    from,
    to,
    months: recorded,
    period: banded(periodDoraMetrics(recorded.map(flow))),
  };
}
export type TeamMetrics = Awaited<ReturnType<typeof teamMetrics>>;

type TeamAggregate = {
  id: number;
  name: string;
  ownerName: string | null;
  months: number;
  days: number;
  deployments: number;
  deployDays: number;
  failedDeployments: number;
  incidents: number;
  leadTimeHours: number | null;
  timeToRestoreHours: number | null;
};

export type TeamWithBand = {
  id: number;
  name: string;
  ownerName: string | null;
  /** Months with figures in the period (0 → no band). */
  months: number;
  deployments: number;
  incidents: number;
  dora: BandedMetrics | null;
};

/**
 * Every team in scope with its DORA metrics and band over the last `months` complete months
 * (the current month is still running, so it is left out). One aggregate query for all teams;
 * the figures match periodDoraMetrics over the same rows: counts add up, the two times are
 * the median of the monthly medians.
 */
export async function teamsWithBands({ actor, months = 3, asOfMonth }: { actor: Actor; months?: number; asOfMonth?: string }) {
  requirePermission(actor, "quality:read");
  const current = asOfMonth ?? (await currentMonth());
  const to = addMonthsTo(current, -1);
  const from = addMonthsTo(to, -(months - 1));
  return { from, to, teams: await teamBandsBetween({ from, to, where: teamScopeSql(teamScope(actor, "read"), "t") }) };
}
export type TeamsWithBands = Awaited<ReturnType<typeof teamsWithBands>>;

/**
 * Every team matching `where` (a condition on "Team" t) with its DORA metrics and band over the
 * months from…to ("YYYY-MM", both included), in one SQL aggregate. No authorisation: callers
 * scope `where` (the quality page) or aggregate over people in scope (the dashboard).
 */
export async function teamBandsBetween({ from, to, where }: { from: string; to: string; where: Prisma.Sql }): Promise<TeamWithBand[]> {
  const rows = await db().$queryRaw<TeamAggregate[]>`
    SELECT t.id, t.name, o.name AS "ownerName",
      count(m.id)::int AS months,
      coalesce(sum(EXTRACT(DAY FROM m.month + INTERVAL '1 month' - INTERVAL '1 day')), 0)::int AS days,
      coalesce(sum(m.deployments), 0)::int AS deployments,
      coalesce(sum(m."deployDays"), 0)::int AS "deployDays",
      coalesce(sum(m."failedDeployments"), 0)::int AS "failedDeployments",
      coalesce(sum(m.incidents), 0)::int AS incidents,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY m."leadTimeHours") AS "leadTimeHours",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY m."timeToRestoreHours") AS "timeToRestoreHours"
    FROM "Team" t
    LEFT JOIN "Person" o ON o.id = t."ownerId"
    LEFT JOIN "TeamMonthlyMetric" m ON m."teamId" = t.id AND m.month >= ${monthStart(from)}::date AND m.month <= ${monthStart(to)}::date
    WHERE ${where}
    GROUP BY t.id, o.name
    ORDER BY lower(t.name), t.id`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    ownerName: row.ownerName,
    months: row.months,
    deployments: row.deployments,
    incidents: row.incidents,
    dora: row.months === 0 ? null : banded({
      deployDaysPerWeek: deployDaysPerWeek(row.deployDays, row.days),
      changeFailureRate: row.deployments === 0 ? 0 : row.failedDeployments / row.deployments,
      leadTimeHours: Number(row.leadTimeHours),
      timeToRestoreHours: Number(row.timeToRestoreHours),
    }),
  }));
}
