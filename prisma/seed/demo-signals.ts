import { addDays, addMonths } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RiskFactor, RiskLevel } from "@/lib/generated/prisma/enums";
import type { DemoContext } from "./demo-org";
import type { DemoTeam } from "./demo-people";
import type { Random } from "./random";

// Retention risks with mitigations and history, departures, six months of team flow metrics,
// and learning and experiments.

type RiskSpec = { key: string; level: RiskLevel; factors: RiskFactor[]; regrettable: boolean; notes: string; by: string; mitigation: string };

const RISKS: RiskSpec[] = [
  { key: "m-checkout", level: "HIGH", factors: ["WORKLOAD", "MANAGER"], regrettable: true, by: "dir-product",
    notes: "Carrying two teams' on-call since the re-org; said twice that it is not sustainable.", mitigation: "Split on-call with Search from next month" },
  { key: "m-checkout-e0", level: "CRITICAL", factors: ["EXTERNAL_OFFER", "COMPENSATION"], regrettable: true, by: "m-checkout",
    notes: "Has an offer from a competitor; decision expected within two weeks.", mitigation: "Compensation review with HR" },
  { key: "m-insights", level: "HIGH", factors: ["GROWTH", "ENGAGEMENT"], regrettable: true, by: "dir-data",
    notes: "Unsure of their place since the acquisition; asked about the promotion path twice.", mitigation: "Agree a written growth plan towards M2" },
  { key: "m-devex-e1", level: "MEDIUM", factors: ["GROWTH"], regrettable: true, by: "m-devex",
    notes: "Wants to move towards the staff path; no staff-level project this half.", mitigation: "Lead the build-cache project" },
  { key: "m-mobile-e2", level: "MEDIUM", factors: ["PERSONAL"], regrettable: false, by: "m-mobile",
    notes: "Considering relocating; would prefer to stay remote.", mitigation: "Confirm remote arrangement in writing" },
  { key: "m-infra-e3", level: "LOW", factors: ["ENGAGEMENT"], regrettable: true, by: "m-infra",
    notes: "Quieter in planning lately; keep an eye on it.", mitigation: "Skip-level coffee" },
];

type Options = { teams: DemoTeam[]; departedOn: Map<string, Date>; random: Random };

export async function seedDemoSignals(tx: Prisma.TransactionClient, ctx: DemoContext, { teams, departedOn, random }: Options) {
  for (const [index, spec] of RISKS.entries()) {
    const personId = ctx.personIds.get(spec.key) as number;
    const createdById = ctx.userIds.get(spec.by) as number;
    const ownerId = ctx.personIds.get(spec.by) as number;
    const overdue = index % 3 === 0;
    await tx.retentionRisk.create({
      data: {
        personId, level: spec.level, factors: spec.factors, regrettable: spec.regrettable, notes: spec.notes, createdById,
        nextReviewDate: addDays(ctx.today, overdue ? -3 : random.int(7, 30)),
        mitigations: {
          create: [{ action: spec.mitigation, ownerId, dueDate: addDays(ctx.today, overdue ? -5 : random.int(5, 40)) }],
        },
        history: {
          create: [
            { actorId: createdById, createdAt: addDays(ctx.today, -40), changes: { level: { from: null, to: spec.level === "CRITICAL" ? "HIGH" : spec.level } } },
            ...(spec.level === "CRITICAL"
              ? [{ actorId: createdById, createdAt: addDays(ctx.today, -6), changes: { level: { from: "HIGH", to: "CRITICAL" } } }]
              : []),
          ],
        },
      },
    });
  }

  const reasons = ["Joined a start-up", "Relocated abroad", "Role eliminated in re-org", "Better-paid offer"];
  for (const [index, [key, lastDay]] of [...departedOn.entries()].entries()) {
    const personId = ctx.personIds.get(key) as number;
    const voluntary = index !== 2;
    await tx.person.update({ where: { id: personId }, data: { endDate: lastDay } });
    await tx.departure.create({
      data: {
        personId, date: lastDay, voluntary, regrettable: voluntary && index !== 1, reason: reasons[index % reasons.length],
        recordedById: ctx.userIds.get("hr"),
      },
    });
  }

  const firstMonth = addMonths(new Date(Date.UTC(ctx.today.getUTCFullYear(), ctx.today.getUTCMonth(), 1)), -6);
  await tx.teamMonthlyMetric.createMany({
    data: teams.flatMap((team, teamIndex) =>
      Array.from({ length: 6 }, (_, m) => {
        const maturity = (teamIndex % 4) / 3; // 0 … 1: from struggling to elite
        const deployDays = Math.round(2 + maturity * 18 + random.int(0, 3));
        const deployments = deployDays + random.int(0, deployDays);
        return {
          teamId: ctx.teamIds.get(team.key) as number,
          month: addMonths(firstMonth, m),
          deployments,
          deployDays,
          leadTimeHours: Math.round((240 - maturity * 225 + random.int(0, 24)) * 10) / 10,
          failedDeployments: Math.round(deployments * (0.2 - maturity * 0.17 + random.next() * 0.03)),
          timeToRestoreHours: Math.round((60 - maturity * 59.5 + random.next() * 2) * 10) / 10,
          incidents: random.int(0, 4),
        };
      }),
    ),
  });

  await tx.skillItem.createMany({
    data: [
      { kind: "EXPERIMENT", teamId: ctx.teamIds.get("team-devex"), title: "AI coding assistant pilot", status: "ACTIVE",
        description: "Six-week pilot with half the team; compare review time and escaped defects.", startedOn: addDays(ctx.today, -30) },
      { kind: "EXPERIMENT", teamId: ctx.teamIds.get("team-search"), title: "LLM-ranked search results", status: "COMPLETED",
        outcome: "Relevance up on long queries, latency too high for now; parked.", evidence: "A/B test report, week 6",
        startedOn: addDays(ctx.today, -120), completedOn: addDays(ctx.today, -60) },
      { kind: "LEARNING", personId: ctx.personIds.get("m-infra"), title: "Finance for engineering leaders", status: "ACTIVE",
        description: "Evening course: budgets, unit economics, business cases.", startedOn: addDays(ctx.today, -45) },
      { kind: "LEARNING", personId: ctx.personIds.get("m-insights"), title: "Product discovery practice", status: "PLANNED" },
      { kind: "EXPERIMENT", teamId: ctx.teamIds.get("team-reliability"), title: "Chaos testing on staging", status: "STOPPED",
        outcome: "Stopped after two sessions: staging too unlike production to learn from.", startedOn: addDays(ctx.today, -150), completedOn: addDays(ctx.today, -130) },
    ],
  });
}
