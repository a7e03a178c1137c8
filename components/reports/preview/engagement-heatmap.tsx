import { Empty, Widget } from "@/components/dashboard/widget";
import { HeatmapLegend, scoreCellClass } from "@/components/dashboard/heatmap-scale";
import { BandBadge } from "@/components/quality/band-badge";
import { count, score, byName } from "@/lib/format/figures";
import { mean } from "@/lib/metrics/mean";
import { PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { type Column, TableWithRest, Note } from "./data-table";
import { lowestFirst } from "./order";
import { SECTIONS } from "./sections";

// Teams × pillars for the quarter, lowest mean pillar score first, coloured with the dashboard's
// scale (the colour only repeats the printed figure). The lowest teams show; the rest fold away.

type Team = ReportSnapshotData["heatmap"][number] & { mean: number | null };

/** How many teams show before "Show all", as in the exec pack. */
const LOWEST_TEAMS = 30;

const SHORT: Record<PillarKey, string> = { QUALITY: "Quality", ENGAGEMENT: "Engagement", GROWTH: "Growth", SKILLS: "Skills" };

const scoreColumn = (header: string, value: (team: Team) => number | null): Column<Team> => ({
  header,
  numeric: true,
  cell: (team) => score(value(team)),
  tone: (team) => scoreCellClass(value(team)),
});

const COLUMNS: Array<Column<Team>> = [
  { header: "Team", rowHeader: true, cell: (team) => team.name },
  { header: "People scored", numeric: true, cell: (team) => count(team.people) },
  scoreColumn("Mean", (team) => team.mean),
  ...PILLARS.map((pillar) => scoreColumn(SHORT[pillar], (team) => team.scores[pillar])),
  scoreColumn("Engagement index", (team) => team.scores.engagementIndex),
  { header: "DORA band", cell: (team) => <BandBadge band={team.band} /> },
];

export function EngagementHeatmap({ data }: { data: ReportSnapshotData }) {
  const teams: Team[] = data.heatmap
    .map((team) => ({ ...team, mean: mean(PILLARS.map((pillar) => team.scores[pillar])) }))
    .sort((a, b) => lowestFirst(a.mean, b.mean) || byName(a.name, b.name));
  return (
    <Widget id={SECTIONS.heatmap.id} title={SECTIONS.heatmap.title} intro={`${data.quarter.label}. Scores from 1 to 5 per team and pillar.`}>
      {teams.length === 0 ? (
        <Empty>No team had people in this report&apos;s scope this quarter.</Empty>
      ) : (
        <div className="space-y-3">
          <TableWithRest<Team>
            id="report-heatmap-table"
            what="teams"
            first={LOWEST_TEAMS}
            caption={
              teams.length > LOWEST_TEAMS
                ? `The ${LOWEST_TEAMS} teams lowest on their mean pillar score, of ${count(teams.length)}, lowest first`
                : `All ${count(teams.length)} teams, lowest mean pillar score first`
            }
            rows={teams}
            rowKey={(team) => team.teamId}
            columns={COLUMNS}
          />
          <HeatmapLegend />
          <Note>Mean: the mean of the four pillar scores. Teams without any score come last. Quality counts the team&apos;s DORA band (elite 5, high 4, medium 2.5, low 1).</Note>
        </div>
      )}
    </Widget>
  );
}
