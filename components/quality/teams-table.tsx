"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { TeamsWithBands } from "@/lib/quality/queries";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import { BandBadge } from "./band-badge";
import { hours, percent, perWeek } from "@/lib/format/delivery";

// Every team in the reader's scope with its DORA band and four metrics over the last three
// complete months. On a phone the table scrolls sideways; the team and band columns come first.

export function QualityTeamsTable() {
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.quality.teams(),
    queryFn: () => fetchJson<TeamsWithBands>("/api/quality/teams"),
  });
  if (isPending) return <p role="status" className="text-sm text-slate-600">Loading teams…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">Could not load the teams: {error.message}</p>;
  if (data.teams.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
        No teams in your scope yet. Teams are added on the Teams page; a team belongs to you when you or someone below you owns it.
      </p>
    );
  }
  return (
    <section aria-labelledby="teams-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="teams-heading" className="text-lg font-semibold">Teams, {data.from} to {data.to}</h2>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Teams and their DORA metrics">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">DORA band and metrics per team over the last three complete months</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Team</th>
              <th scope="col" className="px-3 py-2 font-medium">DORA band</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Deployment frequency</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Lead time</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Change failure rate</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Time to restore</th>
              <th scope="col" className="py-2 pl-3 text-right font-medium">Incidents</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  <Link href={`/quality/${team.id}`} className="text-brand-700 underline">{team.name}</Link>
                  {team.ownerName && <span className="block text-xs font-normal text-slate-600">{team.ownerName}</span>}
                </th>
                <td className="px-3 py-2"><BandBadge band={team.dora?.band ?? null} /></td>
                <td className="px-3 py-2 text-right tabular-nums">{team.dora ? perWeek(team.dora.metrics.deployDaysPerWeek) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{team.dora ? hours(team.dora.metrics.leadTimeHours) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{team.dora ? percent(team.dora.metrics.changeFailureRate) : "—"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{team.dora ? hours(team.dora.metrics.timeToRestoreHours) : "—"}</td>
                <td className="py-2 pl-3 text-right tabular-nums">{team.months > 0 ? team.incidents : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Bands derived from DORA 2023: each metric is banded and a team&apos;s band is the lowest of the four. Deployment frequency counts
        days with a deployment; lead time and time to restore are medians of the monthly medians. — means no figures for the period.
      </p>
    </section>
  );
}
