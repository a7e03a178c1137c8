import type { CompetencyDomain, FrameworkVersionStatus } from "@/lib/generated/prisma/enums";

export const DOMAIN_LABEL: Record<CompetencyDomain, string> = {
  ENGINEERING: "Engineering", PEOPLE: "People", DELIVERY: "Delivery", STRATEGY: "Strategy",
  FINANCE: "Finance", PRODUCT: "Product", M_AND_A: "M&A",
};

export const STATUS_LABEL: Record<FrameworkVersionStatus, string> = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" };

export const STATUS_STYLE: Record<FrameworkVersionStatus, string> = {
  DRAFT: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
  ARCHIVED: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status }: { status: FrameworkVersionStatus }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>{STATUS_LABEL[status]}</span>;
}
