"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { SkillItemList } from "@/lib/skills/queries";
import { dateRange, KindLabel, StatusBadge, targetText } from "./labels";

// The list for the filters in the URL (`search`, canonical). The page prefetches the same query
// on the server, so this renders with data on the first paint. Cards, not a table: it reads
// the same at 390 px as on a desktop.

export function SkillList({ search, filtered, canWrite }: { search: string; filtered: boolean; canWrite: boolean }) {
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.skills.list(search),
    queryFn: () => fetchJson<SkillItemList>(`/api/skills${search ? `?${search}` : ""}`),
  });
  if (isPending) return <p role="status" className="text-sm text-slate-600">Loading learning and experiments…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">Could not load the list: {error.message}</p>;
  if (data.items.length === 0) {
    return (
      <div className="rounded-lg bg-white p-6 shadow-sm">
        <p className="font-medium">{filtered ? "Nothing matches these filters." : "No learning items or experiments yet."}</p>
        <p className="mt-1 text-sm text-slate-700">
          {filtered ? <Link href="/skills" className="text-brand-700 underline">Clear the filters</Link>
            : canWrite ? "Record what someone is learning, or an experiment a team is running (an AI-assistant pilot, say), with the form above."
              : "They appear here once managers record what their people learn and which experiments their teams run."}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-slate-700">
        {data.items.length} {data.items.length === 1 ? "item" : "items"}{data.truncated ? " shown (the most recently changed); narrow the filters to see the rest" : ""}
      </p>
      <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm">
        {data.items.map((item) => (
          <li key={item.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
            <div className="min-w-0">
              <KindLabel kind={item.kind} />
              <p className="font-medium">
                <Link href={`/skills/${item.id}`} className="break-words text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{item.title}</Link>
              </p>
              <p className="text-sm text-slate-700">
                {item.target.type === "person"
                  ? <Link href={`/people/${item.target.id}`} className="underline-offset-2 hover:underline">{item.target.name}</Link>
                  : targetText(item.target)}
                {dateRange(item) && <span className="text-slate-600"> · {dateRange(item)}</span>}
              </p>
            </div>
            <div className="shrink-0"><StatusBadge status={item.status} /></div>
          </li>
        ))}
      </ul>
    </div>
  );
}
