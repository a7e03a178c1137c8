"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { BandBadge } from "@/components/quality/band-badge";
import { HEATMAP_FIRST, type Heatmap as Data } from "@/lib/dashboard/types";
import { DORA_BANDS } from "@/lib/metrics/dora";
import { mean } from "@/lib/metrics/mean";
import { PILLAR_LABEL, PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";
import { score } from "@/lib/format/figures";
import { HeatmapLegend, scoreCellClass } from "./heatmap-scale";
import { linkClass, peopleHref } from "./links";
import { Empty, QueryState, Widget } from "./widget";

type Team = Data["teams"][number] & { mean: number | null };
type ScoreKey = PillarKey | "INDEX";
type SortKey = "name" | "people" | "mean" | ScoreKey | "band";
type Sort = { key: SortKey; ascending: boolean };

/** The team column stays in view while a phone scrolls the pillars sideways. */
const STICKY = "sticky left-0 z-10 bg-white";
const CELL_LINK = "block px-3 py-2 text-center tabular-nums underline decoration-dotted underline-offset-2 hover:decoration-solid";
const SHORT: Record<ScoreKey, string> = { QUALITY: "Quality", ENGAGEMENT: "Engagement", GROWTH: "Growth", SKILLS: "Skills", INDEX: "Engagement index" };
const LONG: Record<ScoreKey, string> = { ...PILLAR_LABEL, INDEX: "Engagement index" };
const SCORE_KEYS: ScoreKey[] = [...PILLARS, "INDEX"];
const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: "name", label: "Team" }, { key: "people", label: "People scored" }, { key: "mean", label: "Mean" },
  ...SCORE_KEYS.map((key) => ({ key, label: SHORT[key] })), { key: "band", label: "DORA band" },
];

const scoreOf = (team: Team, key: ScoreKey) => (key === "INDEX" ? team.scores.engagementIndex : team.scores[key]);

function valueOf(team: Team, key: SortKey): string | number | null {
  if (key === "name") return team.name;
  if (key === "people") return team.people;
  if (key === "mean") return team.mean;
  if (key === "band") return team.band === null ? null : DORA_BANDS.indexOf(team.band);
  return scoreOf(team, key);
}

/** Sorted by one column; teams without a figure always last, ties by name. */
function sortTeams(teams: Team[], { key, ascending }: Sort): Team[] {
  return [...teams].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
    return (ascending ? order : -order) || a.name.localeCompare(b.name);
  });
}

function SortHeader({ column, sort, onSort }: { column: { key: SortKey; label: string }; sort: Sort; onSort: (key: SortKey) => void }) {
  const active = sort.key === column.key;
  return (
    <th scope="col" aria-sort={active ? (sort.ascending ? "ascending" : "descending") : undefined} className={`px-2 py-2 align-bottom font-medium ${column.key === "name" ? STICKY : ""}`}>
      <button type="button" onClick={() => onSort(column.key)} className="inline-flex items-center gap-1 rounded text-left hover:underline">
        {column.label}<span aria-hidden="true" className="text-slate-500">{active ? (sort.ascending ? "▲" : "▼") : "↕"}</span>
      </button>
    </th>
  );
}

/** Teams × pillars for the quarter: the lowest-scoring teams first, every figure opening the people behind it. */
export function Heatmap({ search }: { search: string }) {
  const [showAll, setShowAll] = useState(false);
  const { data, isPending, error } = useQuery({
    queryKey: dashboardKeys.heatmap(search, showAll),
    queryFn: () => fetchJson<Data>(`/api/dashboard/heatmap?${search}${showAll ? "&all=1" : ""}`),
    // The lowest teams stay on screen while every team loads.
    placeholderData: (previous) => previous,
  });
  const [sort, setSort] = useState<Sort>({ key: "mean", ascending: true });
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, ascending: !s.ascending } : { key, ascending: true }));
  const teams: Team[] = (data?.teams ?? []).map((t) => ({ ...t, mean: mean(PILLARS.map((p) => t.scores[p])) }));
  const total = data?.total ?? 0;
  const capped = data ? !data.all : false;
  const rows = sortTeams(teams, sort);
  const sortedBy = COLUMNS.find((c) => c.key === sort.key)!.label;
  return (
    <Widget id="heatmap" title="Teams by pillar" intro={<>{data ? `${data.quarter.label}. ` : ""}Scores from 1 to 5. Each figure opens the people behind it; a team&apos;s name opens its flow metrics.</>}>
      <QueryState isPending={isPending} error={error} what="the heatmap" />
      {data && teams.length === 0 && <Empty>No team has people in this view for {data.quarter.label}. Assign people to teams, or widen the filters.</Empty>}
      {data && teams.length > 0 && (
        <>
          {/* Above the scrolling region rather than a <caption>, so a phone shows it whole. */}
          <p id="heatmap-caption" className="mb-2 text-sm text-slate-700">
            {capped ? `The ${teams.length} lowest-scoring of ${total} teams by mean pillar score` : `All ${total} teams`}, sorted by {sortedBy}, {sort.ascending ? "lowest first" : "highest first"}
          </p>
          <div className="relative overflow-x-auto" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
            <table aria-labelledby="heatmap-caption" className="min-w-full border-separate border-spacing-0.5 text-sm">
              <thead className="text-left text-slate-700">
                <tr>{COLUMNS.map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />)}</tr>
              </thead>
              <tbody>
                {rows.map((team) => (
                  <tr key={team.teamId}>
                    <th scope="row" className={`px-2 py-2 text-left font-medium whitespace-nowrap ${STICKY}`}>
                      {team.teamId === 0 ? team.name : <Link href={`/quality/${team.teamId}`} className={linkClass}>{team.name}<span className="sr-only"> flow metrics</span></Link>}
                    </th>
                    <td className="px-2 py-2 text-right tabular-nums">
                      <Link href={peopleHref(search, { team: team.teamId, scored: 1 })} className={linkClass}>{team.people}<span className="sr-only"> people scored in {team.name}</span></Link>
                    </td>
                    <td className={`p-0 font-semibold ${scoreCellClass(team.mean)}`}>
                      <Link href={peopleHref(search, { team: team.teamId })} className={CELL_LINK}>{score(team.mean)}<span className="sr-only">, mean score, {team.name}</span></Link>
                    </td>
                    {SCORE_KEYS.map((key) => (
                      <td key={key} className={`p-0 ${scoreCellClass(scoreOf(team, key))}`}>
                        <Link href={peopleHref(search, { team: team.teamId, pillar: key })} className={CELL_LINK}>
                          {score(scoreOf(team, key))}<span className="sr-only">, {LONG[key]}, {team.name}</span>
                        </Link>
                      </td>
                    ))}
                    <td className="px-2 py-2">
                      {team.teamId === 0 ? <BandBadge band={null} /> : <Link href={`/quality/${team.teamId}`} className="rounded hover:underline"><BandBadge band={team.band} /><span className="sr-only">, {team.name} flow metrics</span></Link>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > HEATMAP_FIRST && (
            <button type="button" onClick={() => setShowAll((v) => !v)} className="mt-3 rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
              {showAll ? `Show the ${HEATMAP_FIRST} lowest-scoring teams` : `Show all ${total} teams`}
            </button>
          )}
          <HeatmapLegend />
          <p className="mt-2 text-xs text-slate-600">Mean: the mean of the four pillar scores. Quality counts the team&apos;s DORA band (elite 5, high 4, medium 2.5, low 1).</p>
        </>
      )}
    </Widget>
  );
}
