"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { LevelDistribution as Data } from "@/lib/dashboard/types";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { count, duration } from "@/lib/format/figures";
import { linkClass, peopleHref } from "./links";
import { Empty, QueryState, Widget } from "./widget";

type Level = Data["levels"][number];

const W = 420;
const ROW = 22;
const LABEL = 160;
const VALUE = 100;
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Levels grouped by track (tracks by name), each track's levels by rank. */
function byTrack(levels: Level[]): Array<{ track: string; levels: Level[] }> {
  const tracks = new Map<string, Level[]>();
  for (const level of [...levels].sort((a, b) => a.track.localeCompare(b.track) || a.rank - b.rank)) {
    tracks.set(level.track, [...(tracks.get(level.track) ?? []), level]);
  }
  return [...tracks].map(([track, items]) => ({ track, levels: items }));
}

function summary(data: Data, tracks: number): string {
  const people = data.levels.reduce((sum, l) => sum + l.people, 0);
  const largest = data.levels.reduce<Level | null>((top, l) => (top === null || l.people > top.people ? l : top), null);
  return `Bar chart of people per level: ${people} people across ${data.levels.length} levels in ${tracks} ${tracks === 1 ? "track" : "tracks"}`
    + `${largest ? `; the largest is ${largest.code} ${largest.name} with ${largest.people}` : ""}. The table below lists every level.`;
}

/** People per career level at the end of the quarter, and how long they have been there. */
export function LevelDistribution({ search }: { search: string }) {
  const router = useRouter();
  const { data, isPending, error } = useQuery({ queryKey: dashboardKeys.levels(search), queryFn: () => fetchJson<Data>(`/api/dashboard/levels?${search}`) });
  const groups = data ? byTrack(data.levels) : [];
  const max = Math.max(1, ...(data?.levels ?? []).map((l) => l.people));
  const rows = groups.flatMap((g) => [{ track: g.track, level: null }, ...g.levels.map((level) => ({ track: g.track, level }))]);
  const href = (level: Level) => peopleHref(search, { level: level.levelId });
  return (
    <Widget id="levels" title="Levels and time in level" intro={data && <>{data.quarter.label}, levels as of {data.asOf}.</>}>
      <QueryState isPending={isPending} error={error} what="the levels" />
      {data && data.levels.length === 0 && <Empty>No career levels assigned to anyone in this view{data.unassigned > 0 ? ` (${count(data.unassigned)} in headcount without one)` : ""}. Assign levels from a person&apos;s page once a framework is published.</Empty>}
      {data && data.levels.length > 0 && (
        <figure>
          <svg viewBox={`0 0 ${W} ${rows.length * ROW + 4}`} className="h-auto w-full max-w-lg" role="img" aria-label={summary(data, groups.length)}>
            {rows.map((row, i) => {
              const y = i * ROW + 2;
              if (row.level === null) return <text key={`t-${row.track}`} x={0} y={y + 15} fontSize="13" fontWeight="600" fill="#0f172a">{row.track}</text>;
              const level = row.level;
              const width = level.people === 0 ? 0 : Math.max(2, (level.people / max) * (W - LABEL - VALUE));
              return (
                // Mouse users may click a bar; keyboard and screen-reader users have the same links in the table.
                <g key={level.levelId} onClick={() => router.push(href(level))} className="cursor-pointer hover:opacity-80">
                  <text x={8} y={y + 15} fontSize="12" fill="#334155">{truncate(`${level.code} ${level.name}`, 23)}</text>
                  <rect x={LABEL} y={y + 4} width={width} height={ROW - 8} rx={2} className="fill-brand-600" />
                  <text x={LABEL + width + 6} y={y + 15} fontSize="12" fill="#334155">{level.people} · {duration(level.meanDaysInLevel)}</text>
                </g>
              );
            })}
          </svg>
          <figcaption className="mt-2 text-sm text-slate-700">
            Bars: people per level; beside each, the mean time in that level.{" "}
            {data.unassigned > 0
              ? <><Link href={peopleHref(search, { level: 0 })} className={linkClass}>{count(data.unassigned)} {data.unassigned === 1 ? "person has" : "people have"}</Link> no level assigned.</>
              : "Everyone in this view has a level."}
          </figcaption>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700">Show as a table</summary>
            <div className="relative mt-2 overflow-x-auto" role="region" aria-labelledby="levels-caption" tabIndex={0}>
              <table className="min-w-full text-left">
                <caption id="levels-caption" className="sr-only">People per level and mean time in level, as of {data.asOf}</caption>
                <thead className="text-slate-700">
                  <tr><th scope="col" className="py-1 pr-3 font-medium">Track</th><th scope="col" className="py-1 pr-3 font-medium">Level</th><th scope="col" className="py-1 pr-3 text-right font-medium">People</th><th scope="col" className="py-1 text-right font-medium">Mean time in level</th></tr>
                </thead>
                <tbody>
                  {groups.flatMap((g) => g.levels).map((level) => (
                    <tr key={level.levelId} className="border-t border-slate-200">
                      <td className="py-1 pr-3">{level.track}</td>
                      <th scope="row" className="py-1 pr-3 font-normal"><Link href={href(level)} className={linkClass}>{level.code} {level.name}</Link></th>
                      <td className="py-1 pr-3 text-right tabular-nums"><Link href={href(level)} className={linkClass}>{count(level.people)}<span className="sr-only"> people at {level.code}</span></Link></td>
                      <td className="py-1 text-right">{duration(level.meanDaysInLevel)}</td>
                    </tr>
                  ))}
                  <tr className="border-t border-slate-200"><td className="py-1 pr-3" /><th scope="row" className="py-1 pr-3 font-normal">No level</th><td className="py-1 pr-3 text-right tabular-nums"><Link href={peopleHref(search, { level: 0 })} className={linkClass}>{count(data.unassigned)}<span className="sr-only"> people with no level</span></Link></td><td className="py-1 text-right">—</td></tr>
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
    </Widget>
  );
}
