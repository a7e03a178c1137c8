import { Empty, Widget } from "@/components/dashboard/widget";
import { count, percent, byName } from "@/lib/format/figures";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { FIRST_ROWS, TableWithRest } from "./data-table";
import { lowestFirst } from "./order";
import { SECTIONS } from "./sections";

// Check-ins done on time ÷ due in the quarter: overall, then every manager with check-ins due,
// lowest coverage first.

type Row = ReportSnapshotData["coverage"]["managers"][number];

const lowestCoverageFirst = (a: Row, b: Row) => lowestFirst(a.rate, b.rate) || b.due - a.due || byName(a.manager.name, b.manager.name);

export function CheckInCoverage({ data }: { data: ReportSnapshotData }) {
  const { total, managers } = data.coverage;
  const rows = [...managers].sort(lowestCoverageFirst);
  return (
    <Widget id={SECTIONS.coverage.id} title={SECTIONS.coverage.title} intro={`${data.quarter.label}, counted to ${data.asOf}.`}>
      <div className="space-y-4">
        {total.due === 0 ? (
          <Empty>No check-ins were due in this report&apos;s scope this quarter.</Empty>
        ) : (
          <p className="text-sm">
            <span className="text-2xl font-bold tabular-nums">{percent(total.rate)}</span> of check-ins due were done on time:{" "}
            {count(total.onTime)} of {count(total.due)}.
          </p>
        )}
        {rows.length > 0 && (
          <TableWithRest<Row>
            id="report-coverage-table"
            what="managers"
            caption={
              rows.length > FIRST_ROWS
                ? `The ${FIRST_ROWS} managers lowest on coverage, of ${count(rows.length)} with check-ins due`
                : `All ${count(rows.length)} managers with check-ins due, lowest coverage first`
            }
            rows={rows}
            rowKey={(row) => row.manager.id}
            columns={[
              { header: "Manager", rowHeader: true, cell: (row) => row.manager.name },
              { header: "Due", numeric: true, cell: (row) => count(row.due) },
              { header: "On time", numeric: true, cell: (row) => count(row.onTime) },
              { header: "Coverage", numeric: true, cell: (row) => percent(row.rate) },
            ]}
          />
        )}
      </div>
    </Widget>
  );
}
