import { Empty, Widget } from "@/components/dashboard/widget";
import { count, duration, percent, byName } from "@/lib/format/figures";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { BarList } from "./bar-list";
import { Note } from "./data-table";
import { SECTIONS } from "./sections";

// People per career level at the end of the quarter (bars, one list per track), the mean time in
// each level, and the quarter's promotions.

type Level = ReportSnapshotData["levels"][number];

/** Levels grouped by track (tracks by name), each track's levels by rank. */
function byTrack(levels: Level[]): Array<{ track: string; levels: Level[] }> {
  const tracks = new Map<string, Level[]>();
  for (const level of [...levels].sort((a, b) => byName(a.track, b.track) || a.rank - b.rank)) {
    tracks.set(level.track, [...(tracks.get(level.track) ?? []), level]);
  }
  return [...tracks].map(([track, items]) => ({ track, levels: items }));
}

const people = (n: number) => `${count(n)} ${n === 1 ? "person" : "people"}`;

export function LevelsPromotions({ data }: { data: ReportSnapshotData }) {
  const { levels, unassignedLevel, promotions, quarter, asOf } = data;
  const tracks = byTrack(levels);
  const max = Math.max(1, ...levels.map((level) => level.people));
  return (
    <Widget id={SECTIONS.levels.id} title={SECTIONS.levels.title} intro={`Levels as of ${asOf}.`}>
      <div className="space-y-4">
        <p className="text-sm">
          {count(promotions.count)} {promotions.count === 1 ? "promotion" : "promotions"} in {quarter.label}, an annualised rate of{" "}
          {percent(promotions.rate)}.
        </p>
        {levels.length === 0 ? (
          <Empty>No career levels were assigned to anyone in this report&apos;s scope.</Empty>
        ) : (
          <figure className="space-y-4">
            {tracks.map(({ track, levels: items }) => (
              <div key={track}>
                <h3 className="mb-2 text-sm font-semibold text-slate-700">{track}</h3>
                <BarList
                  label={`People per level, ${track}`}
                  max={max}
                  items={items.map((level) => ({
                    key: level.levelId,
                    label: `${level.code} ${level.name}`,
                    value: level.people,
                    // Without a mean time in level, just the headcount.
                    text: level.meanDaysInLevel === null ? people(level.people) : `${people(level.people)} · ${duration(level.meanDaysInLevel)} in level on average`,
                  }))}
                />
              </div>
            ))}
            <figcaption>
              <Note>
                Bars: people per level at the end of the quarter, on one scale across tracks; beside each, the mean time in that level where known.
              </Note>
            </figcaption>
          </figure>
        )}
        <p className="text-sm">
          {unassignedLevel === 0 ? "Everyone in headcount has a level." : `${people(unassignedLevel)} in headcount ${unassignedLevel === 1 ? "has" : "have"} no level assigned.`}
        </p>
      </div>
    </Widget>
  );
}
