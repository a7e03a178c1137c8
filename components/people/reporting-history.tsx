import { formatDate } from "@/lib/dates";

type Line = { id: number; manager: string | null; team: string | null; effectiveFrom: Date; effectiveTo: Date | null };

export function ReportingHistory({ lines }: { lines: Line[] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg bg-white p-6 shadow-sm">
      <h2 id="history-heading" className="text-lg font-semibold">Reporting history</h2>
      {lines.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No reporting lines recorded yet.</p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm">
          {lines.map((line) => (
            <li key={line.id} className="flex flex-wrap gap-x-2">
              <span className="font-medium">{formatDate(line.effectiveFrom)} – {line.effectiveTo ? formatDate(line.effectiveTo) : "now"}</span>
              <span>reports to {line.manager ?? "nobody (top of the tree)"}</span>
              {line.team && <span className="text-slate-600">· team {line.team}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
