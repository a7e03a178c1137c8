import { Text, View } from "@react-pdf/renderer";
import { count, score, byName } from "@/lib/format/figures";
import { BAND_LABEL } from "@/lib/metrics/dora";
import { mean } from "@/lib/metrics/mean";
import { PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";
import type { Scores } from "@/lib/dashboard/types";
import { Empty, MoreInXlsx, RULE, Section, Table, s, type Column } from "./pdf-kit";
import type { ReportSnapshotData } from "./types";

// The engagement heatmap: teams × pillars, the lowest teams first.

type Team = ReportSnapshotData["heatmap"][number];

/** How many teams the heatmap lists; the rest are in the XLSX. */
export const HEATMAP_LOWEST = 30;

// ColorBrewer's 8-class RdBu, as on the dashboard (components/dashboard/heatmap-scale.tsx): red is
// low, blue high, white text on the two darkest ends. The colour only repeats the printed figure.
const SCALE = [
  ["#b2182b", "#ffffff"], ["#d6604d", "#0f172a"], ["#f4a582", "#0f172a"], ["#fddbc7", "#0f172a"],
  ["#d1e5f0", "#0f172a"], ["#92c5de", "#0f172a"], ["#4393c3", "#0f172a"], ["#2166ac", "#ffffff"],
] as const;

function fill(value: number | null) {
  if (value === null) return undefined;
  const [backgroundColor, color] = SCALE[Math.min(7, Math.max(0, Math.floor((value - 1) / 0.5)))] ?? SCALE[0];
  return { backgroundColor, color };
}

const SHORT: Record<PillarKey, string> = { QUALITY: "Quality", ENGAGEMENT: "Engagement", GROWTH: "Growth", SKILLS: "Skills" };

const teamMean = (scores: Scores) => mean(PILLARS.map((pillar) => scores[pillar]));

const scoreColumn = (header: string, key: keyof Scores): Column<Team> => ({
  header,
  width: 1.3,
  align: "right",
  value: (team) => score(team.scores[key]),
  fill: (team) => fill(team.scores[key]),
});

export function HeatmapSection({ data }: { data: ReportSnapshotData }) {
  // Teams without any score go last: nothing is known about them, which is not the same as low.
  const lowest = data.heatmap
    .map((team) => ({ team, mean: teamMean(team.scores) }))
    .sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || byName(a.team.name, b.team.name))
    .slice(0, HEATMAP_LOWEST)
    .map(({ team }) => team);
  return (
    <Section title="Engagement heatmap">
      {lowest.length === 0 ? (
        <Empty>No team had people in scope this quarter.</Empty>
      ) : (
        <>
          <Text style={{ marginBottom: 4 }}>
            {data.heatmap.length > HEATMAP_LOWEST
              ? `The ${HEATMAP_LOWEST} teams lowest on their mean pillar score, lowest first.`
              : "Every team in scope, lowest mean pillar score first."}
          </Text>
          <Table<Team>
            rows={lowest}
            columns={[
              { header: "Team", width: 4, value: (team) => team.name },
              { header: "People", width: 1, align: "right", value: (team) => count(team.people) },
              { header: "DORA", width: 1.2, value: (team) => (team.band ? BAND_LABEL[team.band] : "—") },
              ...PILLARS.map((pillar) => scoreColumn(SHORT[pillar], pillar)),
              scoreColumn("Eng. index", "engagementIndex"),
            ]}
          />
          <MoreInXlsx shown={lowest.length} total={data.heatmap.length} what="teams" />
          <Legend />
        </>
      )}
    </Section>
  );
}

function Legend() {
  return (
    <View style={{ flexDirection: "row", alignItems: "center", marginTop: 6 }} wrap={false}>
      <Text style={[s.note, { marginTop: 0, marginRight: 4 }]}>Scale, 1 (red, low) to 5 (blue, high):</Text>
      {SCALE.map(([backgroundColor], index) => (
        <View key={backgroundColor} style={{ flexDirection: "row", alignItems: "center", marginRight: 4 }}>
          <View style={{ width: 10, height: 7, backgroundColor, borderWidth: 0.25, borderColor: RULE, marginRight: 2 }} />
          <Text style={{ fontSize: 7 }}>{(1 + index * 0.5).toFixed(1)}</Text>
        </View>
      ))}
    </View>
  );
}
