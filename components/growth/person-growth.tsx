import { AssessmentList } from "@/components/growth/assessment-list";
import { AssignLevelForm } from "@/components/growth/assign-level-form";
import { LevelTimeline } from "@/components/growth/level-timeline";
import { StartAssessmentForm } from "@/components/growth/start-assessment-form";
import { assessmentsFor, latestVisibleAssessment } from "@/lib/assessments/queries";
import { GapCharts } from "@/components/growth/pillar-chart";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { parseDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { levelHistory, publishedLevels } from "@/lib/levels/queries";
import { timeInLevelDays } from "@/lib/metrics/time-in-level";

/** Levels and assessments on a person's page, for those who may see them (nothing otherwise). */
export async function PersonGrowth({ actor, personId, today }: { actor: Actor; personId: number; today: string }) {
  const history = await levelHistory({ actor, personId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (history === null) return null;
  const [assessments, latest] = await Promise.all([assessmentsFor({ actor, personId }), latestVisibleAssessment({ actor, personId })]);
  const current = history.find((entry) => entry.effectiveTo === null);
  const mayWrite = can(actor.roles, "assessment:write") && actor.personId !== personId;
  return (
    <>
      <section aria-labelledby="level-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="level-heading" className="mb-3 text-lg font-semibold">Level</h2>
        <LevelTimeline history={history} daysInCurrent={current ? timeInLevelDays(parseDate(current.effectiveFrom), parseDate(today)) : null} />
        {mayWrite && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Record a promotion or calibration</summary>
            <div className="pt-3"><AssignLevelForm personId={personId} levels={await publishedLevels()} today={today} /></div>
          </details>
        )}
      </section>
      {latest && (
        <section aria-labelledby="latest-heading" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="latest-heading" className="mb-3 text-lg font-semibold">Latest assessment, by pillar and domain</h2>
          <GapCharts byPillar={latest.gaps.byPillar} byDomain={latest.gaps.byDomain} />
          {latest.gaps.competencies.some((c) => c.gapForNextLevel) && (
            <div className="mt-4 text-sm">
              <p className="font-medium">Gaps against the next level (rated below 4):</p>
              <ul className="list-disc pl-5">
                {latest.gaps.competencies.filter((c) => c.gapForNextLevel).map((c) => <li key={c.competencyId}>{c.name} ({c.rating ?? "not rated"})</li>)}
              </ul>
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="assessments-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="assessments-heading" className="mb-3 text-lg font-semibold">Assessments</h2>
        <AssessmentList items={assessments} empty="No assessments yet." />
        {mayWrite && current && (
          <div className="mt-4"><StartAssessmentForm personId={personId} kind="MANAGER" today={today} label="Start an assessment" /></div>
        )}
      </section>
    </>
  );
}
