"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { ReviewQueue as TReviewQueue } from "@/lib/risks/queries";
import { LevelBadge } from "./labels";

/** What needs attention now: risks due for review and mitigations past their due date. */
export function ReviewQueue() {
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.risks.queue(), queryFn: () => fetchJson<TReviewQueue>("/api/risks/queue") });
  return (
    <section aria-labelledby="queue-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="queue-heading" className="text-lg font-semibold">Review queue</h2>
      {isPending ? <p role="status" className="text-sm text-slate-600">Loading…</p>
        : error ? <p role="alert" className="text-sm text-red-700">Could not load the review queue: {error.message}</p>
          : (
            <>
              <p role="status" className="text-sm text-slate-700">
                {data.counts.reviewsDue} {data.counts.reviewsDue === 1 ? "review" : "reviews"} due · {data.counts.mitigationsOverdue} {data.counts.mitigationsOverdue === 1 ? "mitigation" : "mitigations"} overdue
              </p>
              <div className="mt-3 grid gap-6 md:grid-cols-2">
                <div>
                  <h3 className="font-medium">Reviews due</h3>
                  {data.reviews.length === 0 ? <p className="text-sm text-slate-600">No reviews due.</p> : (
                    <ul className="mt-2 divide-y divide-slate-100">
                      {data.reviews.map((r) => (
                        <li key={r.riskId} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                          <Link href={`/risks/${r.riskId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{r.person.name}</Link>
                          <LevelBadge level={r.level} />
                          <span className="text-red-700">{r.nextReviewDate === data.today ? "due today" : `due since ${r.nextReviewDate}`}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div>
                  <h3 className="font-medium">Mitigations overdue</h3>
                  {data.mitigations.length === 0 ? <p className="text-sm text-slate-600">No mitigations overdue.</p> : (
                    <ul className="mt-2 divide-y divide-slate-100">
                      {data.mitigations.map((m) => (
                        <li key={m.id} className="py-2 text-sm">
                          <Link href={`/risks/${m.riskId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{m.person.name}</Link>
                          <span className="block break-words">{m.action}</span>
                          <span className="text-slate-600">{m.owner.name} · <span className="text-red-700">due {m.dueDate}</span></span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            </>
          )}
    </section>
  );
}
