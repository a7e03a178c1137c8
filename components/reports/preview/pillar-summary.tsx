import { Widget } from "@/components/dashboard/widget";
import { count, score } from "@/lib/format/figures";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { DataTable, Note } from "./data-table";
import { ScoreChange } from "./score-change";
import { SECTIONS } from "./sections";

// The four pillar scores and the engagement index, this quarter against the one before.

type Row = { key: string; label: string; score: number | null; previous: number | null; change: number | null };

export function PillarSummary({ data }: { data: ReportSnapshotData }) {
  const { pillars, quarter, previous } = data;
  const rows: Row[] = [
    ...pillars.cards.map((card) => ({ key: card.pillar, label: PILLAR_LABEL[card.pillar], score: card.score, previous: card.previous, change: card.change })),
    { key: "INDEX", label: "Engagement index", ...pillars.engagementIndex },
  ];
  return (
    <Widget id={SECTIONS.pillars.id} title={SECTIONS.pillars.title} intro={`Scores from 1 to 5, ${quarter.label} against ${previous.label}.`}>
      <div className="space-y-3">
        <DataTable<Row>
          id="report-pillars-table"
          caption={`Pillar scores and the engagement index, ${quarter.label} and ${previous.label}, with the change`}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { header: "Pillar", rowHeader: true, cell: (row) => row.label },
            { header: quarter.label, numeric: true, cell: (row) => score(row.score) },
            { header: previous.label, numeric: true, cell: (row) => score(row.previous) },
            { header: "Change", numeric: true, cell: (row) => <ScoreChange value={row.change} /> },
          ]}
        />
        <Note>
          {count(pillars.people.current)} people had a check-in in {quarter.label}, {count(pillars.people.previous)} in {previous.label}. A
          group&apos;s pillar score is the mean over its people; Quality also counts each team&apos;s DORA band. The engagement index is the
          mean of psychological safety, autonomy and trust.
        </Note>
      </div>
    </Widget>
  );
}
