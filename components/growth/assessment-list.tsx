import Link from "next/link";
import { formatDate } from "@/lib/dates";

type Item = { id: number; kind: string; date: Date; status: string; promotionReadiness: string | null; assessor: { name: string }; level: { code: string } };

const READINESS: Record<string, string> = { NOT_YET: "not yet ready", WITHIN_6_12_MONTHS: "ready within 6–12 months", READY: "ready for promotion" };
const STATUS_STYLE: Record<string, string> = { DRAFT: "bg-slate-100", SUBMITTED: "bg-amber-100 text-amber-900", SHARED: "bg-green-100 text-green-900" };

export function AssessmentList({ items, empty }: { items: Item[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
          <Link href={`/assessments/${item.id}`} className="font-medium text-brand-700 hover:underline">
            {item.kind === "SELF" ? "Self-assessment" : `Assessment by ${item.assessor.name}`}, {formatDate(item.date)}
          </Link>
          <span className="text-slate-600">at {item.level.code}</span>
          <span className={`rounded px-2 text-xs font-semibold ${STATUS_STYLE[item.status] ?? ""}`}>{item.status.toLowerCase()}</span>
          {item.promotionReadiness && <span className="text-slate-600">{READINESS[item.promotionReadiness]}</span>}
        </li>
      ))}
    </ul>
  );
}
