import type { LevelHistoryEntry } from "@/lib/levels/queries";

const REASON: Record<string, string> = { HIRE: "hired", PROMOTION: "promoted", CALIBRATION: "calibrated", TRACK_CHANGE: "changed track" };

/** Level assignments, newest first, with how long each lasted. */
export function LevelTimeline({ history, daysInCurrent }: { history: LevelHistoryEntry[]; daysInCurrent: number | null }) {
  if (history.length === 0) return <p className="text-sm text-slate-600">No level recorded yet.</p>;
  return (
    <ol className="space-y-2 text-sm">
      {history.map((entry, index) => (
        <li key={entry.id} className="flex flex-wrap gap-x-2">
          <span className="font-semibold">{entry.levelCode} · {entry.levelName}</span>
          <span className="text-slate-600">({entry.trackName})</span>
          <span>{REASON[entry.reason] ?? entry.reason.toLowerCase()} {entry.effectiveFrom}{entry.effectiveTo ? ` – ${entry.effectiveTo}` : ""}</span>
          {index === 0 && !entry.effectiveTo && daysInCurrent !== null && <span className="text-slate-600">· {daysInCurrent} days in level</span>}
          {entry.note && <span className="w-full text-slate-600">{entry.note}</span>}
        </li>
      ))}
    </ol>
  );
}
