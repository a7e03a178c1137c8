import Link from "next/link";
import type { SkillItemDetail } from "@/lib/skills/queries";
import { dateRange, Evidence, KindLabel, StatusBadge } from "./labels";

/** A person's items with their outcome and evidence, for their page and for "My growth". */
export function SkillItemList({ items, linked }: { items: SkillItemDetail[]; linked: boolean }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-200 p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <KindLabel kind={item.kind} />
            <StatusBadge status={item.status} />
          </div>
          <p className="mt-1 break-words font-medium">
            {linked ? <Link href={`/skills/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">{item.title}</Link> : item.title}
          </p>
          {dateRange(item) && <p className="text-xs text-slate-600">{dateRange(item)}</p>}
          {item.description && <p className="mt-1 whitespace-pre-wrap break-words text-sm">{item.description}</p>}
          {(item.outcome || item.evidence) && (
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
              {item.outcome && <><dt className="font-medium text-slate-700">Outcome</dt><dd className="whitespace-pre-wrap break-words">{item.outcome}</dd></>}
              {item.evidence && <><dt className="font-medium text-slate-700">Evidence</dt><dd><Evidence evidence={item.evidence} /></dd></>}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
