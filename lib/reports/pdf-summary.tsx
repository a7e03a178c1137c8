import { Text, View } from "@react-pdf/renderer";
import { count, percent, score, scoreChange } from "@/lib/format/figures";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";
import type { Attrition } from "@/lib/dashboard/types";
import { BarChart, Section, Table, Tiles, s } from "./pdf-kit";
import type { ReportSnapshotData } from "./types";

// The first pages after the cover: headline figures, the four pillars, headcount and attrition.

type Data = ReportSnapshotData;

function headlines(data: Data) {
  const { current, before } = data.attrition;
  const index = data.pillars.engagementIndex;
  const tiles = [
    { label: "Headcount at the end of the quarter", value: count(current.headcountEnd), detail: `${count(current.headcountStart)} at its start` },
    { label: "Attrition (annualised)", value: percent(current.attrition), detail: `${percent(before.attrition)} the quarter before` },
    { label: "Engagement index (1–5)", value: score(index.score), detail: `${scoreChange(index.change)} vs ${data.previous.label}` },
    { label: "Check-ins on time", value: percent(data.coverage.total.rate), detail: `${count(data.coverage.total.onTime)} of ${count(data.coverage.total.due)} due` },
    { label: "Promotions", value: count(data.promotions.count), detail: `${percent(data.promotions.rate)} a year` },
  ];
  if (data.includesRisks) {
    const critical = data.risks.filter((risk) => risk.level === "CRITICAL").length;
    tiles.push({ label: "Open risks rated high or critical", value: count(data.risks.length), detail: `${count(critical)} critical` });
  } else {
    tiles.push({ label: "People with a check-in", value: count(data.pillars.people.current), detail: `${count(data.pillars.people.previous)} the quarter before` });
  }
  return tiles;
}

type PillarRow = { label: string; score: number | null; previous: number | null; change: number | null };

export function SummarySection({ data }: { data: Data }) {
  const rows: PillarRow[] = [
    ...data.pillars.cards.map((card) => ({ label: PILLAR_LABEL[card.pillar], score: card.score, previous: card.previous, change: card.change })),
    { label: "Engagement index", ...data.pillars.engagementIndex },
  ];
  return (
    <View>
      <Text style={s.chapter}>Summary</Text>
      <Tiles tiles={headlines(data)} />
      <Section title="The four pillars">
        <Table<PillarRow>
          rows={rows}
          strong={(row) => row.label === "Engagement index"}
          columns={[
            { header: "Pillar", width: 4, value: (row) => row.label },
            { header: data.quarter.label, width: 2, align: "right", value: (row) => score(row.score) },
            { header: data.previous.label, width: 2, align: "right", value: (row) => score(row.previous) },
            { header: "Change", width: 1.5, align: "right", value: (row) => scoreChange(row.change) },
          ]}
        />
        <BarChart min={1} max={5} bars={rows.map((row) => ({ label: row.label, value: row.score, previous: row.previous, text: score(row.score) }))} />
        <Text style={s.note}>
          {`Scores run from 1 to 5. ${count(data.pillars.people.current)} people had a check-in this quarter, ${count(data.pillars.people.previous)} the quarter before.`}
        </Text>
      </Section>
      <AttritionSection data={data} />
    </View>
  );
}

const ATTRITION_ROWS: Array<{ label: string; value: (a: Attrition) => string }> = [
  { label: "Headcount at the start", value: (a) => count(a.headcountStart) },
  { label: "Headcount at the end", value: (a) => count(a.headcountEnd) },
  { label: "Departures", value: (a) => count(a.departures) },
  { label: "Regrettable departures", value: (a) => count(a.regrettable) },
  { label: "Voluntary departures", value: (a) => count(a.voluntary) },
  { label: "Attrition (annualised)", value: (a) => percent(a.attrition) },
  { label: "Regrettable attrition (annualised)", value: (a) => percent(a.regrettableAttrition) },
  { label: "Voluntary attrition (annualised)", value: (a) => percent(a.voluntaryAttrition) },
];

function AttritionSection({ data }: { data: Data }) {
  const { current, before } = data.attrition;
  return (
    <Section title="Headcount and attrition">
      <Table
        rows={ATTRITION_ROWS}
        columns={[
          { header: "Figure", width: 4, value: (row) => row.label },
          { header: data.quarter.label, width: 2, align: "right", value: (row) => row.value(current) },
          { header: data.previous.label, width: 2, align: "right", value: (row) => row.value(before) },
        ]}
      />
    </Section>
  );
}
