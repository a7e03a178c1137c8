import type { TeamMetrics } from "@/lib/quality/queries";
import { addMonthsTo } from "@/lib/quality/schemas";
import { BandBadge } from "./band-badge";
import { hours } from "@/lib/format/delivery";

// A team's months, newest first, each with the band its own figures earn. Months without
// figures are listed too, so gaps are visible.

export function MonthsTable({ data }: { data: TeamMetrics }) {
  const byMonth = new Map(data.months.map((row) => [row.month, row]));
  const slots: string[] = [];
  for (let month = data.to; month >= data.from; month = addMonthsTo(month, -1)) slots.push(month);
  return (
    <section aria-labelledby="months-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="months-heading" className="text-lg font-semibold">Monthly figures</h2>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Monthly figures">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">Flow metrics of {data.team.name} per month, {data.from} to {data.to}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Month</th>
              <th scope="col" className="px-3 py-2 font-medium">Band</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Deployments</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Deploy days</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Lead time</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Failed</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Time to restore</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Incidents</th>
              <th scope="col" className="py-2 pl-3 font-medium">Source</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {slots.map((month) => {
              const row = byMonth.get(month);
              if (!row) {
                return (
                  <tr key={month} className="text-slate-600">
                    <th scope="row" className="py-2 pr-3 font-medium">{month}</th>
                    <td colSpan={8} className="px-3 py-2">No figures</td>
                  </tr>
                );
              }
              return (
                <tr key={month}>
                  <th scope="row" className="py-2 pr-3 font-medium">{month}</th>
                  <td className="px-3 py-2"><BandBadge band={row.dora.band} /></td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.deployments}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.deployDays}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{hours(row.leadTimeHours)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.failedDeployments}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{hours(row.timeToRestoreHours)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{row.incidents}</td>
                  <td className="py-2 pl-3">{row.source === "CSV" ? "Import" : "Entered"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
