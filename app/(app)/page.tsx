import { redirect } from "next/navigation";
import { Dashboard } from "@/components/dashboard/dashboard";
import { PillarList } from "@/components/pillars/pillar-list";
import { can } from "@/lib/auth/permissions";
import { landingPath } from "@/lib/auth/redirects";
import { requireActor } from "@/lib/auth/session";
import { businessDate } from "@/lib/dates";
import { fiscalQuarterOf, formatFiscalQuarter } from "@/lib/metrics/fiscal";
import { getOrganization } from "@/lib/org/queries";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const actor = await requireActor();
  if (landingPath(actor) !== "/") redirect(landingPath(actor));
  const org = await getOrganization();
  if (org && can(actor.roles, "dashboard:read")) return <Dashboard actor={actor} searchParams={await searchParams} />;
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="max-w-3xl space-y-3">
        <h1 id="intro-heading" className="text-3xl font-bold tracking-tight text-brand-900">
          Grow and keep your engineering managers
        </h1>
        <p className="text-lg text-slate-700">
          Pillars follows each manager&apos;s career level, engagement check-ins, retention risks and their teams&apos;
          delivery, every signal tagged to one of the four pillars of a VP of Engineering&apos;s job.
        </p>
      </section>

      {org ? (
        <section aria-labelledby="org-heading" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="org-heading" className="text-xl font-semibold">{org.name}</h2>
          <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">Time zone</dt>
              <dd className="font-medium">{org.timeZone}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Fiscal year starts</dt>
              <dd className="font-medium">{MONTHS[org.fiscalYearStartMonth - 1]}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Current quarter</dt>
              <dd className="font-medium">
                {formatFiscalQuarter(fiscalQuarterOf(businessDate(new Date(), org.timeZone), org.fiscalYearStartMonth))}
              </dd>
            </div>
          </dl>
        </section>
      ) : (
        <section aria-labelledby="empty-heading" className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
          <h2 id="empty-heading" className="text-xl font-semibold">No organisation on this database yet</h2>
          <p className="mt-2 text-slate-700">
            This database is empty. To explore Pillars with a sample company, load the demo organisation with{" "}
            <code className="rounded bg-slate-100 px-1">npm run db:seed</code>.
          </p>
        </section>
      )}

      <section aria-labelledby="pillars-heading" className="space-y-4">
        <h2 id="pillars-heading" className="text-xl font-semibold">The four pillars</h2>
        <PillarList />
      </section>
    </div>
  );
}
