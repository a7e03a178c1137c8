import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BandBadge } from "@/components/quality/band-badge";
import { DeploymentsChart } from "@/components/quality/deployments-chart";
import { formatMetric, METRIC_LABELS } from "@/lib/format/delivery";
import { MonthEditor } from "@/components/quality/month-editor";
import { MonthsTable } from "@/components/quality/months-table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import type { DoraMetrics } from "@/lib/metrics/dora";
import { teamMetrics } from "@/lib/quality/queries";

export const metadata: Metadata = { title: "Team quality" };

// One team's last twelve months: the period's band and metrics, a deployments chart, the
// months table, and for writers the month form. A team outside the reader's scope is a 404.

async function load(actor: Awaited<ReturnType<typeof requireActor>>, raw: string) {
  if (!/^[1-9]\d{0,8}$/.test(raw)) notFound();
  try {
    return await teamMetrics({ actor, teamId: Number(raw), months: 12 });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function TeamQualityPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requireActor();
  if (!can(actor.roles, "quality:read")) notFound();
  const data = await load(actor, (await params).teamId);
  const { period } = data;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm"><Link href="/quality" className="text-brand-700 underline">Quality</Link></p>
        <h1 className="text-2xl font-bold">{data.team.name}</h1>
        <p className="text-sm text-slate-600">{data.team.ownerName ? `Owned by ${data.team.ownerName}. ` : ""}Figures for {data.from} to {data.to}.</p>
      </header>
      <section aria-labelledby="period-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="period-heading" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          DORA band for the period <BandBadge band={period?.band ?? null} />
        </h2>
        {period ? (
          <dl className="mt-3 grid gap-3 sm:grid-cols-4">
            {(Object.keys(METRIC_LABELS) as Array<keyof DoraMetrics>).map((key) => (
              <div key={key} className="rounded border border-slate-200 p-3">
                <dt className="text-sm text-slate-600">{METRIC_LABELS[key]}</dt>
                <dd className="mt-1 flex flex-wrap items-center gap-2 font-semibold tabular-nums">
                  {formatMetric(key, period.metrics[key])} <BandBadge band={period.metricBands[key]} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="mt-2 text-sm text-slate-700">No figures for these twelve months yet.{data.canWrite ? " Add a month below or import a CSV." : ""}</p>
        )}
        <p className="mt-3 text-xs text-slate-600">Derived from DORA 2023: the team&apos;s band is the lowest of its four metric bands.</p>
      </section>
      {data.months.length > 0 && <DeploymentsChart from={data.from} to={data.to} months={data.months} />}
      <MonthsTable data={data} />
      {data.canWrite && <MonthEditor teamId={data.team.id} months={data.months} currentMonth={data.to} />}
    </div>
  );
}
