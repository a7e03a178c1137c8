"use client";

import { useQuery } from "@tanstack/react-query";
import type { Scorecards as Data } from "@/lib/dashboard/types";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { ScorecardRows, scorecardsUrl } from "./scorecard-rows";
import { Empty, QueryState, Widget } from "./widget";

const COLUMNS = ["Headcount", "Check-in coverage", "Engagement", "Regrettable attrition", "Promotions"];

/** Manager scorecards rolled up the reporting tree: each row is everyone below that manager, and opens onto the managers below. */
export function Scorecards({ search }: { search: string }) {
  const { data, isPending, error } = useQuery({ queryKey: dashboardKeys.scorecards(search, null), queryFn: () => fetchJson<Data>(scorecardsUrl(search, null)) });
  // The server leaves risks out (null) for anyone who may not read them: no column then.
  const showRisks = data?.rows.some((row) => row.risksOverdueMitigation !== null) ?? false;
  const columns = [...COLUMNS, ...(showRisks ? ["Risks, mitigation overdue"] : [])];
  return (
    <Widget id="scorecards" title="Manager scorecards" intro={data && (
      <>{data.quarter.label}, {data.parent ? `the managers below ${data.parent.name}` : "from the top of the organisation"}. Each row counts everyone below that manager; open a row for the managers below them.</>
    )}>
      <QueryState isPending={isPending} error={error} what="the scorecards" />
      {data && data.rows.length === 0 && <Empty>No managers with people below them in this view.</Empty>}
      {data && data.rows.length > 0 && (
        <>
          <div className="relative overflow-x-auto" role="region" aria-labelledby="scorecards-caption" tabIndex={0}>
            <table className="min-w-full text-sm">
              <caption id="scorecards-caption" className="sr-only">Manager scorecards, {data.quarter.label}</caption>
              <thead className="text-slate-700">
                <tr>
                  <th scope="col" className="sticky left-0 z-10 bg-white py-2 pr-3 pl-2 text-left font-medium">Manager</th>
                  {columns.map((label) => <th key={label} scope="col" className="px-3 py-2 text-right font-medium">{label}</th>)}
                </tr>
              </thead>
              <tbody>
                <ScorecardRows rows={data.rows} depth={0} below={null} context={{ search, quarterKey: data.quarter.key, showRisks, columns: columns.length + 1 }} />
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-600">
            Coverage: check-ins done on time ÷ due. Engagement: the engagement index (1–5). Attrition and promotion rates are
            annualised over the average headcount. Headcount, coverage and engagement open the people below that manager.
          </p>
        </>
      )}
    </Widget>
  );
}
