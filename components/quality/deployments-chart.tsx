import type { TeamMonthRow } from "@/lib/quality/queries";
import { addMonthsTo } from "@/lib/quality/schemas";

// Deployments per month as bars, one slot per month of the period (an empty slot: no figures).
// Decoration only: the months table beside it carries every figure for screen readers.

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 20;

export function DeploymentsChart({ from, to, months }: { from: string; to: string; months: TeamMonthRow[] }) {
  const slots: string[] = [];
  for (let month = from; month <= to; month = addMonthsTo(month, 1)) slots.push(month);
  const byMonth = new Map(months.map((row) => [row.month, row]));
  const max = Math.max(1, ...months.map((row) => row.deployments));
  const slot = WIDTH / slots.length;
  return (
    <figure className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <figcaption className="text-lg font-semibold">Deployments per month</figcaption>
      <p className="text-xs text-slate-600">Highest month: {max.toLocaleString("en")}. The table below lists every month&apos;s figures.</p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} className="mt-3 h-auto w-full" aria-hidden="true" focusable="false">
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300" />
        {slots.map((month, index) => {
          const row = byMonth.get(month);
          const height = row ? Math.max(row.deployments > 0 ? 2 : 0, (row.deployments / max) * (HEIGHT - 10)) : 0;
          return (
            <g key={month}>
              {row && <rect x={index * slot + slot * 0.15} width={slot * 0.7} y={HEIGHT - height} height={height} rx={2} className="fill-brand-600" />}
              <text x={index * slot + slot / 2} y={HEIGHT + 14} textAnchor="middle" className="fill-slate-600 text-[11px]">{month.slice(5)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
