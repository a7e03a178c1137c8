import { Empty, Widget } from "@/components/dashboard/widget";
import { count, NONE } from "@/lib/format/figures";
import { FACTOR_LABELS, LEVEL_LABELS } from "@/lib/risks/schemas";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { FIRST_ROWS, TableWithRest } from "./data-table";
import { SECTIONS } from "./sections";

// Open retention risks rated HIGH or CRITICAL, highest first (the snapshot's order). Only when
// the report holds risk data: otherwise one line says so, and nothing of `risks` is read, even if
// a snapshot carried some.

type Risk = ReportSnapshotData["risks"][number];

const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

function mitigations(risk: Risk): string {
  if (risk.openMitigations === 0) return "None open";
  return `${count(risk.openMitigations)} open${risk.overdueMitigations > 0 ? `, ${count(risk.overdueMitigations)} overdue` : ""}`;
}

function RiskTable({ risks }: { risks: Risk[] }) {
  const critical = risks.filter((risk) => risk.level === "CRITICAL").length;
  const regrettable = risks.filter((risk) => risk.regrettable).length;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        {count(risks.length)} open {risks.length === 1 ? "risk" : "risks"} rated high or critical ({count(critical)} critical);{" "}
        {regrettable === 1 ? "1 would be a regrettable departure" : `${count(regrettable)} would be regrettable departures`}.
      </p>
      <TableWithRest<Risk>
        id="report-risks-table"
        what="risks"
        caption={risks.length > FIRST_ROWS ? `The first ${FIRST_ROWS} of ${count(risks.length)} risks, highest first` : "Highest first"}
        rows={risks}
        rowKey={(risk) => risk.id}
        columns={[
          { header: "Person", rowHeader: true, cell: (risk) => risk.person.name },
          { header: "Title", cell: (risk) => risk.title ?? NONE },
          { header: "Manager", cell: (risk) => risk.manager?.name ?? NONE },
          { header: "Level", cell: (risk) => <span className={risk.level === "CRITICAL" ? "font-semibold text-red-800" : undefined}>{labelOf(LEVEL_LABELS, risk.level)}</span> },
          { header: "Regrettable", cell: (risk) => (risk.regrettable ? "Yes" : "No") },
          { header: "Factors", cell: (risk) => risk.factors.map((factor) => labelOf(FACTOR_LABELS, factor)).join(", ") || NONE },
          { header: "Next review", cell: (risk) => <span className="whitespace-nowrap">{risk.nextReviewDate}</span> },
          { header: "Mitigations", cell: (risk) => <span className="whitespace-nowrap">{mitigations(risk)}</span> },
        ]}
      />
    </div>
  );
}

export function RetentionRisks({ data }: { data: ReportSnapshotData }) {
  return (
    <Widget id={SECTIONS.risks.id} title={SECTIONS.risks.title}>
      {!data.includesRisks ? (
        <p className="text-sm text-slate-700">This report holds no risk data: its maker may not read retention risks.</p>
      ) : data.risks.length === 0 ? (
        <Empty>No open risks rated high or critical in this report&apos;s scope.</Empty>
      ) : (
        <RiskTable risks={data.risks} />
      )}
    </Widget>
  );
}
