"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { CoverageReport } from "@/lib/check-ins/coverage";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";

// Directors and the VPE: how many of their managers' check-ins happened on time this quarter.
// The bar is decoration; the rate is also written out, so nothing depends on seeing it.

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

export function CoverageTable() {
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.checkIns.coverage(), queryFn: () => fetchJson<CoverageReport>("/api/check-ins/coverage") });
  return (
    <section aria-labelledby="coverage-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="coverage-heading" className="text-lg font-semibold">Your managers&apos; coverage this quarter</h2>
      {isPending && <p role="status" className="mt-2 text-sm text-slate-600">Loading coverage…</p>}
      {error && <p role="alert" className="mt-2 text-sm text-red-700">Could not load coverage: {error.message}</p>}
      {data && (
        <>
          <p className="mt-1 text-sm text-slate-600">
            {data.quarter}, {data.from} to {data.to}: check-ins done on time ÷ check-ins due for each manager&apos;s direct reports.
          </p>
          {data.managers.length === 0 ? (
            <p className="mt-3 text-sm text-slate-700">No managers report to you yet, so there is no coverage to show.</p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Check-in coverage per manager, {data.quarter}</caption>
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-3 font-medium">Manager</th>
                    <th scope="col" className="px-3 py-2 text-right font-medium">Reports</th>
                    <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">On time / due</th>
                    <th scope="col" className="py-2 pl-3 font-medium">Coverage</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.managers.map((row) => (
                    <tr key={row.managerId}>
                      <th scope="row" className="py-2 pr-3 font-medium">
                        <Link href={`/people/${row.managerId}`} className="text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{row.name}</Link>
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">{row.reports}</td>
                      <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{row.onTime} / {row.due}</td>
                      <td className="py-2 pl-3">
                        <div className="flex items-center gap-2">
                          <div aria-hidden="true" className="h-2 w-16 shrink-0 overflow-hidden rounded bg-slate-200 sm:w-32">
                            <div className={`h-full ${barColour(row.rate)}`} style={{ width: `${Math.round((row.rate ?? 0) * 100)}%` }} />
                          </div>
                          <span className="tabular-nums">{percent(row.rate)}</span>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function barColour(rate: number | null): string {
  if (rate === null) return "bg-slate-300";
  if (rate >= 0.8) return "bg-green-600";
  if (rate >= 0.5) return "bg-amber-500";
  return "bg-red-600";
}
