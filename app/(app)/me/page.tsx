import type { Metadata } from "next";
import { AssessmentList } from "@/components/growth/assessment-list";
import { StartAssessmentForm } from "@/components/growth/start-assessment-form";
import { CheckInTimeline } from "@/components/check-ins/check-in-timeline";
import { MyActionItems } from "@/components/check-ins/my-action-items";
import { MySkills } from "@/components/skills/my-skills";
import { checkInHistory, myActionItems } from "@/lib/check-ins/queries";
import { queryKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";
import { myAssessments } from "@/lib/assessments/queries";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { myLevelOverview } from "@/lib/growth/queries";
import { timeInLevelDays } from "@/lib/metrics/time-in-level";
import { orgToday } from "@/lib/org/queries";

export const metadata: Metadata = { title: "My growth" };

/** Every user linked to a person: my level, what the next one expects, and what was shared with me. */
export default async function MyGrowthPage() {
  const actor = await requireActor();
  const overview = await myLevelOverview({ actor });
  if (!overview) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">My growth</h1>
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          Your login is not linked to a person in the directory, so there is no level or assessment to show. An administrator can link
          it from the Users screen.
        </p>
      </div>
    );
  }
  const today = await orgToday();
  const assessments = await myAssessments({ actor });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">My growth</h1>
      <section aria-labelledby="my-level" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="my-level" className="text-lg font-semibold">
          {overview.current ? `${overview.current.code} · ${overview.current.name}` : "No level recorded yet"}
        </h2>
        {overview.current && (
          <p className="text-sm text-slate-600">
            Since {formatDate(overview.current.since)} ({timeInLevelDays(overview.current.since, today)} days).{" "}
            {overview.next ? `Next: ${overview.next.code} · ${overview.next.name}.` : "This is the top of the track."}
          </p>
        )}
        {overview.competencies.length > 0 && (
          <div tabIndex={0} role="region" aria-label="What my level and the next expect" className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Expectations per competency at my level and the next</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">Competency</th>
                  <th scope="col" className="px-3 py-2">Now ({overview.current?.code})</th>
                  {overview.next && <th scope="col" className="px-3 py-2">Next ({overview.next.code})</th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {overview.competencies.map((c) => (
                  <tr key={c.id}>
                    <th scope="row" className="px-3 py-2 font-medium">{c.name}<span className="block text-xs font-normal text-slate-500">{c.domain.replace("_AND_", "&").toLowerCase()}</span></th>
                    <td className="px-3 py-2">{c.now ?? "—"}</td>
                    {overview.next && <td className="px-3 py-2">{c.next ?? "—"}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="my-assessments" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="my-assessments" className="mb-3 text-lg font-semibold">Assessments shared with me, and my self-assessments</h2>
        <AssessmentList items={assessments} empty="Nothing shared with you yet. Your manager's assessments appear here once they share them." />
        {overview.current && actor.personId !== null && (
          <div className="mt-4">
            <StartAssessmentForm personId={actor.personId} kind="SELF" today={formatDate(today)} label="Start a self-assessment" />
          </div>
        )}
      </section>
      {actor.personId !== null && (
        <Prefetched queries={[
          { queryKey: queryKeys.actionItems.mine(), queryFn: () => myActionItems({ actor }) },
          { queryKey: queryKeys.checkIns.history(actor.personId), queryFn: () => checkInHistory({ actor, personId: actor.personId! }) },
        ]}>
          <section aria-labelledby="my-actions" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="my-actions" className="mb-3 text-lg font-semibold">My action items</h2>
            <MyActionItems />
          </section>
          <MySkills actor={actor} />
          <section aria-labelledby="my-check-ins" className="rounded-lg bg-white p-6 shadow-sm">
            <h2 id="my-check-ins" className="mb-3 text-lg font-semibold">My check-ins</h2>
            <p className="mb-4 text-sm text-slate-600">What your manager recorded and submitted in your check-ins. Their private notes are not shown.</p>
            <CheckInTimeline personId={actor.personId} />
          </section>
        </Prefetched>
      )}
    </div>
  );
}
