import { Text, View } from "@react-pdf/renderer";
import { count, duration, percent, byName } from "@/lib/format/figures";
import { BarChart, Empty, Section, Table, s } from "./pdf-kit";
import type { ReportSnapshotData } from "./types";

// Levels and promotions, and check-in coverage with the managers lowest on it.

type Data = ReportSnapshotData;
type CoverageRow = Data["coverage"]["managers"][number];

/** How many managers the coverage table lists, lowest first. */
export const COVERAGE_LOWEST = 20;

export function LevelsSection({ data }: { data: Data }) {
  const tracks = [...new Set(data.levels.map((level) => level.track))];
  const max = Math.max(1, ...data.levels.map((level) => level.people));
  return (
    <Section title="Levels and promotions">
      <Text>
        {`${count(data.promotions.count)} promotion${data.promotions.count === 1 ? "" : "s"} this quarter, an annualised rate of ${percent(data.promotions.rate)}.`}
      </Text>
      {data.levels.length === 0 && <Empty>No levels are defined.</Empty>}
      {tracks.map((track) => (
        <View key={track} wrap={false}>
          <Text style={[s.bold, { marginTop: 6 }]}>{track}</Text>
          <BarChart
            max={max}
            bars={data.levels
              .filter((level) => level.track === track)
              .sort((a, b) => a.rank - b.rank)
              .map((level) => ({
                label: `${level.code} · ${level.name}`,
                value: level.people,
                text: `${count(level.people)}${level.meanDaysInLevel === null ? "" : ` · ${duration(level.meanDaysInLevel)} in level on average`}`,
              }))}
          />
        </View>
      ))}
      {data.unassignedLevel > 0 && <Text style={s.note}>{`${count(data.unassignedLevel)} people in headcount have no level assigned.`}</Text>}
    </Section>
  );
}

export function CoverageSection({ data }: { data: Data }) {
  const { total, managers } = data.coverage;
  const lowest = managers
    .filter((row) => row.rate !== null)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.due - a.due || byName(a.manager.name, b.manager.name))
    .slice(0, COVERAGE_LOWEST);
  return (
    <Section title="Check-in coverage">
      <Text>
        {total.rate === null
          ? "No check-ins were due this quarter."
          : `${percent(total.rate)} of check-ins due were done on time: ${count(total.onTime)} of ${count(total.due)}.`}
      </Text>
      {lowest.length > 0 && (
        <>
          <Text style={[s.bold, { marginTop: 6 }]}>
            {`The ${lowest.length} managers lowest on coverage (of ${count(managers.length)} with check-ins due)`}
          </Text>
          <Table<CoverageRow>
            rows={lowest}
            columns={[
              { header: "Manager", width: 5, value: (row) => row.manager.name },
              { header: "Due", width: 1.2, align: "right", value: (row) => count(row.due) },
              { header: "On time", width: 1.2, align: "right", value: (row) => count(row.onTime) },
              { header: "Coverage", width: 1.5, align: "right", value: (row) => percent(row.rate) },
            ]}
          />
        </>
      )}
    </Section>
  );
}
