import Link from "next/link";
import { factorText, LevelBadge } from "@/components/risks/labels";
import { formatDate } from "@/lib/dates";
import type { MitigationStatus, RiskFactor, RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { MITIGATION_STATUS_LABELS, STATUS_LABELS } from "@/lib/risks/schemas";

type Risk = {
  id: number;
  level: RiskLevel;
  factors: RiskFactor[];
  regrettable: boolean;
  notes: string | null;
  status: RiskStatus;
  nextReviewDate: Date | string;
  mitigations: Array<{ id: number; action: string; dueDate: Date | string; status: MitigationStatus; owner: { name: string } }>;
};

const day = (value: Date | string) => (typeof value === "string" ? value.slice(0, 10) : formatDate(value));

/** Retention risks about one person (only rendered for those allowed to see them), each linking to its page. */
export function RiskList({ risks }: { risks: Risk[] }) {
  if (risks.length === 0) return <p className="text-sm text-slate-600">No retention risks recorded.</p>;
  return (
    <ul className="space-y-4">
      {risks.map((risk) => (
        <li key={risk.id} className="rounded border border-slate-200 p-4">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <LevelBadge level={risk.level} />
            <span>{factorText(risk.factors)}</span>
            <span className="text-slate-600">· {risk.regrettable ? "regrettable" : "not regrettable"} · {STATUS_LABELS[risk.status]}</span>
            <span className="text-slate-600">· review {day(risk.nextReviewDate)}</span>
            <Link href={`/risks/${risk.id}`} className="text-brand-700 underline">Open<span className="sr-only"> this risk</span></Link>
          </p>
          {risk.notes && <p className="mt-2 whitespace-pre-wrap break-words text-sm">{risk.notes}</p>}
          {risk.mitigations.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
              {risk.mitigations.map((m) => (
                <li key={m.id}>{m.action} — {m.owner.name}, due {day(m.dueDate)} ({MITIGATION_STATUS_LABELS[m.status].toLowerCase()})</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
