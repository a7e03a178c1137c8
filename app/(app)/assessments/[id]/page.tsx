import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/growth/assessment-form";
import { GapCharts } from "@/components/growth/pillar-chart";
import { getAssessment, selfRatingsBeside } from "@/lib/assessments/queries";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/http/route";

export const metadata: Metadata = { title: "Assessment" };

const READINESS: Record<string, string> = { NOT_YET: "Not yet", WITHIN_6_12_MONTHS: "Within 6–12 months", READY: "Ready" };

type Props = { params: Promise<{ id: string }> };

export default async function AssessmentPage({ params }: Props) {
  const actor = await requireActor();
  const assessment = await getAssessment({ actor, assessmentId: idParam((await params).id) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const isAuthor = actor.personId !== null && actor.personId === assessment.assessorId;
  const editable = isAuthor && assessment.status !== "SHARED";
  const ratings = Object.fromEntries(assessment.ratings.map((r) => [r.competencyId, { rating: r.rating, evidence: r.evidence }]));
  const self = assessment.kind === "MANAGER"
    ? await selfRatingsBeside({ actor, personId: assessment.personId, levelId: assessment.levelId, excludeId: assessment.id })
    : null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href={`/people/${assessment.person.id}`} className="text-brand-700 underline">{assessment.person.name}</Link></p>
        <h1 className="text-2xl font-bold">
          {assessment.kind === "SELF" ? "Self-assessment" : `Assessment by ${assessment.assessor.name}`} · {assessment.level.code} {assessment.level.name}
        </h1>
        <p className="text-sm text-slate-600">
          {formatDate(assessment.date)} · {assessment.status.toLowerCase()}
          {assessment.promotionReadiness && ` · promotion readiness: ${READINESS[assessment.promotionReadiness]}`}
        </p>
      </header>
      <section aria-labelledby="gaps-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="gaps-heading" className="mb-4 text-lg font-semibold">Against the level</h2>
        <GapCharts byPillar={assessment.gaps.byPillar} byDomain={assessment.gaps.byDomain} />
        <p className="mt-4 text-sm">
          {assessment.gaps.readyForNextLevel
            ? "Every competency is rated 4 or more: ready for the next level on this evidence."
            : `${assessment.gaps.overall.nextLevelGaps} of ${assessment.gaps.overall.total} competencies are below 4, the bar for the next level.`}
        </p>
      </section>
      <section aria-labelledby="ratings-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="ratings-heading" className="mb-4 text-lg font-semibold">{editable ? "Ratings and evidence" : "Ratings"}</h2>
        {editable ? (
          <AssessmentForm assessmentId={assessment.id} version={assessment.version} status={assessment.status} kind={assessment.kind}
            competencies={assessment.expectations} ratings={ratings} selfRatings={self?.ratings ?? null}
            promotionReadiness={assessment.promotionReadiness} summary={assessment.summary} />
        ) : (
          <ul className="space-y-3 text-sm">
            {assessment.gaps.competencies.map((c) => (
              <li key={c.competencyId} className={`rounded border p-3 ${c.gapAtLevel ? "border-amber-400 bg-amber-50" : "border-slate-200"}`}>
                <p className="font-semibold">
                  {c.name}: {c.rating ?? "not rated"}{c.gapAtLevel ? " — below the level" : ""}
                  {self?.ratings[c.competencyId] !== undefined && <span className="ml-2 font-normal text-slate-600">(self-rating {self.ratings[c.competencyId]})</span>}
                </p>
                <p className="text-slate-700">Expected: {c.text}</p>
                {ratings[c.competencyId]?.evidence && <p className="mt-1">Evidence: {ratings[c.competencyId]!.evidence}</p>}
              </li>
            ))}
            {assessment.summary && <li className="rounded bg-slate-50 p-3">{assessment.summary}</li>}
          </ul>
        )}
      </section>
    </div>
  );
}
