"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Attrition, AttritionSummary as Data } from "@/lib/dashboard/types";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { count, percent } from "@/lib/format/figures";
import { departuresHref, linkClass } from "./links";
import { Empty, QueryState, Widget } from "./widget";

type Measure = { label: string; rate: (a: Attrition) => number | null; departures: (a: Attrition) => number; only?: { regrettable?: boolean; voluntary?: boolean } };

const MEASURES: Measure[] = [
  { label: "All departures", rate: (a) => a.attrition, departures: (a) => a.departures },
  { label: "Regrettable", rate: (a) => a.regrettableAttrition, departures: (a) => a.regrettable, only: { regrettable: true } },
  { label: "Voluntary", rate: (a) => a.voluntaryAttrition, departures: (a) => a.voluntary, only: { voluntary: true } },
];

function Bar({ rate, max, className }: { rate: number | null; max: number; className: string }) {
  const width = rate === null || max === 0 ? 0 : Math.max(1, Math.round((rate / max) * 100));
  return <div className={`h-2.5 rounded ${className}`} style={{ width: `${width}%` }} />;
}

/** Annualised attrition this quarter against the one before, with the departures behind it. */
export function AttritionCard({ search }: { search: string }) {
  const { data, isPending, error } = useQuery({ queryKey: dashboardKeys.attrition(search), queryFn: () => fetchJson<Data>(`/api/dashboard/attrition?${search}`) });
  const periods = data ? [{ period: data.quarter, figures: data.current, bar: "bg-brand-600" }, { period: data.previous, figures: data.before, bar: "bg-slate-400" }] : [];
  const max = Math.max(0, ...periods.flatMap((p) => MEASURES.map((m) => m.rate(p.figures) ?? 0)));
  return (
    <Widget id="attrition" title="Attrition" intro={data && <>{data.quarter.label} against {data.previous.label}, annualised.</>}>
      <QueryState isPending={isPending} error={error} what="attrition" />
      {data && data.current.headcountStart + data.current.headcountEnd + data.current.departures === 0 && <Empty>Nobody was in headcount in this view in {data.quarter.label}.</Empty>}
      {data && data.current.headcountStart + data.current.headcountEnd + data.current.departures > 0 && (
        <>
          <dl className="grid grid-cols-2 gap-3">
            <div className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-slate-700">Departures, {data.quarter.label}</dt>
              <dd className="text-2xl font-bold"><Link href={departuresHref(data.quarter.key)} className={linkClass}>{count(data.current.departures)}<span className="sr-only"> departures</span></Link></dd>
            </div>
            <div className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-slate-700">Headcount</dt>
              <dd className="text-2xl font-bold tabular-nums"><span className="sr-only">from </span>{count(data.current.headcountStart)}<span aria-hidden="true"> → </span><span className="sr-only"> to </span>{count(data.current.headcountEnd)}</dd>
            </div>
          </dl>
          <div aria-hidden="true" className="mt-4 space-y-2">
            <div className="flex gap-4 text-xs text-slate-700">
              {periods.map((p) => <span key={p.period.key} className="flex items-center gap-1"><span className={`inline-block h-2.5 w-4 rounded ${p.bar}`} />{p.period.label}</span>)}
            </div>
            {MEASURES.map((m) => (
              <div key={m.label} className="grid grid-cols-[6.5rem_1fr] items-center gap-2 text-sm">
                <span className="text-slate-700">{m.label}</span>
                <div className="space-y-1">{periods.map((p) => <Bar key={p.period.key} rate={m.rate(p.figures)} max={max} className={p.bar} />)}</div>
              </div>
            ))}
          </div>
          <div className="relative mt-3 overflow-x-auto" role="region" aria-labelledby="attrition-caption" tabIndex={0}>
            <table className="min-w-full text-sm">
              <caption id="attrition-caption" className="sr-only">Annualised attrition, {data.quarter.label} and {data.previous.label}, with the number of departures</caption>
              <thead className="text-slate-700">
                <tr><th scope="col" className="py-1 pr-3 text-left font-medium">Attrition</th>{periods.map((p) => <th key={p.period.key} scope="col" className="py-1 pl-3 text-right font-medium">{p.period.label}</th>)}</tr>
              </thead>
              <tbody>
                {MEASURES.map((m) => (
                  <tr key={m.label} className="border-t border-slate-200">
                    <th scope="row" className="py-1 pr-3 text-left font-normal">{m.label}</th>
                    {periods.map((p) => (
                      <td key={p.period.key} className="py-1 pl-3 text-right tabular-nums">
                        {percent(m.rate(p.figures))}{" "}
                        <Link href={departuresHref(p.period.key, m.only)} className={linkClass}>({m.departures(p.figures)}<span className="sr-only"> departures</span>)</Link>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-600">Departures in the quarter ÷ average headcount (the mean of start and end), annualised. — means nobody was in headcount.</p>
        </>
      )}
    </Widget>
  );
}
