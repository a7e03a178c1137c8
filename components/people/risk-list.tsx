import { formatDate } from "@/lib/dates";

type Risk = {
  id: number;
  level: string;
  factors: string[];
  regrettable: boolean;
  notes: string | null;
  status: string;
  nextReviewDate: Date;
  mitigations: Array<{ id: number; action: string; dueDate: Date; status: string; owner: { name: string } }>;
};

const LEVEL_STYLE: Record<string, string> = {
  LOW: "bg-slate-100 text-slate-800",
  MEDIUM: "bg-amber-100 text-amber-900",
  HIGH: "bg-orange-100 text-orange-900",
  CRITICAL: "bg-red-100 text-red-900",
};

const words = (value: string) => value.replaceAll("_", " ").toLowerCase();

/** Retention risks about one person (only rendered for those allowed to see them). */
export function RiskList({ risks }: { risks: Risk[] }) {
  return (
    <section aria-labelledby="risks-heading" className="rounded-lg bg-white p-6 shadow-sm">
      <h2 id="risks-heading" className="text-lg font-semibold">Retention risks</h2>
      <p className="text-xs text-slate-500">Confidential: visible to this person&apos;s management chain, HR and the VPE only.</p>
      <ul className="mt-4 space-y-4">
        {risks.map((risk) => (
          <li key={risk.id} className="rounded border border-slate-200 p-4">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className={`rounded px-2 py-0.5 font-semibold ${LEVEL_STYLE[risk.level] ?? ""}`}>{words(risk.level)}</span>
              <span>{risk.factors.map(words).join(", ")}</span>
              <span className="text-slate-600">· {risk.regrettable ? "regrettable" : "not regrettable"} · {words(risk.status)}</span>
              <span className="text-slate-600">· review {formatDate(risk.nextReviewDate)}</span>
            </p>
            {risk.notes && <p className="mt-2 text-sm">{risk.notes}</p>}
            {risk.mitigations.length > 0 && (
              <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
                {risk.mitigations.map((m) => (
                  <li key={m.id}>{m.action} — {m.owner.name}, due {formatDate(m.dueDate)} ({words(m.status)})</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
