"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatInstant } from "@/lib/format/time";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { ReportListItem } from "@/lib/reports/queries";
import { ReportDownloads } from "./report-downloads";
import { pollInterval, ReportStatus } from "./report-status";

// Past and running reports the actor may see, newest first. While one is being generated the
// list polls (pollInterval), so its progress moves and each file appears as soon as it is stored.

export function useReports() {
  return useQuery({
    queryKey: queryKeys.reports.list(),
    queryFn: () => fetchJson<ReportListItem[]>("/api/reports"),
    refetchInterval: (query) => pollInterval(query.state.data),
  });
}

export function ReportsList({ timeZone }: { timeZone: string }) {
  const reports = useReports();
  if (reports.error) return <p role="alert" className="text-sm text-red-700">Could not load the reports: {reports.error.message}</p>;
  const rows = reports.data ?? [];
  if (rows.length === 0) {
    return <p className="text-sm text-slate-600">No reports yet. Choose a quarter and a scope above to generate the first one.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200" aria-label="Reports">
      {rows.map((report) => (
        <li key={report.id} className="grid gap-2 py-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] md:items-center">
          <div className="min-w-0">
            <p className="font-medium">
              <Link href={`/reports/${report.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {report.quarterLabel} · {report.scope.label}
              </Link>
            </p>
            <p className="text-xs text-slate-600">
              Made by {report.maker.name} on <time dateTime={report.createdAt} className="whitespace-nowrap">{formatInstant(report.createdAt, timeZone)}</time>
              {report.completedAt && report.status === "DONE" && (
                <> · ready <time dateTime={report.completedAt} className="whitespace-nowrap">{formatInstant(report.completedAt, timeZone)}</time></>
              )}
            </p>
          </div>
          <ReportStatus report={report} />
          {report.formats.length > 0
            ? <ReportDownloads id={report.id} quarterLabel={`${report.quarterLabel} ${report.scope.label}`} formats={report.formats} compact />
            : <span />}
        </li>
      ))}
    </ul>
  );
}
