"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { AttritionReport, QuarterAttrition } from "@/lib/departures/queries";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";

// Attrition for the last four fiscal quarters, as bars and as a table with every figure (the
// bars are decoration: screen readers get the table). A subtree picker narrows it to the
// people below one manager in scope.

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)} %`);

function Bar({ rate, max, className }: { rate: number | null; max: number; className: string }) {
  const width = rate === null || max === 0 ? 0 : Math.max(1, Math.round((rate / max) * 100));
  return <div className={`h-3 rounded ${className}`} style={{ width: `${width}%` }} />;
}

function Bars({ quarters }: { quarters: QuarterAttrition[] }) {
  const max = Math.max(0, ...quarters.map((q) => q.attrition ?? 0));
  return (
    <ul aria-hidden="true" className="mt-4 space-y-3">
      {quarters.map((q) => (
        <li key={q.label} className="grid grid-cols-[5.5rem_1fr_4.5rem] items-center gap-2 text-sm">
          <span className="text-slate-700">{q.label}{q.toDate ? "*" : ""}</span>
          <div className="space-y-1">
            <Bar rate={q.attrition} max={max} className="bg-brand-600" />
            <Bar rate={q.regrettableAttrition} max={max} className="bg-amber-500" />
          </div>
          <span className="text-right tabular-nums">{percent(q.attrition)}</span>
        </li>
      ))}
    </ul>
  );
}

export function AttritionChart({ managers }: { managers: Array<{ id: number; name: string }> }) {
  const [under, setUnder] = useState<number | null>(null);
  const pickerId = useId();
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.departures.attrition(under),
    queryFn: () => fetchJson<AttritionReport>(`/api/departures/attrition${under ? `?under=${under}` : ""}`),
  });
  return (
    <section aria-labelledby="attrition-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="attrition-heading" className="text-lg font-semibold">Attrition, last four quarters</h2>
        {managers.length > 0 && (
          <div>
            <label htmlFor={pickerId} className="block text-sm font-medium">People</label>
            <select id={pickerId} value={under ?? ""} onChange={(event) => setUnder(event.target.value ? Number(event.target.value) : null)}
              className="mt-1 block w-full max-w-xs rounded border border-slate-300 px-3 py-2 text-sm">
              <option value="">Everyone in your scope</option>
              {managers.map((manager) => <option key={manager.id} value={manager.id}>Below {manager.name}</option>)}
            </select>
          </div>
        )}
      </div>
      <p className="mt-2 text-sm text-slate-600">
        Attrition = departures in the quarter ÷ average headcount (the mean of the headcount on its first and last day), × 4 to
        annualise. Regrettable attrition likewise, counting regrettable departures only. Someone is in headcount from their start
        date through their last day.
      </p>
      {isPending && <p role="status" className="mt-3 text-sm text-slate-600">Loading attrition…</p>}
      {error && <p role="alert" className="mt-3 text-sm text-red-700">Could not load attrition: {error.message}</p>}
      {data && (
        <>
          <Bars quarters={data.quarters} />
          <p className="mt-2 flex flex-wrap gap-4 text-xs text-slate-600" aria-hidden="true">
            <span><span className="mr-1 inline-block size-3 rounded bg-brand-600 align-middle" />Attrition</span>
            <span><span className="mr-1 inline-block size-3 rounded bg-amber-500 align-middle" />Regrettable</span>
          </p>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Annualised attrition per fiscal quarter{data.under ? `, people below ${data.under.name}` : ""}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">Quarter</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Headcount start → end</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Departures</th>
                  <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">Voluntary</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Attrition</th>
                  <th scope="col" className="py-2 pl-3 text-right font-medium">Regrettable</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.quarters.map((q) => (
                  <tr key={q.label}>
                    <th scope="row" className="py-2 pr-3 font-medium">{q.label}{q.toDate && <span className="font-normal text-slate-600"> to {q.end}*</span>}</th>
                    <td className="px-3 py-2 text-right tabular-nums">{q.headcountStart} → {q.headcountEnd}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{q.departures}</td>
                    <td className="hidden px-3 py-2 text-right tabular-nums sm:table-cell">{q.voluntary}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{percent(q.attrition)}</td>
                    <td className="py-2 pl-3 text-right tabular-nums">{percent(q.regrettableAttrition)} <span className="text-slate-600">({q.regrettable})</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-600">* The current quarter so far, annualised over the days elapsed. — means nobody was in headcount.</p>
        </>
      )}
    </section>
  );
}
