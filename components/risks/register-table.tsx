"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { RiskRegister } from "@/lib/risks/queries";
import { STATUS_LABELS } from "@/lib/risks/schemas";
import { factorText, LevelBadge } from "./labels";

// The register's rows for the filters in the URL (`search`, canonical). The page prefetches the
// same query on the server, so this renders with data on the first paint.

export function RegisterTable({ search, filtered }: { search: string; filtered: boolean }) {
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.risks.register(search),
    queryFn: () => fetchJson<RiskRegister>(`/api/risks${search ? `?${search}` : ""}`),
  });
  if (isPending) return <p role="status" className="text-sm text-slate-600">Loading the register…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">Could not load the register: {error.message}</p>;
  if (data.rows.length === 0) {
    return (
      <div className="rounded-lg bg-white p-6 shadow-sm">
        <p className="font-medium">{filtered ? "No risks match these filters." : "No open retention risks."}</p>
        <p className="mt-1 text-sm text-slate-700">
          {filtered ? <Link href="/risks" className="text-brand-700 underline">Clear the filters</Link> : "Record a risk from a person's page when you sense someone may leave."}
        </p>
      </div>
    );
  }
  const pages = Math.ceil(data.total / data.pageSize);
  const pageLink = (page: number) => {
    const params = new URLSearchParams(search);
    if (page > 1) params.set("page", String(page)); else params.delete("page");
    return `/risks${params.size ? `?${params}` : ""}`;
  };
  return (
    <div className="rounded-lg bg-white shadow-sm">
      <p className="px-4 pt-4 text-sm text-slate-700" role="status">{data.total} {data.total === 1 ? "risk" : "risks"}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Retention risks</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {["Person", "Level", "Factors", "Regrettable", "Next review", "Open mitigations", "Manager", "Status"].map((h) => <th key={h} scope="col" className="px-4 py-2 font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="px-4 py-2 font-medium">
                  <Link href={`/risks/${row.id}`} className="text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">{row.person.name}</Link>
                </th>
                <td className="px-4 py-2"><LevelBadge level={row.level} /></td>
                <td className="px-4 py-2">{factorText(row.factors)}</td>
                <td className="px-4 py-2">{row.regrettable ? "Yes" : "No"}</td>
                <td className={`whitespace-nowrap px-4 py-2 ${row.reviewDue ? "font-semibold text-red-700" : ""}`}>{row.nextReviewDate}{row.reviewDue ? " (due)" : ""}</td>
                <td className="px-4 py-2">{row.openMitigations}</td>
                <td className="px-4 py-2">{row.manager ? <Link href={`/people/${row.manager.id}`} className="text-brand-700 underline-offset-2 hover:underline">{row.manager.name}</Link> : "—"}</td>
                <td className="px-4 py-2">{STATUS_LABELS[row.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
          {data.page > 1 ? <Link href={pageLink(data.page - 1)} className="text-brand-700 underline">Previous</Link> : <span />}
          <span>Page {data.page} of {pages}</span>
          {data.page < pages ? <Link href={pageLink(data.page + 1)} className="text-brand-700 underline">Next</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
