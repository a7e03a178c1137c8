import { REPORT_FORMATS, type ReportFormat } from "@/lib/reports/schemas";

// The files of a report (all of them once done, those stored so far while it runs), as plain links: the browser downloads them (the route sends
// them as attachments) and every download is audited on the server.

const LABEL: Record<ReportFormat, { name: string; hint: string }> = {
  pdf: { name: "PDF", hint: "the exec pack" },
  xlsx: { name: "XLSX", hint: "one sheet per table" },
  csv: { name: "CSV", hint: "a zip of one file per table" },
};

/** Links to the given formats of a report (those ready so far while it is generated). */
export function ReportDownloads({ id, quarterLabel, formats = REPORT_FORMATS, compact = false }: {
  id: number; quarterLabel: string; formats?: readonly ReportFormat[]; compact?: boolean;
}) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={`Download the ${quarterLabel} report`}>
      {formats.map((format) => (
        <li key={format}>
          <a href={`/api/reports/${id}/${format}`} download
            aria-label={`Download ${quarterLabel} report as ${LABEL[format].name}, ${LABEL[format].hint}`}
            className="inline-flex items-center gap-1 rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4"><path d="M8 2v8m0 0L5 7m3 3 3-3M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" /></svg>
            {LABEL[format].name}
            {!compact && <span className="font-normal text-slate-600">({LABEL[format].hint})</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
