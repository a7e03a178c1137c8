// The heatmap's colour scale: ColorBrewer's 8-class RdBu, a diverging palette that stays
// distinguishable with the common colour-vision deficiencies (red = low, blue = high). Each
// class carries the text colour that keeps the figure above 4.5:1 contrast (white on the two
// darkest ends, slate-900 elsewhere). The colour only repeats the number printed in the cell.

const CLASSES = [
  { from: 1, to: 1.5, className: "bg-[#b2182b] text-white" },
  { from: 1.5, to: 2, className: "bg-[#d6604d] text-slate-900" },
  { from: 2, to: 2.5, className: "bg-[#f4a582] text-slate-900" },
  { from: 2.5, to: 3, className: "bg-[#fddbc7] text-slate-900" },
  { from: 3, to: 3.5, className: "bg-[#d1e5f0] text-slate-900" },
  { from: 3.5, to: 4, className: "bg-[#92c5de] text-slate-900" },
  { from: 4, to: 4.5, className: "bg-[#4393c3] text-slate-900" },
  { from: 4.5, to: 5, className: "bg-[#2166ac] text-white" },
] as const;

const NO_SCORE = "bg-white text-slate-700";

/** Background and text classes for a 1–5 score (null: no score). */
export function scoreCellClass(value: number | null): string {
  if (value === null) return NO_SCORE;
  const index = Math.min(CLASSES.length - 1, Math.max(0, Math.floor((value - 1) / 0.5)));
  return CLASSES[index]?.className ?? NO_SCORE;
}

export function HeatmapLegend() {
  return (
    <div className="mt-3 text-xs text-slate-700">
      <p id="heatmap-legend" className="font-medium">Colour scale, 1 (red, low) to 5 (blue, high)</p>
      <ul aria-labelledby="heatmap-legend" className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
        {CLASSES.map((c) => (
          <li key={c.from} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ring-1 ring-slate-300 ${c.className}`} />
            {c.from.toFixed(1)}–{c.to === 5 ? "5.0" : `${c.to.toFixed(1)}`}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block h-3 w-5 rounded-sm ring-1 ring-slate-300 ${NO_SCORE}`} />
          — no score
        </li>
      </ul>
    </div>
  );
}
