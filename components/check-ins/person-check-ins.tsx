import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { checkInHistory, checkInWriteContext, scheduleSummary } from "@/lib/check-ins/queries";
import { CADENCE_LABELS } from "@/lib/check-ins/schedule-schemas";
import { formatDate } from "@/lib/dates";
import { orgToday } from "@/lib/org/queries";
import { CadenceForm } from "./cadence-form";
import { isAppError } from "@/lib/errors";
import { queryKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";
import { CheckInTimeline } from "./check-in-timeline";
import { StartCheckInButton } from "./start-check-in-button";

/** The person page's check-ins: start or continue one, and the timeline — for readers whose scope holds the person. */
export async function PersonCheckIns({ actor, personId, name }: { actor: Actor; personId: number; name: string }) {
  if (!can(actor.roles, "checkin:read") || actor.personId === personId) return null;
  const history = await checkInHistory({ actor, personId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (history === null) return null;
  const write = await checkInWriteContext({ actor, personId });
  const schedule = await scheduleSummary({ actor, personId });
  const today = formatDate(await orgToday());
  return (
    <section aria-labelledby="check-ins-heading" className="rounded-lg bg-white p-6 shadow-sm">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id="check-ins-heading" className="text-lg font-semibold">Check-ins</h2>
        {write.writable && <StartCheckInButton personId={personId} draftId={write.draftId} name={name} />}
      </div>
      <p className="mb-4 text-sm text-slate-700">
        Cadence: {CADENCE_LABELS[schedule.cadence].toLowerCase()}.{" "}
        {schedule.nextDue && (schedule.state === "OVERDUE" ? `Overdue by ${schedule.daysOverdue} days (due ${schedule.nextDue}).` : `Next due ${schedule.nextDue}.`)}
      </p>
      {write.writable && (
        <details className="mb-6 rounded border border-slate-200 p-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Change the cadence</summary>
          <div className="mt-4">
            <CadenceForm personId={personId} version={schedule.version} cadence={schedule.cadence} suggestedNextDue={schedule.nextDue && schedule.nextDue >= today ? schedule.nextDue : today} today={today} />
          </div>
        </details>
      )}
      <Prefetched queries={[{ queryKey: queryKeys.checkIns.history(personId), queryFn: async () => history }]}>
        <CheckInTimeline personId={personId} />
      </Prefetched>
    </section>
  );
}
