import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportPreview } from "@/components/reports/preview/report-preview";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportWatcher } from "@/components/reports/report-watcher";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formatInstant } from "@/lib/format/time";
import { getOrganization } from "@/lib/org/queries";
import { reportDetail, type ReportDetail } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "Report" };

// One report: its progress while it is generated, then its frozen content as a page and its
// files. Someone who may not see it gets the same 404 as for a report that does not exist.

type Props = { params: Promise<{ id: string }> };

async function load(actor: Actor, id: string): Promise<ReportDetail> {
  try {
    return await reportDetail({ actor, id });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ReportPage({ params }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "report:read")) notFound();
  const [report, org] = await Promise.all([load(actor, (await params).id), getOrganization()]);
  const timeZone = org?.timeZone ?? "UTC";
  const { data, ...item } = report;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/reports" className="text-brand-700 underline">Reports</Link></nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{report.quarterLabel} report · {report.scope.label}</h1>
        <p className="text-sm text-slate-600">
          Made by {report.maker.name} on <time dateTime={report.createdAt}>{formatInstant(report.createdAt, timeZone)}</time>.
        </p>
        {data && <ReportDownloads id={report.id} quarterLabel={report.quarterLabel} />}
      </header>
      {data ? <ReportPreview data={data} /> : <ReportWatcher report={item} />}
    </div>
  );
}
