import { Empty, Widget } from "@/components/dashboard/widget";
import { count, NONE, score } from "@/lib/format/figures";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { DataTable, FIRST_ROWS, Note } from "./data-table";
import { ScoreChange } from "./score-change";
import { SECTIONS } from "./sections";

// The managers whose people's engagement index moved most since the previous quarter, largest
// change first (the snapshot's order), up or down.

type Mover = ReportSnapshotData["movers"][number];

export function EngagementMovers({ data }: { data: ReportSnapshotData }) {
  const { movers, quarter, previous } = data;
  const shown = movers.slice(0, FIRST_ROWS);
  return (
    <Widget id={SECTIONS.movers.id} title={SECTIONS.movers.title} intro={`The engagement index of each manager's people, ${previous.label} to ${quarter.label}.`}>
      {shown.length === 0 ? (
        <Empty>No manager&apos;s engagement can be compared with the quarter before.</Empty>
      ) : (
        <div className="space-y-3">
          <DataTable<Mover>
            id="report-movers-table"
            caption={`The ${count(shown.length)} managers whose engagement index moved most, largest change first`}
            rows={shown}
            rowKey={(row) => row.manager.id}
            columns={[
              { header: "Manager", rowHeader: true, cell: (row) => row.manager.name },
              { header: "Title", cell: (row) => row.title ?? NONE },
              { header: previous.label, numeric: true, cell: (row) => score(row.previous) },
              { header: quarter.label, numeric: true, cell: (row) => score(row.engagement) },
              { header: "Change", numeric: true, cell: (row) => <ScoreChange value={row.change} /> },
            ]}
          />
          {movers.length > shown.length && <Note>{count(movers.length - shown.length)} more managers are in the XLSX and CSV exports.</Note>}
        </div>
      )}
    </Widget>
  );
}
