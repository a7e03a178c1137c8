import Link from "next/link";
import { PEER_DEPARTURE_DAYS, RULE_LABELS, type RuleResult, type SignalLevel } from "@/lib/metrics/risk-signal";
import type { PersonRiskSignal } from "@/lib/risks/signal";

// The computed signal beside the manager's own risk call. It explains itself: every fired rule
// shows the evidence that fired it, the quiet rules stay one click away, and the thresholds in
// use are spelled out so nobody mistakes the signal for a judgement.

const LEVEL: Record<SignalLevel, { label: string; style: string; meaning: string }> = {
  NONE: { label: "None", style: "bg-slate-100 text-slate-800", meaning: "no rule fired" },
  WATCH: { label: "Watch", style: "bg-amber-100 text-amber-900", meaning: "one rule fired" },
  ELEVATED: { label: "Elevated", style: "bg-red-100 text-red-900", meaning: "two or more rules fired" },
};

function RuleItem({ result }: { result: RuleResult }) {
  return (
    <li className="rounded border border-slate-200 p-3">
      <p className="font-semibold">{RULE_LABELS[result.rule]}</p>
      <p className="mt-1 text-slate-700">{result.summary}</p>
      {result.evidence.length > 0 && (
        <ul aria-label={`Evidence: ${RULE_LABELS[result.rule]}`} className="mt-2 list-disc space-y-1 pl-5">
          {result.evidence.map((item, i) => (
            <li key={`${item.href}-${i}`} className="break-words">
              <Link href={item.href} className="text-blue-700 underline hover:text-blue-900">{item.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Server component. `showSettingsLink`: true for admins, who may change the thresholds.
 * Render it only for those allowed to read risks about the person (riskSignalFor checks).
 */
export function RiskSignalPanel({ signal, showSettingsLink = false }: { signal: PersonRiskSignal; showSettingsLink?: boolean }) {
  const level = LEVEL[signal.level];
  const t = signal.thresholds;
  return (
    <section aria-labelledby="risk-signal-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="risk-signal-heading" className="text-lg font-semibold">Computed signal</h2>
      <p className="text-xs text-slate-600">
        Next to, never instead of, the manager&apos;s call. Computed from check-ins, levels, action items and departures on {signal.asOf}.
      </p>
      <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded px-2 py-0.5 font-semibold ${level.style}`}>Signal: {level.label}</span>
        <span className="text-slate-700">{level.meaning}</span>
      </p>

      {signal.fired.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Rules that fired</h3>
          <ul className="mt-2 space-y-3 text-sm">
            {signal.fired.map((result) => <RuleItem key={result.rule} result={result} />)}
          </ul>
        </div>
      )}

      {signal.checked.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-semibold">Checked, not fired ({signal.checked.length})</summary>
          <ul className="mt-2 space-y-3">
            {signal.checked.map((result) => <RuleItem key={result.rule} result={result} />)}
          </ul>
        </details>
      )}

      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-semibold">Thresholds in use</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          <li>Falling engagement: the mean engagement index of the last {t.engagementWindow} check-ins is {t.engagementDrop} points or more below that of the {t.engagementWindow} before.</li>
          <li>Ready for promotion: rated ready in the latest manager assessment and {t.readyTooLongDays} days or more in the same level.</li>
          <li>Missed check-ins: {t.missedCheckIns} or more due dates passed without a check-in since the last one.</li>
          <li>Overdue action items: {t.overdueActionItems} or more open items past their due date.</li>
          <li>Peers departing: {t.peerDepartures} or more people of the same team or under the same manager left in the last {PEER_DEPARTURE_DAYS} days.</li>
        </ul>
        {showSettingsLink && (
          <p className="mt-2">
            <Link href="/admin/settings" className="text-blue-700 underline hover:text-blue-900">Change the thresholds in settings</Link>
          </p>
        )}
      </details>
    </section>
  );
}
