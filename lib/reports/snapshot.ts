import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { ZDashboardFilters, type TDashboardFilters } from "@/lib/dashboard/filters";
import { dashboardContext } from "@/lib/dashboard/queries";
import { freshQuarters } from "@/lib/dashboard/rollup";
import type { ScorecardRow } from "@/lib/dashboard/types";
import { attritionSummary, coverageSummary, heatmap, levelDistribution, pillarCards, reportRollup, type ReportRollup } from "@/lib/dashboard/widgets";
import { getOrganization } from "@/lib/org/queries";
import { auditRiskRead } from "@/lib/risks/read-audit";
import { reportDora, reportPeople, reportRisks, reportRoot, reportSkills } from "./snapshot-queries";
import { scopeLabel } from "./scope";
import { SNAPSHOT_VERSION, type ReportScorecard, type ReportSnapshotData } from "./types";

// A quarterly report's frozen content (DESIGN.md, "Screens" → Reports), gathered from the
// dashboard's widgets and rollup over the report's scope: the actor's whole scope, or a subtree
// inside it (a director asking for anything else gets NOT_FOUND, exactly as on the dashboard).
// No figure is defined here: each comes from lib/dashboard, lib/quality, lib/skills or lib/risks.
// Risk data only for makers who may read risks, never about the maker, and read under one audit event.

/** What a report is asked for: a fiscal quarter ("FY2027-Q1") and, optionally, the subtree below one person. */
export const ZSnapshotInput = z.object({
  quarter: z.string({ error: "Choose a quarter" }).pipe(ZDashboardFilters.shape.quarter.unwrap()),
  scopePersonId: z.coerce.number().int().positive("Choose a manager").optional(),
});
export type TSnapshotInput = { quarter: string; scopePersonId?: number };

/** How many managers the movers list keeps. */
export const MOVERS = 20;

/** Generates a report's data (the job that stores it calls this). Everything returned is plain JSON. */
export async function buildSnapshot({ actor, input }: { actor: Actor; input: TSnapshotInput }): Promise<ReportSnapshotData> {
  requirePermission(actor, "report:read");
  const { quarter, scopePersonId } = parseOrRefuse(ZSnapshotInput, input);
  const filters: TDashboardFilters = scopePersonId === undefined ? { quarter } : { quarter, under: scopePersonId };
  // Checks the subtree is the actor's or inside their scope (NOT_FOUND otherwise) before anything is read.
  const context = await dashboardContext({ actor, input: filters });
  // Built once here, so the widgets below all read the same fresh rows instead of queueing for the build.
  await freshQuarters([context.current, context.previous], context.today, context.graceDays);
  const withRisks = can(actor.roles, "risk:read");
  const rootId = scopePersonId ?? (scopeFor(actor, "people-data").kind === "subtree" ? actor.personId : null);

  const [organisation, root, pillars, attrition, levels, coverage, teams, rollup, people, skills, risks] = await Promise.all([
    getOrganization(),
    rootId === null ? null : reportRoot(rootId),
    pillarCards({ actor, input: filters }),
    attritionSummary({ actor, input: filters }),
    levelDistribution({ actor, input: filters }),
    coverageSummary({ actor, input: filters }),
    heatmap({ actor, input: { ...filters, all: "1" } }),
    reportRollup({ actor, input: filters }),
    reportPeople({ actor, context }),
    reportSkills({ actor, context }),
    withRisks ? reportRisks({ actor, context }) : [],
  ]);
  const dora = await reportDora({ context, teamIds: teams.teams.map((team) => team.teamId).filter((id) => id > 0) });

  const snapshot: ReportSnapshotData = {
    version: SNAPSHOT_VERSION,
    generatedAt: new Date().toISOString(),
    generatedBy: { userId: actor.userId, name: actor.name },
    organisation: {
      name: organisation?.name ?? "",
      timeZone: organisation?.timeZone ?? "UTC",
      fiscalYearStartMonth: organisation?.fiscalYearStartMonth ?? 1,
    },
    quarter: context.current,
    previous: context.previous,
    asOf: context.asOf,
    scope: { person: root, label: scopeLabel(root) },
    includesRisks: withRisks,
    pillars,
    attrition: { current: attrition.current, before: attrition.before },
    levels: levels.levels,
    unassignedLevel: levels.unassigned,
    promotions: rollup.promotions,
    coverage: {
      total: coverage.total,
      managers: rollup.coverage.map(({ managerId, name, due, onTime, rate }) => ({ manager: { id: managerId, name }, due, onTime, rate })),
    },
    heatmap: teams.teams.map(({ teamId, name, people: scored, band, scores }) => ({ teamId, name, people: scored, band, scores })),
    dora,
    skills,
    scorecards: scorecardTree(rollup.scorecards),
    movers: rollup.managers
      .flatMap(({ personId, name, title, engagement, previous }) =>
        engagement === null || previous === null ? [] : [{ manager: { id: personId, name }, title, engagement, previous, change: engagement - previous }])
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.manager.name.localeCompare(b.manager.name) || a.manager.id - b.manager.id)
      .slice(0, MOVERS),
    risks,
    people,
  };
  // One audit event per generation, listing everyone whose risk went into the snapshot.
  await auditRiskRead({ actor, subjectIds: risks.map((risk) => risk.person.id) });
  return snapshot;
}

/**
 * Every manager of the scope as the scorecards widget rolls them up: the rows it opens on, then
 * each row followed by the rows it opens onto (the managers reporting to that one), depth first.
 */
function scorecardTree({ top, rows }: ReportRollup["scorecards"]): ReportScorecard[] {
  const below = new Map<number | null, ScorecardRow[]>();
  for (const { managerId, card } of rows) {
    const siblings = below.get(managerId);
    if (siblings) siblings.push(card);
    else below.set(managerId, [card]);
  }
  const flat: ReportScorecard[] = [];
  const visit = (managerId: number | null, depth: number) => {
    for (const { personId, name, ...card } of below.get(managerId) ?? []) {
      // The top rows open under nobody in the report, whoever they report to.
      flat.push({ person: { id: personId, name }, parentId: depth === 0 ? null : managerId, depth, ...card });
      visit(personId, depth + 1);
    }
  };
  visit(top, 0);
  return flat;
}
