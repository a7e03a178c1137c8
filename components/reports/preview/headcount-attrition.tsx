import { Widget } from "@/components/dashboard/widget";
import { count, percent } from "@/lib/format/figures";
import type { Attrition } from "@/lib/dashboard/types";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { DataTable, Note } from "./data-table";
import { SECTIONS } from "./sections";

// Headcount, departures and annualised attrition, this quarter against the one before.

type Row = { label: string; value: (a: Attrition) => string };

const ROWS: Row[] = [
  { label: "Headcount at the start", value: (a) => count(a.headcountStart) },
  { label: "Headcount at the end", value: (a) => count(a.headcountEnd) },
  { label: "Departures", value: (a) => count(a.departures) },
  { label: "Regrettable departures", value: (a) => count(a.regrettable) },
  { label: "Voluntary departures", value: (a) => count(a.voluntary) },
  { label: "Attrition", value: (a) => percent(a.attrition) },
  { label: "Regrettable attrition", value: (a) => percent(a.regrettableAttrition) },
  { label: "Voluntary attrition", value: (a) => percent(a.voluntaryAttrition) },
];

export function HeadcountAttrition({ data }: { data: ReportSnapshotData }) {
  const { quarter, previous, attrition } = data;
  return (
    <Widget id={SECTIONS.attrition.id} title={SECTIONS.attrition.title} intro={`${quarter.label} against ${previous.label}.`}>
      <div className="space-y-3">
        <DataTable<Row>
          id="report-attrition-table"
          caption={`Headcount, departures and annualised attrition, ${quarter.label} and ${previous.label}`}
          rows={ROWS}
          rowKey={(row) => row.label}
          columns={[
            { header: "Figure", rowHeader: true, cell: (row) => row.label },
            { header: quarter.label, numeric: true, cell: (row) => row.value(attrition.current) },
            { header: previous.label, numeric: true, cell: (row) => row.value(attrition.before) },
          ]}
        />
        <Note>Attrition: departures in the quarter ÷ average headcount (the mean of start and end), annualised. — means nobody was in headcount.</Note>
      </div>
    </Widget>
  );
}
