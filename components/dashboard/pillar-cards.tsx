"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { PillarCards as Data } from "@/lib/dashboard/types";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { linkClass, peopleHref } from "./links";

const ACCENT: Record<string, string> = { QUALITY: "border-t-blue-600", ENGAGEMENT: "border-t-pink-600", GROWTH: "border-t-emerald-600", SKILLS: "border-t-amber-600" };

function Trend({ change, previousLabel }: { change: number | null; previousLabel: string }) {
  if (change === null) return <p className="text-sm text-slate-600">No figure for {previousLabel}</p>;
  if (change === 0) return <p className="text-sm text-slate-700">Unchanged since {previousLabel}</p>;
  const up = change > 0;
  return (
    <p className={`text-sm font-medium ${up ? "text-green-800" : "text-red-700"}`}>
      <span aria-hidden="true">{up ? "▲" : "▼"} </span>{up ? "Up" : "Down"} {Math.abs(change).toFixed(2)} since {previousLabel}
    </p>
  );
}

/** Four pillar cards and the engagement index: the score (1–5) this quarter and its change since the last. */
export function PillarCards({ search }: { search: string }) {
  const { data, isPending, error } = useQuery({ queryKey: dashboardKeys.pillars(search), queryFn: () => fetchJson<Data>(`/api/dashboard/pillars?${search}`) });
  if (isPending) return <p className="text-sm text-slate-600">Loading the pillar scores…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">{error.message}</p>;
  const cards = [...data.cards.map((c) => ({ key: c.pillar, label: PILLAR_LABEL[c.pillar], ...c })),
    { key: "INDEX", label: "Engagement index", pillar: null, ...data.engagementIndex }];
  return (
    <section aria-labelledby="pillars-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="pillars-heading" className="text-xl font-semibold">Pillars, {data.quarter.label}</h2>
        <p className="text-sm text-slate-600">{data.people.current} people with a check-in ({data.quarter.from} to {data.quarter.to})</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {cards.map((card) => (
          <li key={card.key} className={`rounded-lg border-t-4 bg-white p-4 shadow-sm ${ACCENT[card.key] ?? "border-t-slate-700"}`}>
            <h3 className="text-sm font-semibold text-slate-700">{card.label}</h3>
            <p className="mt-1 text-3xl font-bold">
              <Link href={peopleHref(search, { pillar: card.key })} className={linkClass}>{card.score === null ? "—" : card.score.toFixed(2)}<span className="sr-only">, {card.label}: the people behind it</span></Link>
              <span className="text-base font-normal text-slate-600"> / 5</span>
            </p>
            <Trend change={card.change} previousLabel={data.previous.label} />
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">
        A person&apos;s pillar score is the mean of their submitted check-ins in the quarter; the group&apos;s is the mean over people.
        Quality also counts each team&apos;s DORA band (elite 5, high 4, medium 2.5, low 1). The engagement index is the mean of
        psychological safety, autonomy and trust.
      </p>
    </section>
  );
}
