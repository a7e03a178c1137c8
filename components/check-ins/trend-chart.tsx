import { TREND_SERIES, type TrendPoint, type TrendSeries } from "@/lib/metrics/check-in-trend";

export const SERIES_LABEL: Record<TrendSeries, string> = {
  QUALITY: "Quality", ENGAGEMENT: "Engagement", GROWTH: "Growth", SKILLS: "Skills", ENGAGEMENT_INDEX: "Engagement index",
};
const COLOUR: Record<TrendSeries, string> = { QUALITY: "#2563eb", ENGAGEMENT: "#db2777", GROWTH: "#059669", SKILLS: "#b45309", ENGAGEMENT_INDEX: "#0f172a" };
const DASH: Partial<Record<TrendSeries, string>> = { ENGAGEMENT_INDEX: "5 3" };

const W = 640;
const H = 220;
const PAD = { left: 28, right: 12, top: 10, bottom: 26 };

/**
 * Pillar scores and the engagement index over a person's check-ins (1–5), as lines; the table
 * below carries the same figures for screen readers and for anyone who would rather read.
 */
export function TrendChart({ points }: { points: Array<{ date: string; point: TrendPoint }> }) {
  if (points.length === 0) return null;
  const x = (i: number) => PAD.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((5 - v) / 4) * (H - PAD.top - PAD.bottom);
  const labelEvery = Math.max(1, Math.ceil(points.length / 6));
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm font-semibold">Scores per check-in (1–5)</figcaption>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-hidden="true">
        {TREND_SERIES.map((series) => (
          <li key={series} className="flex items-center gap-1">
            <svg width="18" height="6"><line x1="0" x2="18" y1="3" y2="3" stroke={COLOUR[series]} strokeWidth="2.5" strokeDasharray={DASH[series]} /></svg>
            {SERIES_LABEL[series]}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full" role="img" aria-label="Line chart of the scores; the table below lists them">
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={PAD.left - 8} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#475569">{v}</text>
          </g>
        ))}
        {points.map((p, i) => (i % labelEvery === 0 || i === points.length - 1) && (
          <text key={i} x={x(i)} y={H - 6} fontSize="10" textAnchor={points.length > 1 && i === points.length - 1 ? "end" : i === 0 && points.length > 1 ? "start" : "middle"} fill="#475569">{p.date.slice(5)}</text>
        ))}
        {TREND_SERIES.map((series) => {
          const coords = points.flatMap((p, i) => (p.point[series] === null ? [] : [`${x(i)},${y(p.point[series]!)}`]));
          return (
            <g key={series}>
              <polyline points={coords.join(" ")} fill="none" stroke={COLOUR[series]} strokeWidth="2" strokeDasharray={DASH[series]} />
              {coords.map((c) => { const [cx, cy] = c.split(","); return <circle key={c} cx={cx} cy={cy} r="2.5" fill={COLOUR[series]} />; })}
            </g>
          );
        })}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Show the figures as a table</summary>
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="Scores per check-in">
          <table className="min-w-full text-left">
            <caption className="sr-only">Scores per check-in</caption>
            <thead><tr><th scope="col" className="pr-3">Date</th>{TREND_SERIES.map((s) => <th key={s} scope="col" className="pr-3">{SERIES_LABEL[s]}</th>)}</tr></thead>
            <tbody>
              {points.map((p, i) => (
                <tr key={i}>
                  <th scope="row" className="pr-3 font-normal">{p.date}</th>
                  {TREND_SERIES.map((s) => <td key={s} className="pr-3">{p.point[s] === null ? "—" : p.point[s]!.toFixed(s === "ENGAGEMENT_INDEX" ? 2 : 0)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
