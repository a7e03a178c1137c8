import { Text, View } from "@react-pdf/renderer";
import { NONE, count } from "@/lib/format/figures";
import { FACTOR_LABELS, LEVEL_LABELS } from "@/lib/risks/schemas";
import { Empty, MoreInXlsx, Table, s } from "./pdf-kit";
import type { ReportSnapshotData } from "./types";

// The top retention risks. Only rendered when the snapshot holds risk data (its maker may read
// risks); the snapshot never holds risk notes, so none can reach the PDF.

type Risk = ReportSnapshotData["risks"][number];

export const RISKS_MAX = 50;

const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

function mitigations(risk: Risk): string {
  if (risk.openMitigations === 0) return "None open";
  return `${count(risk.openMitigations)} open${risk.overdueMitigations > 0 ? `, ${count(risk.overdueMitigations)} overdue` : ""}`;
}

export function RisksChapter({ data }: { data: ReportSnapshotData }) {
  const shown = data.risks.slice(0, RISKS_MAX);
  const critical = data.risks.filter((risk) => risk.level === "CRITICAL").length;
  return (
    <View>
      <Text style={s.chapter}>Top retention risks</Text>
      {shown.length === 0 ? (
        <Empty>No risks rated high or critical.</Empty>
      ) : (
        <>
          <Text style={{ marginBottom: 6 }}>
            {`${count(data.risks.length)} open risks rated high or critical (${count(critical)} critical), highest first. ` +
              `${count(data.risks.filter((risk) => risk.regrettable).length)} would be regrettable departures.`}
          </Text>
          <Table<Risk>
            rows={shown}
            strong={(risk) => risk.level === "CRITICAL"}
            columns={[
              { header: "Person", width: 2.6, value: (risk) => risk.person.name },
              { header: "Title", width: 2.6, value: (risk) => risk.title ?? NONE },
              { header: "Manager", width: 2.4, value: (risk) => risk.manager?.name ?? NONE },
              { header: "Level", width: 1.2, value: (risk) => labelOf(LEVEL_LABELS, risk.level) },
              { header: "Regrettable", width: 1.3, value: (risk) => (risk.regrettable ? "Yes" : "No") },
              { header: "Factors", width: 3.2, value: (risk) => risk.factors.map((factor) => labelOf(FACTOR_LABELS, factor)).join(", ") || NONE },
              { header: "Next review", width: 1.6, value: (risk) => risk.nextReviewDate },
              { header: "Mitigations", width: 1.9, value: mitigations },
            ]}
          />
          <MoreInXlsx shown={shown.length} total={data.risks.length} what="risks" />
        </>
      )}
    </View>
  );
}
