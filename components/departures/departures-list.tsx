"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { removeDepartureAction } from "@/app/(app)/departures/actions";
import type { DepartureList, DepartureRow } from "@/lib/departures/queries";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import { unwrap } from "@/lib/query/unwrap";

// Departures in the actor's scope, newest first. Reasons and the remove button appear only for
// those who record departures (the server leaves reasons out for everyone else).

const yesNo = (value: boolean) => (value ? "Yes" : "No");

function RemoveButton({ row }: { row: DepartureRow }) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: async () => unwrap(await removeDepartureAction({ departureId: row.id, version: row.version })),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.departures.all }),
  });
  return (
    <>
      <button type="button" disabled={remove.isPending}
        onClick={() => { if (window.confirm(`Remove ${row.name}'s departure? They return to headcount.`)) remove.mutate(); }}
        className="rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-50 disabled:opacity-60">
        {remove.isPending ? "Removing…" : <>Remove<span className="sr-only"> {row.name}&apos;s departure</span></>}
      </button>
      {remove.error && <p role="alert" className="mt-1 text-xs text-red-700">{remove.error.message}</p>}
    </>
  );
}

/** The departures in scope, newest first; `search` is the page's list filters (quarter, voluntary, regrettable), as a dashboard link sets them. */
export function DeparturesList({ search = "", said }: { search?: string; said?: string }) {
  const { data, error, isPending } = useQuery({ queryKey: queryKeys.departures.list(search), queryFn: () => fetchJson<DepartureList>(`/api/departures${search ? `?${search}` : ""}`) });
  return (
    <section aria-labelledby="departures-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="departures-heading" className="text-lg font-semibold">Departures</h2>
      {said && (
        <p className="mt-1 text-sm text-slate-700">
          {said} · <Link href="/departures" className="text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600">Show every departure</Link>
        </p>
      )}
      {isPending && <p role="status" className="mt-2 text-sm text-slate-600">Loading departures…</p>}
      {error && <p role="alert" className="mt-2 text-sm text-red-700">Could not load departures: {error.message}</p>}
      {data && data.departures.length === 0 && <p className="mt-2 text-sm text-slate-700">No departures recorded for the people in your scope.</p>}
      {data && data.departures.length > 0 && (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Departures, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Person</th>
                <th scope="col" className="px-3 py-2 font-medium">Last day</th>
                <th scope="col" className="px-3 py-2 font-medium">Voluntary</th>
                <th scope="col" className="px-3 py-2 font-medium">Regrettable</th>
                {data.showReasons && <th scope="col" className="hidden px-3 py-2 font-medium md:table-cell">Reason</th>}
                {data.showReasons && <th scope="col" className="py-2 pl-3 font-medium"><span className="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.departures.map((row) => (
                <tr key={row.id} className="align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={`/people/${row.personId}`} className="text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600">{row.name}</Link>
                    {data.showReasons && row.reason && <p className="mt-1 font-normal text-slate-600 md:hidden">{row.reason}</p>}
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">{row.date}</td>
                  <td className="px-3 py-2">{yesNo(row.voluntary)}</td>
                  <td className="px-3 py-2">{yesNo(row.regrettable)}</td>
                  {data.showReasons && <td className="hidden max-w-md px-3 py-2 break-words md:table-cell">{row.reason ?? <span className="text-slate-500">—</span>}</td>}
                  {data.showReasons && <td className="py-2 pl-3"><RemoveButton row={row} /></td>}
                </tr>
              ))}
            </tbody>
          </table>
          {data.truncated && <p className="mt-2 text-xs text-slate-600">Showing the 500 most recent.</p>}
        </div>
      )}
    </section>
  );
}
