import { Text, View } from "@react-pdf/renderer";
import { NONE, count, percent, score, scoreChange, byName } from "@/lib/format/figures";
import { Empty, Section, Table, clip, s, type Column } from "./pdf-kit";
import type { ReportScorecard, ReportSnapshotData } from "./types";

// Managers: one scorecard table per director (the top rows of the scope) with the managers
// reporting to them, the weakest managers on engagement, and the biggest movers.

type Data = ReportSnapshotData;
type Mover = Data["movers"][number];

export const WEAKEST_MAX = 20;
export const MOVERS_MAX = 20;
const KEEP_TOGETHER = 20;

function scorecardColumns(includesRisks: boolean): Column<ReportScorecard>[] {
  const columns: Column<ReportScorecard>[] = [
    { header: "Manager", width: 3.2, value: (row) => row.person.name },
    { header: "Title", width: 3, value: (row) => clip(row.title, 40) },
    { header: "People", width: 1.1, align: "right", value: (row) => count(row.headcount) },
    { header: "Managers", width: 1.3, align: "right", value: (row) => count(row.managersBelow) },
    { header: "Check-ins on time", width: 1.8, align: "right", value: (row) => percent(row.coverage.rate) },
    { header: "Engagement", width: 1.5, align: "right", value: (row) => score(row.engagement) },
    { header: "Attrition", width: 1.4, align: "right", value: (row) => percent(row.attrition.attrition) },
    { header: "Regrettable", width: 1.5, align: "right", value: (row) => percent(row.attrition.regrettableAttrition) },
    { header: "Promotions", width: 1.4, align: "right", value: (row) => count(row.promotions) },
  ];
  if (includesRisks) {
    columns.push({
      header: "Risks, overdue mitigation",
      width: 2,
      align: "right",
      value: (row) => (row.risksOverdueMitigation === null ? NONE : count(row.risksOverdueMitigation)),
    });
  }
  return columns;
}

export function DirectorScorecards({ data }: { data: Data }) {
  const directors = data.scorecards.filter((row) => row.depth === 0);
  const columns = scorecardColumns(data.includesRisks);
  return (
    <View>
      <Text style={s.chapter}>Director scorecards</Text>
      <Text style={s.note}>
        Each table opens with the director&apos;s whole organisation (bold), then the managers reporting to them. Attrition is annualised;
        engagement is the engagement index (1–5). Deeper levels are in the XLSX export.
      </Text>
      {directors.length === 0 && <Empty>No managers in this report&apos;s scope.</Empty>}
      {directors.map((director) => {
        const rows = [director, ...data.scorecards.filter((row) => row.depth === 1 && row.parentId === director.person.id)];
        return (
          // A director's table moves to the next page whole unless it is longer than a page.
          <Section key={director.person.id} wrap={rows.length > KEEP_TOGETHER} title={director.title ? `${director.person.name}, ${director.title}` : director.person.name}>
            <Table<ReportScorecard> rows={rows} strong={(row) => row === director} columns={columns} />
          </Section>
        );
      })}
    </View>
  );
}

/** Each scorecard row's director: its depth-0 ancestor (rows come parents first). */
function directorsOf(rows: ReportScorecard[]): Map<number, string> {
  const top = new Map<number, string>();
  for (const row of rows) {
    top.set(row.person.id, row.depth === 0 || row.parentId === null ? row.person.name : (top.get(row.parentId) ?? NONE));
  }
  return top;
}

export function WeakestManagers({ data }: { data: Data }) {
  const directors = directorsOf(data.scorecards);
  const weakest = data.scorecards
    .filter((row) => row.engagement !== null)
    .sort((a, b) => (a.engagement ?? 0) - (b.engagement ?? 0) || byName(a.person.name, b.person.name))
    .slice(0, WEAKEST_MAX);
  return (
    <Section title={`The ${WEAKEST_MAX} managers lowest on engagement`}>
      {weakest.length === 0 ? (
        <Empty>No manager has an engagement score this quarter.</Empty>
      ) : (
        <Table<ReportScorecard>
          rows={weakest}
          columns={[
            { header: "Manager", width: 3, value: (row) => row.person.name },
            { header: "Title", width: 3, value: (row) => clip(row.title, 36) },
            { header: "Director", width: 2.8, value: (row) => (row.depth === 0 ? NONE : (directors.get(row.person.id) ?? NONE)) },
            { header: "People", width: 1, align: "right", value: (row) => count(row.headcount) },
            { header: "Engagement", width: 1.4, align: "right", value: (row) => score(row.engagement) },
            { header: "On time", width: 1.2, align: "right", value: (row) => percent(row.coverage.rate) },
          ]}
        />
      )}
    </Section>
  );
}

export function BiggestMovers({ data }: { data: Data }) {
  const movers = data.movers.slice(0, MOVERS_MAX);
  return (
    <Section title={`The ${MOVERS_MAX} biggest movers on engagement since ${data.previous.label}`}>
      {movers.length === 0 ? (
        <Empty>No manager&apos;s engagement can be compared with the quarter before.</Empty>
      ) : (
        <Table<Mover>
          rows={movers}
          columns={[
            { header: "Manager", width: 3, value: (row) => row.manager.name },
            { header: "Title", width: 3.4, value: (row) => clip(row.title, 40) },
            { header: data.previous.label, width: 1.6, align: "right", value: (row) => score(row.previous) },
            { header: data.quarter.label, width: 1.6, align: "right", value: (row) => score(row.engagement) },
            { header: "Change", width: 1.2, align: "right", value: (row) => scoreChange(row.change) },
          ]}
        />
      )}
    </Section>
  );
}
