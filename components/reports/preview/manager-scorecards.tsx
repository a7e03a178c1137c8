import { Empty, Widget } from "@/components/dashboard/widget";
import { count, NONE, percent, score } from "@/lib/format/figures";
import type { ReportScorecard, ReportSnapshotData } from "@/lib/reports/types";
import { type Column, FIRST_ROWS, Note, TableWithRest } from "./data-table";
import { SECTIONS } from "./sections";

// Every manager of the report's scope rolled up the tree: the snapshot lists parents before
// their children, so each row is indented by its depth under the manager it reports to. The
// risks column shows only when the report holds risk data.

const note = "block text-xs font-normal text-slate-600";

function columns(rows: ReportScorecard[], includesRisks: boolean): Array<Column<ReportScorecard>> {
  const names = new Map(rows.map((row) => [row.person.id, row.person.name]));
  const list: Array<Column<ReportScorecard>> = [
    {
      header: "Manager",
      rowHeader: true,
      style: (row) => ({ paddingLeft: `${0.5 + row.depth * 1.25}rem` }),
      cell: (row) => {
        const parent = row.parentId === null ? undefined : names.get(row.parentId);
        return (
          <span className="block min-w-40">
            {row.person.name}
            {parent !== undefined && <span className="sr-only">, reporting to {parent}</span>}
            {row.title && <span className={note}>{row.title}</span>}
          </span>
        );
      },
    },
    { header: "People", numeric: true, cell: (row) => count(row.headcount) },
    { header: "Managers below", numeric: true, cell: (row) => count(row.managersBelow) },
    {
      header: "Check-ins on time",
      numeric: true,
      cell: (row) => (
        <>
          {percent(row.coverage.rate)}
          <span className={note}>{count(row.coverage.onTime)} of {count(row.coverage.due)}</span>
        </>
      ),
    },
    { header: "Engagement", numeric: true, cell: (row) => score(row.engagement) },
    { header: "Attrition", numeric: true, cell: (row) => percent(row.attrition.attrition) },
    {
      header: "Regrettable attrition",
      numeric: true,
      cell: (row) => (
        <>
          {percent(row.attrition.regrettableAttrition)}
          <span className={note}>{count(row.attrition.regrettable)} {row.attrition.regrettable === 1 ? "departure" : "departures"}</span>
        </>
      ),
    },
    {
      header: "Promotions",
      numeric: true,
      cell: (row) => (
        <>
          {count(row.promotions)}
          <span className={note}>{percent(row.promotionRate)} a year</span>
        </>
      ),
    },
  ];
  if (includesRisks) {
    list.push({
      header: "Risks, mitigation overdue",
      numeric: true,
      cell: (row) => (row.risksOverdueMitigation === null ? NONE : count(row.risksOverdueMitigation)),
    });
  }
  return list;
}

export function ManagerScorecards({ data }: { data: ReportSnapshotData }) {
  const rows = data.scorecards;
  return (
    <Widget id={SECTIONS.scorecards.id} title={SECTIONS.scorecards.title} intro={`${data.quarter.label}. Each row counts everyone below that manager.`}>
      {rows.length === 0 ? (
        <Empty>No managers in this report&apos;s scope.</Empty>
      ) : (
        <div className="space-y-3">
          <TableWithRest<ReportScorecard>
            id="report-scorecards-table"
            what="managers"
            caption={
              rows.length > FIRST_ROWS
                ? `The first ${FIRST_ROWS} of ${count(rows.length)} managers, from the top of the scope down the tree`
                : `All ${count(rows.length)} managers, from the top of the scope down the tree`
            }
            rows={rows}
            rowKey={(row) => row.person.id}
            columns={columns(rows, data.includesRisks)}
          />
          <Note>
            Rows are indented under the manager they report to. Check-ins on time: done on time ÷ due. Engagement: the engagement index
            (1–5). Attrition and promotion rates are annualised over the average headcount.
          </Note>
        </div>
      )}
    </Widget>
  );
}
