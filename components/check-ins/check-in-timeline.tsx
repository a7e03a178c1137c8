"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { HistoryEntry } from "@/lib/check-ins/queries";
import { TREND_SERIES, trendDelta, trendPoint, type TrendPoint } from "@/lib/metrics/check-in-trend";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import { formatAnswer } from "./format-answer";
import { SERIES_LABEL, TrendChart } from "./trend-chart";

const DOMAIN_LABEL: Record<string, string> = { FINANCE: "finance", STRATEGY: "strategy", PRODUCT: "product" };
/** Check-ins listed before "Show all": the chart always covers every one. */
const RECENT = 5;

/** A person's submitted check-ins: the chart of their scores, then each check-in, newest first, with its change from the one before. */
export function CheckInTimeline({ personId, linkToCheckIns = true }: { personId: number; linkToCheckIns?: boolean }) {
  const [showAll, setShowAll] = useState(false);
  const { data, isPending, error } = useQuery({
    queryKey: queryKeys.checkIns.history(personId),
    queryFn: () => fetchJson<HistoryEntry[]>(`/api/people/${personId}/check-ins`),
  });
  if (isPending) return <p className="text-sm text-slate-600">Loading check-ins…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">{error.message}</p>;
  if (data.length === 0) return <p className="text-sm text-slate-600">No submitted check-ins yet.</p>;
  const points = data.map((entry) => ({ date: entry.date, point: trendPoint(entry) }));
  const deltas = points.map((p, i) => trendDelta(points[i - 1]?.point ?? null, p.point));
  const newestFirst = data.map((entry, i) => ({ entry, i })).reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, RECENT);
  return (
    <div className="space-y-6">
      <TrendChart points={points} />
      <ol className="space-y-4">
        {shown.map(({ entry, i }) => (
          <li key={entry.id} className="rounded border border-slate-200 p-4">
            <h3 className="font-semibold">
              {linkToCheckIns ? <Link href={`/check-ins/${entry.id}`} className="text-brand-700 underline">{entry.date}</Link> : entry.date}
              <span className="font-normal text-slate-600"> · by {entry.authorName}</span>
            </h3>
            <Figures point={points[i]!.point} delta={i === 0 ? null : deltas[i]!} />
            <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
              {entry.wins && <Item label="Wins" value={entry.wins} />}
              {entry.blockers && <Item label="Blockers" value={entry.blockers} />}
              {entry.growthStep && <Item label={`Growth step${entry.growthDomain ? ` (${DOMAIN_LABEL[entry.growthDomain]})` : ""}`} value={entry.growthStep} />}
              {entry.growthFollowUp && <Item label="Follow-up" value={entry.growthFollowUp} />}
              {entry.answers.map((a) => <Item key={a.key} label={a.prompt} value={formatAnswer(a.value)} />)}
              {entry.privateNote && <Item label="Your private note (only you see it)" value={entry.privateNote} />}
            </dl>
            {entry.actionItems.length > 0 && (
              <ul className="mt-3 list-disc pl-5 text-sm">
                {entry.actionItems.map((item) => (
                  <li key={item.id}><span className={item.done ? "line-through" : ""}>{item.title}</span> <span className="text-slate-600">— {item.ownerName}{item.done ? " (done)" : ""}</span></li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {newestFirst.length > RECENT && (
        <button type="button" onClick={() => setShowAll(!showAll)} aria-expanded={showAll} className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
          {showAll ? `Show the latest ${RECENT} only` : `Show all ${newestFirst.length} check-ins`}
        </button>
      )}
    </div>
  );
}

function Figures({ point, delta }: { point: TrendPoint; delta: TrendPoint | null }) {
  return (
    <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {TREND_SERIES.map((series) => {
        const value = point[series];
        const change = delta?.[series] ?? null;
        return (
          <div key={series} className="flex gap-1">
            <dt className="text-slate-600">{SERIES_LABEL[series]}</dt>
            <dd className="font-medium">
              {value === null ? "—" : series === "ENGAGEMENT_INDEX" ? value.toFixed(2) : value}
              {change !== null && change !== 0 && (
                <span className={change > 0 ? "text-green-800" : "text-red-700"}>
                  {" "}{change > 0 ? "▲" : "▼"}<span className="sr-only">{change > 0 ? " up " : " down "}</span>{Math.abs(change)}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="whitespace-pre-line">{value}</dd>
    </div>
  );
}
