// Horizontal bars drawn with CSS. Each row prints its label and its figure, so the list reads
// the same to a screen reader (or in print) without the bars, which are hidden from it.

export type BarItem = { key: string | number; label: string; value: number; text: string };

/** `max` is the value of a full-width bar (by default the largest item's), so several lists can share one scale. */
export function BarList({ label, items, max = Math.max(1, ...items.map((item) => item.value)) }: { label: string; items: BarItem[]; max?: number }) {
  return (
    <ul aria-label={label} className="space-y-2">
      {items.map((item) => (
        <li key={item.key} className="text-sm">
          <div className="flex flex-wrap justify-between gap-x-3">
            <span className="text-slate-800">{item.label}</span>
            <span className="tabular-nums text-slate-700">{item.text}</span>
          </div>
          <div aria-hidden="true" className="mt-0.5 h-2.5 rounded bg-slate-100">
            <div className="h-2.5 rounded bg-brand-600" style={{ width: `${item.value <= 0 ? 0 : Math.max(1, Math.round((item.value / max) * 100))}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

