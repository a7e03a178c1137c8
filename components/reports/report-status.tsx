import type { ReportListItem } from "@/lib/reports/queries";

// Where a report stands, said in words and, while it is generated, as a progress bar (a native
// <progress>, which assistive technology announces with its label).

export const isPending = (report: Pick<ReportListItem, "status">) => report.status === "QUEUED" || report.status === "RUNNING";

/** A report is generated in seconds: poll every second for a recent one, then slowly (one stuck waits for the sweep). */
const RECENT_MS = 5 * 60_000;

/** How often a page showing these reports asks again: false once none is pending. */
export function pollInterval(reports: ReadonlyArray<Pick<ReportListItem, "status" | "createdAt">> | undefined): number | false {
  const pending = (reports ?? []).filter(isPending);
  if (pending.length === 0) return false;
  return pending.some((report) => Date.now() - Date.parse(report.createdAt) < RECENT_MS) ? 1000 : 15_000;
}

export function ReportStatus({ report }: { report: ReportListItem }) {
  const labelId = `report-${report.id}-status`;
  switch (report.status) {
    case "QUEUED":
    case "RUNNING":
      return (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span id={labelId} className="text-slate-700">
            {report.status === "QUEUED" ? "Waiting for the worker…" : `Generating… ${report.progress} %`}
          </span>
          <progress aria-labelledby={labelId} max={100} value={report.status === "QUEUED" ? undefined : report.progress}
            className="h-2 w-32 overflow-hidden rounded accent-brand-600" />
        </div>
      );
    case "DONE":
      return <span className="text-sm font-medium text-green-800">Ready</span>;
    case "FAILED":
      return <span className="text-sm text-red-700">Failed{report.error ? `: ${report.error}` : ""}</span>;
  }
}
