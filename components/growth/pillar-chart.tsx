import { PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";

const SHORT: Record<PillarKey, string> = { QUALITY: "Quality", ENGAGEMENT: "Engagement", GROWTH: "Growth", SKILLS: "Skills" };
import type { GroupSummary } from "@/lib/metrics/gaps";

const COLOUR: Record<string, string> = { QUALITY: "#2563eb", ENGAGEMENT: "#db2777", GROWTH: "#059669", SKILLS: "#d97706" };
const DOMAIN_LABEL: Record<string, string> = {
  ENGINEERING: "Engineering", PEOPLE: "People", DELIVERY: "Delivery", STRATEGY: "Strategy", FINANCE: "Finance", PRODUCT: "Product", M_AND_A: "M&A",
};

type Row = { key: string; label: string; summary: GroupSummary; colour: string };

/** Mean rating (1–5) per group as horizontal bars, with the same figures as a table for screen readers and for reading. */
function BarChart({ title, rows }: { title: string; rows: Row[] }) {
  const rowHeight = 28;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 400 ${rows.length * rowHeight}`} className="w-full max-w-xl" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((tick) => (
          <line key={tick} x1={130 + (tick / 5) * 260} x2={130 + (tick / 5) * 260} y1={0} y2={rows.length * rowHeight} stroke={tick === 3 ? "#94a3b8" : "#e2e8f0"} strokeDasharray={tick === 3 ? "4 3" : undefined} />
        ))}
        {rows.map((row, index) => (
          <g key={row.key} transform={`translate(0 ${index * rowHeight})`}>
            <text x={0} y={18} fontSize={12} fill="#334155">{row.label}</text>
            <rect x={130} y={6} height={16} rx={3} width={((row.summary.mean ?? 0) / 5) * 260} fill={row.colour} />
            <text x={134 + ((row.summary.mean ?? 0) / 5) * 260} y={18} fontSize={11} fill="#0f172a">{row.summary.mean === null ? "–" : row.summary.mean.toFixed(1)}</text>
          </g>
        ))}
      </svg>
      <table className="text-sm">
        <caption className="sr-only">{title} as a table</caption>
        <thead><tr><th scope="col" className="pr-4 text-left">Group</th><th scope="col" className="pr-4 text-left">Mean</th><th scope="col" className="pr-4 text-left">Gaps at level</th><th scope="col" className="text-left">Gaps for next level</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="pr-4 text-left font-normal">{row.label}</th>
              <td className="pr-4">{row.summary.mean === null ? "–" : row.summary.mean.toFixed(2)}</td>
              <td className="pr-4">{row.summary.gaps} of {row.summary.total}</td>
              <td>{row.summary.nextLevelGaps} of {row.summary.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function GapCharts({ byPillar, byDomain }: { byPillar: Partial<Record<string, GroupSummary>>; byDomain: Partial<Record<string, GroupSummary>> }) {
  const pillars = PILLARS.filter((p) => byPillar[p]).map((p) => ({ key: p, label: SHORT[p], summary: byPillar[p]!, colour: COLOUR[p]! }));
  const domains = Object.entries(byDomain).map(([key, summary]) => ({ key, label: DOMAIN_LABEL[key] ?? key, summary: summary!, colour: "#475569" }));
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <BarChart title="Mean rating by pillar (3 = meets the level)" rows={pillars} />
      <BarChart title="Mean rating by domain" rows={domains} />
    </div>
  );
}
