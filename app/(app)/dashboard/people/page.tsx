import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dashboardHref, linkClass } from "@/components/dashboard/links";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { filtersFromSearch } from "@/lib/dashboard/filters";
import type { DrillDown } from "@/lib/dashboard/types";
import { drillDown } from "@/lib/dashboard/widgets";
import { isAppError } from "@/lib/errors";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";

export const metadata: Metadata = { title: "People behind a figure" };

// The drill-down behind every dashboard figure: the people it counts, lowest score first. The
// dashboard's filters (quarter, subtree, region, origin) plus what was clicked (pillar, team,
// manager, level) come from the URL; scope and validation are the domain's (lib/dashboard).

type Search = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<Search> };

const DRILL = ["pillar", "team", "manager", "level", "scored", "promoted"] as const;

function drillInput(params: Search) {
  const picked = DRILL.flatMap((key) => {
    const value = Array.isArray(params[key]) ? params[key][0] : params[key];
    return value ? [[key, value] as const] : [];
  });
  return { ...filtersFromSearch(params), ...Object.fromEntries(picked) };
}

async function load(actor: Actor, input: Record<string, string>): Promise<DrillDown | { refused: string }> {
  try {
    return await drillDown({ actor, input });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.code === "UNPROCESSABLE") return { refused: error.message };
    throw error;
  }
}

export default async function DashboardPeoplePage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "dashboard:read")) notFound();
  const params = await searchParams;
  const input = drillInput(params);
  const back = dashboardHref(new URLSearchParams(filtersFromSearch(params)).toString());
  const data = await load(actor, input);
  const backLink = <p className="text-sm"><Link href={back} className={linkClass}>Back to the dashboard</Link></p>;
  if ("refused" in data) {
    return (
      <div className="space-y-4">
        {backLink}
        <h1 className="text-2xl font-bold">People behind a figure</h1>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">This list could not be shown: {data.refused} Go back to the dashboard and pick the figure again.</p>
      </div>
    );
  }
  const scoreLabel = data.pillar === null ? null : data.pillar === "INDEX" ? "Engagement index" : PILLAR_LABEL[data.pillar];
  const { people } = data; // lowest score first, people without one last (the domain orders them)
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        {backLink}
        <h1 className="text-2xl font-bold">{data.title}</h1>
        <p className="text-sm text-slate-600">{data.quarter.label} ({data.quarter.from} to {data.quarter.to}){scoreLabel ? ", lowest score first" : ""}.</p>
      </header>
      <section aria-labelledby="people-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="people-heading" className="text-lg font-semibold">
          {people.length < data.total ? `${people.length} of ${data.total} people` : `${data.total} ${data.total === 1 ? "person" : "people"}`}
        </h2>
        {people.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Nobody in this view. Widen the dashboard&apos;s filters, or pick another figure.</p>
        ) : (
          <div className="relative mt-3 overflow-x-auto" role="region" aria-label={`Table of ${data.title}`} tabIndex={0}>
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{data.title}, {data.quarter.label}</caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">Name</th>
                  <th scope="col" className="px-3 py-2 font-medium">Title</th>
                  <th scope="col" className="px-3 py-2 font-medium">Team</th>
                  <th scope="col" className="px-3 py-2 font-medium">Manager</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">Check-ins in {data.quarter.label}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">On time / due so far</th>
                  {scoreLabel && <th scope="col" className="py-2 pl-3 text-right font-medium">{scoreLabel}</th>}
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id} className="border-t border-slate-200">
                    <th scope="row" className="py-2 pr-3 font-normal"><Link href={`/people/${person.id}`} className={linkClass}>{person.name}</Link></th>
                    <td className="px-3 py-2">{person.title ?? "—"}</td>
                    <td className="px-3 py-2">{person.team ?? "—"}</td>
                    <td className="px-3 py-2">{person.manager ?? "—"}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{person.checkIns}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{person.due === 0 ? "—" : `${person.onTime} / ${person.due}`}</td>
                    {scoreLabel && <td className="py-2 pl-3 text-right tabular-nums">{person.score === null ? "—" : person.score.toFixed(2)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {people.length > 0 && people.length < data.total && (
          <p className="mt-2 text-xs text-slate-600">The list stops at {people.length}, lowest first; narrow the dashboard&apos;s filters to see the rest.</p>
        )}
      </section>
    </div>
  );
}
