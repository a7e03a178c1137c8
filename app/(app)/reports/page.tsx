import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportsList } from "@/components/reports/reports-list";
import { RequestReportForm, type ReportFormOptions } from "@/components/reports/request-report-form";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { requireActor } from "@/lib/auth/session";
import { filterOptions } from "@/lib/dashboard/queries";
import { getOrganization } from "@/lib/org/queries";
import { queryKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";
import { listReports } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Reports" };

// Quarterly reports (VPE, directors): ask for one (a quarter and a scope), follow its generation,
// preview it and download its files; past reports stay as they were generated.

async function formOptions(actor: Actor): Promise<ReportFormOptions> {
  const { quarters, managers } = await filterOptions({ actor });
  const [current, ...ended] = quarters;
  return {
    quarters: quarters.map((q) => ({ key: q.key, label: q === current ? `${q.label} (to date)` : q.label })),
    // The exec pack is usually the quarter that has just ended.
    defaultQuarter: (ended[0] ?? current)!.key,
    wholeScopeLabel: scopeFor(actor, "people-data").kind === "org" ? "Whole organisation" : "Your organisation (everyone under you)",
    managers,
  };
}

export default async function ReportsPage() {
  const actor = await requireActor();
  if (!can(actor.roles, "report:read")) notFound();
  const [options, org] = await Promise.all([formOptions(actor), getOrganization()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Reports</h1>
        <p className="text-sm text-slate-600">
          The quarterly pack for the exec team: a PDF of summaries, charts, scorecards and top risks, with every table in XLSX
          and CSV. A report is frozen when it is generated, so it reads the same next year.
        </p>
      </header>
      <section aria-labelledby="new-report-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="new-report-heading" className="mb-4 text-lg font-semibold">New report</h2>
        <RequestReportForm options={options} />
      </section>
      <section aria-labelledby="past-reports-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="past-reports-heading" className="text-lg font-semibold">Past reports</h2>
        <p className="mb-2 text-sm text-slate-600">Yours, and those on people in your scope. Every download is recorded in the audit log.</p>
        <Prefetched queries={[{ queryKey: queryKeys.reports.list(), queryFn: () => listReports({ actor }) }]}>
          <ReportsList timeZone={org?.timeZone ?? "UTC"} />
        </Prefetched>
      </section>
    </div>
  );
}
