"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { SkillsSummary } from "@/lib/skills/queries";
import { KIND_LABELS, SKILL_KINDS, SKILL_STATUSES, STATUS_LABELS } from "@/lib/skills/schemas";

/** Counts by kind and status over the reader's whole scope (not the filters), as a small table. */
export function SkillCounts() {
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.skills.summary(), queryFn: () => fetchJson<SkillsSummary>("/api/skills/summary") });
  if (isPending) return <p role="status" className="text-sm text-slate-600">Counting…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">Could not count: {error.message}</p>;
  return (
    <section aria-labelledby="skills-counts-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="skills-counts-heading" className="text-lg font-semibold">In your scope: {data.total} {data.total === 1 ? "item" : "items"}</h2>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Learning items and experiments by status</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Kind</th>
              {SKILL_STATUSES.map((status) => <th key={status} scope="col" className="px-2 py-1 text-right font-medium">{STATUS_LABELS[status]}</th>)}
              <th scope="col" className="py-1 pl-2 text-right font-medium">Total</th>
            </tr>
          </thead>
          <tbody>
            {SKILL_KINDS.map((kind) => (
              <tr key={kind}>
                <th scope="row" className="py-1 pr-3 font-medium">{KIND_LABELS[kind]}</th>
                {SKILL_STATUSES.map((status) => <td key={status} className="px-2 py-1 text-right tabular-nums">{data.byKindAndStatus[kind][status]}</td>)}
                <td className="py-1 pl-2 text-right font-semibold tabular-nums">{data.byKind[kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
