"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { RiskSummary as Data } from "@/lib/dashboard/queries";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";

const LEVELS = [["CRITICAL", "Critical"], ["HIGH", "High"], ["MEDIUM", "Medium"], ["LOW", "Low"]] as const;

/** Open retention risks by level, each count linking to the register filtered to it. */
export function RiskSummary({ search }: { search: string }) {
  const { data, isPending, error } = useQuery({ queryKey: dashboardKeys.risks(search), queryFn: () => fetchJson<Data>(`/api/dashboard/risks?${search}`) });
  const under = new URLSearchParams(search).get("under");
  const register = (level?: string) => `/risks?${new URLSearchParams({ ...(level ? { level } : {}), ...(under ? { managerId: under } : {}) })}`;
  return (
    <section aria-labelledby="risk-summary-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="risk-summary-heading" className="text-lg font-semibold">Retention risks</h2>
      {isPending ? <p className="text-sm text-slate-600">Loading…</p> : error ? <p role="alert" className="text-sm text-red-700">{error.message}</p> : (
        <>
          <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {LEVELS.map(([level, label]) => (
              <div key={level} className="rounded border border-slate-200 p-3">
                <dt className="text-sm text-slate-700">{label}</dt>
                <dd className="text-2xl font-bold"><Link href={register(level)} className="text-brand-700 underline">{data.open[level]}<span className="sr-only"> {label.toLowerCase()} risks</span></Link></dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            {data.total} open in your scope · <Link href={register()} className="text-brand-700 underline">{data.reviewsDue} due for review</Link>
          </p>
        </>
      )}
    </section>
  );
}
