"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { StartCheckInButton } from "@/components/check-ins/start-check-in-button";
import type { DueItem, DueList as TDueList } from "@/lib/check-ins/due";
import { CADENCE_LABELS } from "@/lib/check-ins/schedule-schemas";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";

// The manager's home: direct reports grouped by how urgent their next check-in is. The page
// prefetches the same query on the server, so this renders with data on the first paint.

const GROUPS = [
  { state: "OVERDUE", title: "Overdue", empty: "Nothing overdue.", countKey: "overdue" },
  { state: "DUE", title: "Due today", empty: "Nothing due right now.", countKey: "due" },
  { state: "UPCOMING", title: "Upcoming", empty: "Nothing upcoming.", countKey: "upcoming" },
] as const;

function dueText(item: DueItem, today: string): string {
  if (item.state === "OVERDUE") return `${item.daysOverdue} ${item.daysOverdue === 1 ? "day" : "days"} overdue`;
  if (item.nextDue === today) return "Due today";
  return item.nextDue ? `Due ${item.nextDue}` : "No due date";
}

export function DueList() {
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.checkIns.due(), queryFn: () => fetchJson<TDueList>("/api/check-ins/due") });
  if (isPending) return <p role="status" className="text-sm text-slate-600">Loading your check-ins…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">Could not load your check-ins: {error.message}</p>;
  if (data.items.length === 0) {
    return (
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h2 className="text-lg font-semibold">No direct reports</h2>
        <p className="mt-2 text-sm text-slate-700">
          Check-ins are due for the people who report to you. When someone is added as your report in{" "}
          <Link href="/people" className="text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600">People</Link>, they appear here.
        </p>
      </section>
    );
  }
  const nothingDue = data.counts.overdue === 0 && data.counts.due === 0;
  return (
    <div className="space-y-6">
      <p role="status" className="text-sm text-slate-700">
        {nothingDue ? "You are up to date: nothing is due or overdue." : `${data.counts.overdue} overdue, ${data.counts.due} due today, ${data.counts.upcoming} upcoming.`}
      </p>
      {GROUPS.map((group) => {
        const items = data.items.filter((item) => item.state === group.state);
        const headingId = `due-${group.state.toLowerCase()}`;
        return (
          <section key={group.state} aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
            <h2 id={headingId} className="text-lg font-semibold">
              {group.title} <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-700">{data.counts[group.countKey]}</span>
            </h2>
            {items.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{group.empty}</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {items.map((item) => <DueRow key={item.personId} item={item} today={data.today} />)}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function DueRow({ item, today }: { item: DueItem; today: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="min-w-0">
        <Link href={`/people/${item.personId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
          {item.name}
        </Link>
        {item.title && <span className="text-sm text-slate-600"> · {item.title}</span>}
        <p className="text-sm text-slate-700">
          {CADENCE_LABELS[item.cadence]} · last check-in {item.lastCheckInDate ?? "never"} ·{" "}
          <span className={item.state === "OVERDUE" ? "font-medium text-red-700" : undefined}>{dueText(item, today)}</span>
          {item.missed > 1 && <span className="text-slate-600"> ({item.missed} missed)</span>}
        </p>
      </div>
      <StartCheckInButton personId={item.personId} draftId={item.openDraftId} name={item.name} />
    </li>
  );
}
