import { Text } from "@react-pdf/renderer";
import { NONE, byName, count, orNone, percent } from "@/lib/format/figures";
import { hours, perWeek } from "@/lib/format/delivery";
import { BAND_LABEL, DORA_BANDS } from "@/lib/metrics/dora";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/skills/schemas";
import { BarChart, Empty, MoreInXlsx, Section, Table, clip, s } from "./pdf-kit";
import type { ReportSnapshotData } from "./types";

// Delivery (DORA bands per team, the teams in the LOW band) and the skills pillar's learning and
// experiments.

type Data = ReportSnapshotData;
type DoraTeam = Data["dora"][number];
type SkillItem = Data["skills"]["items"][number];

export const LOW_TEAMS_MAX = 20;
export const SKILL_ITEMS_MAX = 12;

const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;

export function DoraSection({ data }: { data: Data }) {
  const bands = [...DORA_BANDS].reverse().map((band) => ({ label: BAND_LABEL[band], n: data.dora.filter((team) => team.band === band).length }));
  bands.push({ label: "No data", n: data.dora.filter((team) => team.band === null).length });
  const low = data.dora.filter((team) => team.band === "LOW").sort((a, b) => byName(a.name, b.name));
  const max = Math.max(1, ...bands.map((band) => band.n));
  return (
    <Section title="Delivery: DORA bands per team">
      {data.dora.length === 0 ? (
        <Empty>No team reported flow metrics this quarter.</Empty>
      ) : (
        <>
          <BarChart max={max} bars={bands.map((band) => ({ label: band.label, value: band.n, text: `${count(band.n)} team${band.n === 1 ? "" : "s"}` }))} />
          <Text style={[s.bold, { marginTop: 6 }]}>Teams in the Low band</Text>
          {low.length === 0 ? (
            <Empty>No team is in the Low band.</Empty>
          ) : (
            <Table<DoraTeam>
              rows={low.slice(0, LOW_TEAMS_MAX)}
              columns={[
                { header: "Team", width: 4, value: (team) => team.name },
                { header: "Months", width: 1, align: "right", value: (team) => count(team.months) },
                { header: "Deployments", width: 1.8, align: "right", value: (team) => orNone(team.deployDaysPerWeek, perWeek) },
                { header: "Lead time", width: 1.4, align: "right", value: (team) => orNone(team.leadTimeHours, hours) },
                { header: "Change failure", width: 1.6, align: "right", value: (team) => percent(team.changeFailureRate) },
                { header: "Time to restore", width: 1.6, align: "right", value: (team) => orNone(team.timeToRestoreHours, hours) },
              ]}
            />
          )}
          <MoreInXlsx shown={Math.min(low.length, LOW_TEAMS_MAX)} total={low.length} what="teams in the Low band" />
        </>
      )}
    </Section>
  );
}

// Experiments first (the exec team asks about those), running ones before finished, newest first.
const STATUS_ORDER: Record<string, number> = { ACTIVE: 0, COMPLETED: 1, PLANNED: 2, STOPPED: 3 };
const byInterest = (a: SkillItem, b: SkillItem) =>
  Number(a.kind !== "EXPERIMENT") - Number(b.kind !== "EXPERIMENT") ||
  (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) ||
  (b.startedOn ?? "").localeCompare(a.startedOn ?? "");

export function SkillsSection({ data }: { data: Data }) {
  const { counts, items } = data.skills;
  const statuses = Object.keys(STATUS_LABELS).filter((status) => counts.some((row) => row.status === status));
  const kinds = [...new Set(counts.map((row) => row.kind))];
  const n = (kind: string, status?: string) =>
    counts.filter((row) => row.kind === kind && (status === undefined || row.status === status)).reduce((sum, row) => sum + row.count, 0);
  const listed = [...items].sort(byInterest).slice(0, SKILL_ITEMS_MAX);
  return (
    <Section title="Skills: learning and experiments">
      {kinds.length === 0 ? (
        <Empty>No learning or experiments were recorded this quarter.</Empty>
      ) : (
        <>
          <Table<string>
            rows={kinds}
            columns={[
              { header: "Kind", width: 2, value: (kind) => label(KIND_LABELS, kind) },
              ...statuses.map((status) => ({ header: label(STATUS_LABELS, status), width: 1, align: "right" as const, value: (kind: string) => count(n(kind, status)) })),
              { header: "Total", width: 1, align: "right", value: (kind) => count(n(kind)) },
            ]}
          />
          <Text style={[s.bold, { marginTop: 8 }]}>Experiments and learning, experiments and running items first</Text>
          <Table<SkillItem>
            rows={listed}
            columns={[
              { header: "Title", width: 3.2, value: (item) => clip(item.title, 70) },
              { header: "Kind", width: 1.3, value: (item) => label(KIND_LABELS, item.kind) },
              { header: "Status", width: 1.3, value: (item) => label(STATUS_LABELS, item.status) },
              { header: "About", width: 2, value: (item) => clip(item.about, 40) },
              { header: "Started", width: 1.5, value: (item) => item.startedOn ?? NONE },
              { header: "Outcome", width: 3.5, value: (item) => clip(item.outcome, 110) },
            ]}
          />
          <MoreInXlsx shown={listed.length} total={items.length} what="items" />
        </>
      )}
    </Section>
  );
}
