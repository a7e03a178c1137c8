import { Empty, Widget } from "@/components/dashboard/widget";
import { count, NONE } from "@/lib/format/figures";
import { KIND_LABELS, SKILL_KINDS, SKILL_STATUSES, STATUS_LABELS } from "@/lib/skills/schemas";
import type { ReportSnapshotData } from "@/lib/reports/types";
import { DataTable, TableWithRest, FIRST_ROWS } from "./data-table";
import { SECTIONS } from "./sections";

// The skills pillar: learning items and experiments under way in the quarter, counted by kind
// and status, then listed experiments first, running ones before finished, newest first.

type Skills = ReportSnapshotData["skills"];
type Item = Skills["items"][number];

const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

// Kinds and statuses in the app's order; any a newer app wrote that this one does not know, after them.
const ordered = (known: readonly string[], present: string[]) => [...known.filter((key) => present.includes(key)), ...present.filter((key) => !known.includes(key))];

const STATUS_ORDER: Record<string, number> = { ACTIVE: 0, COMPLETED: 1, PLANNED: 2, STOPPED: 3 };
const byInterest = (a: Item, b: Item) =>
  Number(a.kind !== "EXPERIMENT") - Number(b.kind !== "EXPERIMENT") ||
  (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
  (b.startedOn ?? "").localeCompare(a.startedOn ?? "") ||
  a.id - b.id;

function CountsTable({ counts }: { counts: Skills["counts"] }) {
  const kinds = ordered(SKILL_KINDS, [...new Set(counts.map((row) => row.kind))]);
  const statuses = ordered(SKILL_STATUSES, [...new Set(counts.map((row) => row.status))]);
  const n = (kind: string, status?: string) =>
    counts.filter((row) => row.kind === kind && (status === undefined || row.status === status)).reduce((sum, row) => sum + row.count, 0);
  return (
    <DataTable<string>
      id="report-skills-counts"
      caption="Items by kind and status"
      rows={kinds}
      rowKey={(kind) => kind}
      columns={[
        { header: "Kind", rowHeader: true, cell: (kind) => labelOf(KIND_LABELS, kind) },
        ...statuses.map((status) => ({ header: labelOf(STATUS_LABELS, status), numeric: true, cell: (kind: string) => count(n(kind, status)) })),
        { header: "Total", numeric: true, cell: (kind) => count(n(kind)) },
      ]}
    />
  );
}

export function SkillsExperiments({ data }: { data: ReportSnapshotData }) {
  const { counts, items } = data.skills;
  const listed = [...items].sort(byInterest);
  return (
    <Widget id={SECTIONS.skills.id} title={SECTIONS.skills.title} intro={`Learning and experiments under way in ${data.quarter.label}.`}>
      {counts.length === 0 && items.length === 0 ? (
        <Empty>No learning or experiments were recorded in this report&apos;s scope this quarter.</Empty>
      ) : (
        <div className="space-y-6">
          <CountsTable counts={counts} />
          {listed.length > 0 && (
            <TableWithRest<Item>
              id="report-skills-items"
              what="items"
              caption={
                listed.length > FIRST_ROWS
                  ? `The first ${FIRST_ROWS} of ${count(listed.length)} items: experiments first, running ones before finished, newest first`
                  : "Experiments first, running ones before finished, newest first"
              }
              rows={listed}
              rowKey={(item) => item.id}
              columns={[
                { header: "Title", rowHeader: true, cell: (item) => <span className="block min-w-48">{item.title}</span> },
                { header: "Kind", cell: (item) => labelOf(KIND_LABELS, item.kind) },
                { header: "Status", cell: (item) => labelOf(STATUS_LABELS, item.status) },
                { header: "About", cell: (item) => item.about },
                { header: "Started", cell: (item) => <span className="whitespace-nowrap">{item.startedOn ?? NONE}</span> },
                { header: "Ended", cell: (item) => <span className="whitespace-nowrap">{item.endedOn ?? NONE}</span> },
                { header: "Outcome", cell: (item) => <span className="block min-w-64 whitespace-pre-line">{item.outcome ?? NONE}</span> },
              ]}
            />
          )}
        </div>
      )}
    </Widget>
  );
}
