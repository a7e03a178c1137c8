import type { LoadedTemplate } from "@/lib/check-ins/load-template";
import { METRIC_QUESTION_KEYS } from "@/lib/check-ins/default-template";
import { addDays } from "@/lib/dates";
import type { LoadedFramework } from "@/lib/frameworks/load";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GrowthDomain, MetricKey } from "@/lib/generated/prisma/enums";
import type { DemoContext } from "./demo-org";
import type { DemoPerson } from "./demo-people";
import { score, type Random } from "./random";

// Two quarters of fortnightly check-ins from each manager with each report, their action
// items and growth steps, and the latest assessments of the managers and directors.

const DEPARTING = new Set(["m-search-e1", "m-checkout-e2", "m-ml-e0", "m-growth-e3"]);
/** Teams whose engagement slides over the two quarters, so the dashboard has a story to tell. */
const STRAINED_TEAMS = new Set(["team-checkout", "team-insights"]);

const GROWTH_STEPS: Record<GrowthDomain, string[]> = {
  FINANCE: ["Walk through the team's cloud bill with the finance partner", "Draft next year's headcount cost for the team"],
  STRATEGY: ["Write a one-page view of where the platform should be in two years", "Sit in on the quarterly planning review"],
  PRODUCT: ["Join three customer calls with the product manager", "Co-write the problem statement for the next bet"],
};
const WINS = ["Shipped the migration without downtime", "New joiner merged a change in week one", "Cut build time by a third"];
const BLOCKERS = ["Waiting on the security review", "Two people out sick", "Unclear priority between two projects"];
const ACTIONS = ["Book a session with the finance partner", "Write up the incident review", "Pair on the on-call runbook"];

type Options = { people: DemoPerson[]; framework: LoadedFramework; template: LoadedTemplate; random: Random };

/** Returns the last working day of each person who leaves in the demo. */
export async function seedDemoActivity(
  tx: Prisma.TransactionClient,
  ctx: DemoContext,
  { people, framework, template, random }: Options,
): Promise<Map<string, Date>> {
  const departedOn = new Map<string, Date>();
  const managers = new Set(people.map((person) => person.managerKey).filter(Boolean));
  for (const person of people) {
    if (!person.managerKey) continue;
    const subjectId = ctx.personIds.get(person.key) as number;
    const authorId = ctx.userIds.get(person.managerKey) as number;
    const isManager = managers.has(person.key);
    const strained = person.teamKey !== null && STRAINED_TEAMS.has(person.teamKey);
    const lastDay = DEPARTING.has(person.key) ? addDays(ctx.today, -random.int(20, 100)) : ctx.today;
    if (lastDay !== ctx.today) departedOn.set(person.key, lastDay);
    const baseline = 3.2 + random.next();
    const first = addDays(ctx.today, -182 + random.int(0, 13));
    let previousGrowth: string | null = null;
    for (let due = first, k = 0; due <= lastDay; due = addDays(due, 14), k++) {
      if (random.chance(0.08)) continue; // a missed check-in
      const date = addDays(due, random.int(-2, 3));
      if (date > ctx.today) break;
      const drift = strained ? -k * 0.12 : 0;
      const isLatest = addDays(due, 14) > lastDay;
      const draft = isLatest && random.chance(0.15);
      const figures: Record<MetricKey, number> = {
        PILLAR_QUALITY: score(random, baseline),
        PILLAR_ENGAGEMENT: score(random, baseline + drift),
        PILLAR_GROWTH: score(random, baseline - 0.2),
        PILLAR_SKILLS: score(random, baseline - 0.3),
        PSYCHOLOGICAL_SAFETY: score(random, baseline + drift + 0.3),
        AUTONOMY: score(random, baseline + drift),
        TRUST: score(random, baseline + drift + 0.2),
      };
      const growthDomain = isManager ? random.pick<GrowthDomain>(["FINANCE", "STRATEGY", "PRODUCT"]) : null;
      const growthStep = growthDomain ? random.pick(GROWTH_STEPS[growthDomain]) : null;
      const checkIn = await tx.checkIn.create({
        data: {
          subjectId, authorId, templateVersionId: template.templateVersionId, date, dueDate: due,
          status: draft ? "DRAFT" : "SUBMITTED",
          submittedAt: draft ? null : addDays(date, 0),
          ...(draft ? {} : {
            scoreQuality: figures.PILLAR_QUALITY, scoreEngagement: figures.PILLAR_ENGAGEMENT,
            scoreGrowth: figures.PILLAR_GROWTH, scoreSkills: figures.PILLAR_SKILLS,
            psychologicalSafety: figures.PSYCHOLOGICAL_SAFETY, autonomy: figures.AUTONOMY, trust: figures.TRUST,
          }),
          wins: random.chance(0.6) ? random.pick(WINS) : null,
          blockers: random.chance(0.4) ? random.pick(BLOCKERS) : null,
          growthDomain, growthStep,
          growthFollowUp: previousGrowth ? `Followed up on: ${previousGrowth}` : null,
          privateNote: random.chance(0.15) ? "Seemed tired; ask about workload next time." : null,
        },
      });
      previousGrowth = growthStep;
      await tx.checkInAnswer.createMany({
        data: [
          ...Object.entries(figures).map(([metric, value]) => ({
            checkInId: checkIn.id,
            questionId: template.questionIds.get(METRIC_QUESTION_KEYS[metric as MetricKey]) as number,
            value,
          })),
          { checkInId: checkIn.id, questionId: template.questionIds.get("on-call-sustainable") as number, value: !strained || random.chance(0.5) },
        ],
      });
      if (random.chance(0.3)) {
        await tx.actionItem.create({
          data: {
            checkInId: checkIn.id, subjectId, title: random.pick(ACTIONS),
            ownerId: random.chance(0.5) ? subjectId : (ctx.personIds.get(person.managerKey) as number),
            dueDate: addDays(date, 14), doneAt: isLatest || random.chance(0.2) ? null : addDays(date, random.int(3, 13)),
          },
        });
      }
    }
  }
  await seedAssessments(tx, ctx, { people, framework, random, managers });
  return departedOn;
}

async function seedAssessments(
  tx: Prisma.TransactionClient,
  ctx: DemoContext,
  { people, framework, random, managers }: Pick<Options, "people" | "framework" | "random"> & { managers: Set<string | null> },
) {
  const competencyIds = framework.competencyIds.get("management") ?? [];
  for (const person of people.filter((p) => managers.has(p.key) && p.managerKey)) {
    const shared = random.chance(0.8);
    // Each person has a typical standing; readiness follows the ratings, as an assessor's would.
    const typical = 2.5 + random.next() * 2;
    const ratings = competencyIds.map((competencyId) => ({
      competencyId,
      rating: Math.min(5, Math.max(1, Math.round(typical + (random.next() - 0.5) * 2))),
      evidence: random.chance(0.5) ? "Seen in the last two planning cycles." : null,
    }));
    const average = ratings.reduce((sum, r) => sum + r.rating, 0) / Math.max(1, ratings.length);
    const readiness = average >= 4 ? "READY" : average >= 3.3 ? "WITHIN_6_12_MONTHS" : "NOT_YET";
    await tx.assessment.create({
      data: {
        personId: ctx.personIds.get(person.key) as number,
        assessorId: ctx.personIds.get(person.managerKey as string) as number,
        frameworkVersionId: framework.frameworkVersionId,
        levelId: framework.levelIds.get(person.levelCode) as number,
        date: addDays(ctx.today, -random.int(20, 70)),
        status: shared ? "SHARED" : "DRAFT",
        sharedAt: shared ? addDays(ctx.today, -random.int(5, 19)) : null,
        promotionReadiness: readiness,
        summary: "Strong on delivery and people; the next step is fluency in the business side of the role.",
        ratings: { create: ratings },
      },
    });
  }
}
