import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { listPeople, peopleFilterOptions } from "@/lib/people/queries";
import { timeInLevelDays } from "@/lib/metrics/time-in-level";
import { orgToday } from "@/lib/org/queries";
import { ZPeopleQuery, type TPeopleQuery } from "@/lib/people/schemas";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const COLUMNS: Array<{ sort: TPeopleQuery["sort"]; label: string }> = [
  { sort: "name", label: "Name" },
  { sort: "title", label: "Title" },
  { sort: "team", label: "Team" },
  { sort: "startDate", label: "Started" },
];

function href(query: TPeopleQuery, change: Partial<TPeopleQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status !== "current") params.set("status", next.status);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.dir !== "asc") params.set("dir", next.dir);
  if (next.page > 1) params.set("page", String(next.page));
  for (const key of ["level", "track", "minDaysInLevel", "readiness", "under"] as const) if (next[key] !== undefined) params.set(key, String(next[key]));
  const text = params.toString();
  return text ? `/people?${text}` : "/people";
}

export default async function PeoplePage({ searchParams }: Props) {
  const actor = await requireActor();
  requirePagePermission(actor, "people:read");
  const query = ZPeopleQuery.parse(await searchParams);
  const [{ people, total, pages }, options] = await Promise.all([listPeople({ actor, query }), peopleFilterOptions()]);
  const today = await orgToday();
  const select = "mt-1 rounded border border-slate-300 px-3 py-2";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">People</h1>
          <p className="text-sm text-slate-600">Everyone you may see in the reporting tree, {total} in all.</p>
        </div>
        {can(actor.roles, "people:write") && (
          <div className="flex gap-2">
            <Link href="/people/import" className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50">Import from CSV</Link>
            <Link href="/people/new" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Add a person</Link>
          </div>
        )}
      </div>
      <form role="search" aria-label="Search people" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm">
        <div className="min-w-48 flex-1">
          <label htmlFor="people-q" className="block text-sm font-medium">Name or title</label>
          <input id="people-q" name="q" defaultValue={query.q ?? ""} className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="people-status" className="block text-sm font-medium">Who</label>
          <select id="people-status" name="status" defaultValue={query.status} className="mt-1 rounded border border-slate-300 px-3 py-2">
            <option value="current">Current staff</option>
            <option value="departed">Departed</option>
            <option value="all">Everyone</option>
          </select>
        </div>
        <div>
          <label htmlFor="people-track" className="block text-sm font-medium">Track</label>
          <select id="people-track" name="track" defaultValue={query.track ?? ""} className={select}>
            <option value="">Any</option>
            {options.tracks.map((track) => <option key={track.key} value={track.key}>{track.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="people-level" className="block text-sm font-medium">Level</label>
          <select id="people-level" name="level" defaultValue={query.level ?? ""} className={select}>
            <option value="">Any</option>
            {options.levels.map((level) => <option key={level.code} value={level.code}>{level.code} · {level.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="people-days" className="block text-sm font-medium">Days in level, at least</label>
          <input id="people-days" name="minDaysInLevel" type="number" min={0} defaultValue={query.minDaysInLevel ?? ""} className={`${select} w-28`} />
        </div>
        {can(actor.roles, "assessment:read") && (
          <div>
            <label htmlFor="people-readiness" className="block text-sm font-medium">Promotion readiness</label>
            <select id="people-readiness" name="readiness" defaultValue={query.readiness ?? ""} className={select}>
              <option value="">Any</option>
              <option value="READY">Ready</option>
              <option value="WITHIN_6_12_MONTHS">Within 6–12 months</option>
              <option value="NOT_YET">Not yet</option>
            </select>
          </div>
        )}
        {query.under && <input type="hidden" name="under" value={query.under} />}
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Search</button>
      </form>
      {people.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {query.q ? (
            <p>Nobody matches “{query.q}”. Try part of a name or a title.</p>
          ) : can(actor.roles, "people:write") ? (
            <p>
              The directory is empty. <Link href="/people/import" className="text-brand-700 underline">Import your HR system&apos;s export</Link> or{" "}
              <Link href="/people/new" className="text-brand-700 underline">add a person</Link> to start the reporting tree.
            </p>
          ) : (
            <p>Nobody reports to you in Pillars yet. Once your reports are in the directory, they appear here.</p>
          )}
        </div>
      ) : (
        <div tabIndex={0} role="region" aria-label="People" className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People, sorted by {query.sort} {query.dir === "asc" ? "ascending" : "descending"}</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                {COLUMNS.map((column) => {
                  const active = query.sort === column.sort;
                  return (
                    <th key={column.sort} scope="col" className="px-3 py-2" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                      <Link href={href(query, { sort: column.sort, dir: active && query.dir === "asc" ? "desc" : "asc", page: 1 })} className="hover:underline">
                        {column.label}{active ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
                      </Link>
                    </th>
                  );
                })}
                <th scope="col" className="px-3 py-2">Level</th>
                <th scope="col" className="px-3 py-2">Manager</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {people.map((person) => (
                <tr key={person.id}>
                  <td className="px-3 py-2">
                    <Link href={`/people/${person.id}`} className="font-medium text-brand-700 hover:underline">{person.name}</Link>
                    {person.endDate && <span className="ml-2 text-xs text-slate-500">left {formatDate(person.endDate)}</span>}
                  </td>
                  <td className="px-3 py-2">{person.title ?? "—"}</td>
                  <td className="px-3 py-2">{person.team?.name ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2">{formatDate(person.startDate)}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {person.levelAssignments[0]
                      ? `${person.levelAssignments[0].level.code} · ${timeInLevelDays(person.levelAssignments[0].effectiveFrom, today)} days`
                      : "—"}
                  </td>
                  <td className="px-3 py-2">{person.manager?.name ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {query.page > 1 && <Link href={href(query, { page: query.page - 1 })} className="rounded border border-slate-300 bg-white px-3 py-1.5">Previous</Link>}
          <span>Page {query.page} of {pages}</span>
          {query.page < pages && <Link href={href(query, { page: query.page + 1 })} className="rounded border border-slate-300 bg-white px-3 py-1.5">Next</Link>}
        </nav>
      )}
    </div>
  );
}
