import type { Actor } from "@/lib/auth/actor";
import { addDays, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { DashboardContext } from "@/lib/dashboard/queries";
import { dashboardPeopleSql } from "@/lib/dashboard/people-sql";
import { personFiguresSql, quarterBands } from "@/lib/dashboard/rollup";
import { Prisma } from "@/lib/generated/prisma/client";
import { teamBandsBetween } from "@/lib/quality/queries";
import { peopleAtRiskInScope } from "@/lib/risks/access";
import { itemsInScope, skillScope } from "@/lib/skills/access";
import type { ReportSnapshotData } from "./types";

// The report's row-level reads, each over the report's scope (the dashboard context's filters
// inside the actor's scope) and built on the domain's own definitions: a person's figures are
// lib/dashboard's per-person SQL, a team's DORA band lib/quality's aggregate. No check-in text is
// read here at all, so no private note can reach a snapshot.

type People = ReportSnapshotData["people"];
type Skills = ReportSnapshotData["skills"];
type Risks = ReportSnapshotData["risks"];

/** Everyone below the chosen subtree's root (no condition when the report covers the actor's whole scope). */
function belowFilter(context: DashboardContext): Prisma.PersonWhereInput {
  const under = context.filters.under;
  return under === undefined ? {} : { ancestors: { some: { ancestorId: under, depth: { gt: 0 } } } };
}

/** The person whose subtree the report covers (already checked to be in the actor's scope). */
export async function reportRoot(personId: number): Promise<{ id: number; name: string } | null> {
  return db().person.findUnique({ where: { id: personId }, select: { id: true, name: true } });
}

type PersonRow = Omit<People[number], "person" | "manager" | "scores"> & {
  id: number; name: string; managerId: number | null; managerName: string | null;
  quality: number | null; engagement: number | null; growth: number | null; skills: number | null; engagementIndex: number | null;
};

/** One row per person in the scope who worked here during the quarter: the drill-down's people and figures, without its cap. */
export async function reportPeople({ actor, context }: { actor: Actor; context: DashboardContext }): Promise<People> {
  const bands = await quarterBands(context.current);
  const figures = personFiguresSql({ quarter: context.current, today: context.today, bands, where: dashboardPeopleSql(actor, context.filters) });
  // One JSON value back rather than thousands of rows: the driver decodes it at once.
  const [result] = await db().$queryRaw<Array<{ rows: PersonRow[] }>>`
    WITH per AS (${figures})
    SELECT coalesce(json_agg(r ORDER BY r.name, r.id), '[]'::json) AS rows FROM (
      SELECT per.id, per.name, per.title, t.name AS team, per."managerId", m.name AS "managerName",
        nullif(per.region, '') AS region, nullif(per.origin, '') AS origin, l.code AS level, per.level_days AS "daysInLevel",
        per.check_ins AS "checkIns", per.due, per.on_time AS "onTime",
        per.quality, per.engagement, per.growth, per.skills, per.engagement_index AS "engagementIndex",
        -- The departure the quarter counted (the latest up to the day it counts to).
        CASE WHEN per.departures > 0 THEN (SELECT to_char(max(x.date), 'YYYY-MM-DD') FROM "Departure" x
          WHERE x."personId" = per.id AND x.date <= ${context.asOf}::date) END AS departed,
        per.promotions > 0 AS promoted
      FROM per
      LEFT JOIN "Team" t ON t.id = per.team
      LEFT JOIN "Person" m ON m.id = per."managerId"
      LEFT JOIN "Level" l ON l.id = per.level) AS r`;
  return (result?.rows ?? []).map((row) => ({
    person: { id: row.id, name: row.name },
    title: row.title,
    team: row.team,
    manager: row.managerId === null ? null : { id: row.managerId, name: row.managerName ?? "" },
    region: row.region,
    origin: row.origin,
    level: row.level,
    daysInLevel: row.daysInLevel,
    checkIns: row.checkIns,
    due: row.due,
    onTime: row.onTime,
    scores: { QUALITY: row.quality, ENGAGEMENT: row.engagement, GROWTH: row.growth, SKILLS: row.skills, engagementIndex: row.engagementIndex },
    departed: row.departed,
    promoted: row.promoted,
  }));
}

/** The teams' DORA metrics and band over the quarter's months (the months the heatmap's bands use). */
export async function reportDora({ context, teamIds }: { context: DashboardContext; teamIds: number[] }): Promise<ReportSnapshotData["dora"]> {
  if (teamIds.length === 0) return [];
  const teams = await teamBandsBetween({ from: context.current.from.slice(0, 7), to: context.current.to.slice(0, 7), where: Prisma.sql`t.id = ANY(${teamIds}::int[])` });
  return teams.map((team) => ({
    teamId: team.id,
    name: team.name,
    months: team.months,
    band: team.dora?.band ?? null,
    deployDaysPerWeek: team.dora?.metrics.deployDaysPerWeek ?? null,
    leadTimeHours: team.dora?.metrics.leadTimeHours ?? null,
    changeFailureRate: team.dora?.metrics.changeFailureRate ?? null,
    timeToRestoreHours: team.dora?.metrics.timeToRestoreHours ?? null,
  }));
}

/**
 * Learning items and experiments under way during the quarter, in the actor's skills scope and
 * the report's subtree (items about someone below its root, or about a team its root or someone
 * below owns). Under way: not merely planned, started by the quarter's end (or created by then
 * when no start was given) and not finished before it began (an undated finish counts as
 * the item's last change).
 */
export async function reportSkills({ actor, context }: { actor: Actor; context: DashboardContext }): Promise<Skills> {
  const from = parseDate(context.current.from);
  const to = parseDate(context.current.to);
  const under = context.filters.under;
  const where: Prisma.SkillItemWhereInput = {
    AND: [
      itemsInScope(skillScope(actor)),
      under === undefined ? {} : { OR: [
        { person: { is: belowFilter(context) } },
        { team: { is: { owner: { is: { ancestors: { some: { ancestorId: under, depth: { gte: 0 } } } } } } } },
      ] },
      { status: { not: "PLANNED" } },
      { OR: [{ startedOn: { lte: to } }, { startedOn: null, createdAt: { lt: addDays(to, 1) } }] },
      { OR: [{ completedOn: { gte: from } }, { completedOn: null, status: "ACTIVE" }, { completedOn: null, updatedAt: { gte: from } }] },
    ],
  };
  const [items, groups] = await Promise.all([
    db().skillItem.findMany({
      where,
      orderBy: [{ kind: "asc" }, { status: "asc" }, { title: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, status: true, title: true, outcome: true, startedOn: true, completedOn: true, person: { select: { name: true } }, team: { select: { name: true } } },
    }),
    db().skillItem.groupBy({ by: ["kind", "status"], where, _count: { _all: true }, orderBy: [{ kind: "asc" }, { status: "asc" }] }),
  ]);
  return {
    counts: groups.map((group) => ({ kind: group.kind, status: group.status, count: group._count._all })),
    items: items.map((item) => ({
      id: item.id, kind: item.kind, status: item.status, title: item.title,
      about: item.person?.name ?? item.team?.name ?? "",
      startedOn: item.startedOn ? formatDate(item.startedOn) : null,
      endedOn: item.completedOn ? formatDate(item.completedOn) : null,
      outcome: item.outcome,
    })),
  };
}

/**
 * Open risks rated HIGH or CRITICAL about people in the actor's risk scope (never the actor) and
 * the report's subtree, highest first, with counts of their open and overdue mitigations. Never
 * the notes, nor the mitigations' text. The caller audits the read (lib/risks/read-audit.ts).
 */
export async function reportRisks({ actor, context }: { actor: Actor; context: DashboardContext }): Promise<Risks> {
  const risks = await db().retentionRisk.findMany({
    where: {
      status: { not: "CLOSED" },
      level: { in: ["HIGH", "CRITICAL"] },
      person: { is: { AND: [peopleAtRiskInScope(actor), belowFilter(context), { erasedAt: null }] } },
    },
    orderBy: [{ level: "desc" }, { nextReviewDate: "asc" }, { id: "asc" }],
    select: {
      id: true, level: true, factors: true, regrettable: true, nextReviewDate: true,
      person: { select: { id: true, name: true, title: true, manager: { select: { id: true, name: true } } } },
      mitigations: { where: { status: "OPEN" }, select: { dueDate: true } },
    },
  });
  const today = formatDate(context.today);
  return risks.map((risk) => ({
    id: risk.id,
    person: { id: risk.person.id, name: risk.person.name },
    title: risk.person.title,
    manager: risk.person.manager ? { id: risk.person.manager.id, name: risk.person.manager.name } : null,
    level: risk.level as "HIGH" | "CRITICAL",
    regrettable: risk.regrettable,
    factors: [...risk.factors],
    nextReviewDate: formatDate(risk.nextReviewDate),
    openMitigations: risk.mitigations.length,
    // Overdue as the scorecards count it: still open past its due date.
    overdueMitigations: risk.mitigations.filter((mitigation) => formatDate(mitigation.dueDate) < today).length,
  }));
}
