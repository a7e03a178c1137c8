import { Empty, Widget } from "@/components/dashboard/widget";
import { BandBadge } from "@/components/quality/band-badge";
import { hours, METRIC_LABELS, perWeek } from "@/lib/format/delivery";
import { byName, count, orNone, percent } from "@/lib/format/figures";
import { BAND_LABEL, DORA_BANDS, type DoraBand } from "@/lib/metrics/dora";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { BarList } from "./bar-list";
import { FIRST_ROWS, Note, TableWithRest } from "./data-table";
import { SECTIONS } from "./sections";

// Delivery: how many teams sit in each DORA band (bars), then every team with its four flow
// metrics, the lowest band first.

type Team = ReportSnapshotData["dora"][number];


/** LOW first (DORA_BANDS runs worst → best); teams without data last. */
const bandRank = (band: DoraBand | null) => (band === null ? DORA_BANDS.length : DORA_BANDS.indexOf(band));

const teams = (n: number) => `${count(n)} ${n === 1 ? "team" : "teams"}`;

export function DoraBands({ data }: { data: ReportSnapshotData }) {
  const rows = [...data.dora].sort((a, b) => bandRank(a.band) - bandRank(b.band) || byName(a.name, b.name));
  const bands: Array<DoraBand | null> = [...[...DORA_BANDS].reverse(), null];
  const perBand = bands.map((band) => ({ band, n: data.dora.filter((team) => team.band === band).length }));
  return (
    <Widget id={SECTIONS.dora.id} title={SECTIONS.dora.title} intro="Each team's band is the lowest of its four metrics' DORA 2023 bands.">
      {rows.length === 0 ? (
        <Empty>No team in this report&apos;s scope reported flow metrics this quarter.</Empty>
      ) : (
        <div className="space-y-4">
          <figure>
            <BarList
              label="Teams per DORA band"
              items={perBand.map(({ band, n }) => ({ key: band ?? "NONE", label: band === null ? "No data" : BAND_LABEL[band], value: n, text: teams(n) }))}
            />
            <figcaption className="mt-2">
              <Note>Bars: teams per band, best band first.</Note>
            </figcaption>
          </figure>
          <TableWithRest<Team>
            id="report-dora-table"
            what="teams"
            caption={
              rows.length > FIRST_ROWS
                ? `The first ${FIRST_ROWS} of ${count(rows.length)} teams, lowest band first`
                : `All ${count(rows.length)} teams, lowest band first`
            }
            rows={rows}
            rowKey={(team) => team.teamId}
            columns={[
              { header: "Team", rowHeader: true, cell: (team) => team.name },
              { header: "DORA band", cell: (team) => <BandBadge band={team.band} /> },
              { header: "Months of data", numeric: true, cell: (team) => count(team.months) },
              { header: METRIC_LABELS.deployDaysPerWeek, numeric: true, cell: (team) => orNone(team.deployDaysPerWeek, perWeek) },
              { header: METRIC_LABELS.leadTimeHours, numeric: true, cell: (team) => orNone(team.leadTimeHours, hours) },
              { header: METRIC_LABELS.changeFailureRate, numeric: true, cell: (team) => percent(team.changeFailureRate) },
              { header: METRIC_LABELS.timeToRestoreHours, numeric: true, cell: (team) => orNone(team.timeToRestoreHours, hours) },
            ]}
          />
        </div>
      )}
    </Widget>
  );
}
