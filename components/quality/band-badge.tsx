import type { DoraBand } from "@/lib/metrics/dora";
import { BAND_LABEL } from "@/lib/metrics/dora";

// A DORA band as a word on a tinted badge: the colour only repeats what the word says.

const STYLE: Record<DoraBand, string> = {
  ELITE: "bg-green-100 text-green-900 ring-green-700/30",
  HIGH: "bg-sky-100 text-sky-900 ring-sky-700/30",
  MEDIUM: "bg-amber-100 text-amber-900 ring-amber-700/30",
  LOW: "bg-red-100 text-red-900 ring-red-700/30",
};

export function BandBadge({ band }: { band: DoraBand | null }) {
  if (band === null) return <span className="text-sm text-slate-600">No data</span>;
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLE[band]}`}>{BAND_LABEL[band]}</span>;
}
