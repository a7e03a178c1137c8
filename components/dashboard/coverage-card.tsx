"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { CoverageSummary as Data } from "@/lib/dashboard/types";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { count, percent } from "@/lib/format/figures";
import { linkClass, peopleHref } from "./links";
import { Empty, QueryState, Widget } from "./widget";

/** Check-ins done on time ÷ due so far this quarter, overall and for the managers lowest on it. */
export function CoverageCard({ search }: { search: string }) {
  const { data, isPending, error } = useQuery({ queryKey: dashboardKeys.coverage(search), queryFn: () => fetchJson<Data>(`/api/dashboard/coverage?${search}`) });
  return (
    <Widget id="coverage" title="Check-in coverage" intro={data && <>{data.quarter.label}, counted to {data.countedTo} (a due date counts once its grace period is over).</>}>
      <QueryState isPending={isPending} error={error} what="check-in coverage" />
      {data && data.total.due === 0 && <Empty>No check-ins have come due in this view yet this quarter.</Empty>}
      {data && data.total.due > 0 && (
        <>
          <p className="text-3xl font-bold">
            <Link href={peopleHref(search)} className={linkClass}>{percent(data.total.rate)}<span className="sr-only"> of check-ins on time</span></Link>
          </p>
          <p className="text-sm text-slate-700">{count(data.total.onTime)} of {count(data.total.due)} check-ins due were done on time.</p>
          {data.managers.length > 0 && (
            <>
              <h3 id="coverage-managers" className="mt-4 text-sm font-semibold text-slate-700">
                {data.managerCount > data.managers.length ? `The ${data.managers.length} lowest of ${data.managerCount} managers` : `All ${data.managerCount} managers`} with check-ins due
              </h3>
              <ul aria-labelledby="coverage-managers" className="mt-2 space-y-2">
                {data.managers.map((m) => (
                  <li key={m.managerId} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-2 text-sm">
                    <Link href={peopleHref(search, { manager: m.managerId })} className={`truncate ${linkClass}`}>{m.name}</Link>
                    <div aria-hidden="true" className="h-2.5 rounded bg-slate-100">
                      <div className="h-2.5 rounded bg-brand-600" style={{ width: `${Math.round((m.rate ?? 0) * 100)}%` }} />
                    </div>
                    <span className="text-right tabular-nums">{percent(m.rate)} <span className="text-slate-600">({m.onTime}/{m.due}<span className="sr-only"> on time</span>)</span></span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Widget>
  );
}
