"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { ReportListItem } from "@/lib/reports/queries";
import { ReportDownloads } from "./report-downloads";
import { isPending, pollInterval, ReportStatus } from "./report-status";

// A report's page while it is generated: polls its status, and reloads the page (which then
// shows the preview and the files) as soon as it is done.

export function ReportWatcher({ report }: { report: ReportListItem }) {
  const router = useRouter();
  const status = useQuery({
    queryKey: queryKeys.reports.one(report.id),
    queryFn: () => fetchJson<ReportListItem>(`/api/reports/${report.id}`),
    initialData: report,
    refetchInterval: (query) => pollInterval(query.state.data && [query.state.data]),
  });
  const current = status.data;
  useEffect(() => {
    if (current.status === "DONE") router.refresh();
  }, [current.status, router]);
  return (
    <section aria-labelledby="report-progress-heading" aria-live="polite" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="report-progress-heading" className="mb-2 text-lg font-semibold">
        {isPending(current) ? "Generating the report" : current.status === "DONE" ? "The report is ready" : "The report could not be generated"}
      </h2>
      <ReportStatus report={current} />
      {isPending(current) && current.formats.length > 0 && (
        <div className="mt-3 space-y-1">
          <p className="text-sm text-slate-700">Ready so far:</p>
          <ReportDownloads id={current.id} quarterLabel={current.quarterLabel} formats={current.formats} />
        </div>
      )}
      {isPending(current) && (
        <p className="mt-2 text-sm text-slate-600">It is generated in the background: you can leave this page and find it under Reports.</p>
      )}
      {current.status === "FAILED" && (
        <p className="mt-2 text-sm"><Link href="/reports" className="text-brand-700 underline">Back to Reports to ask for it again</Link></p>
      )}
      {status.error && <p role="alert" className="mt-2 text-sm text-red-700">Could not check on the report: {status.error.message}</p>}
    </section>
  );
}
