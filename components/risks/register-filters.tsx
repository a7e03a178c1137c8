import Link from "next/link";
import type { TRegisterFilters } from "@/lib/risks/schemas";
import { FACTOR_LABELS, LEVEL_LABELS, RISK_FACTORS, RISK_LEVELS, RISK_STATUSES, STATUS_LABELS } from "@/lib/risks/schemas";

// A plain GET form: the filters live in the URL, so a filtered register can be bookmarked and
// works without JavaScript.

const control = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-brand-600";

export function RegisterFilters({ filters }: { filters: TRegisterFilters }) {
  return (
    <form method="get" action="/risks" role="search" aria-label="Filter risks" className="grid grid-cols-1 gap-3 rounded-lg bg-white p-4 shadow-sm min-[390px]:grid-cols-2 md:grid-cols-7 md:items-end">
      <div className="md:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-medium">Name</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className={control} />
      </div>
      <Select id="level" label="Level" value={filters.level} options={RISK_LEVELS.map((v) => [v, LEVEL_LABELS[v]])} />
      <Select id="status" label="Status" value={filters.status} all="Open and monitoring" options={RISK_STATUSES.map((v) => [v, STATUS_LABELS[v]])} />
      <Select id="factor" label="Factor" value={filters.factor} options={RISK_FACTORS.map((v) => [v, FACTOR_LABELS[v]])} />
      <Select id="regrettable" label="Regrettable" value={filters.regrettable} options={[["yes", "Yes"], ["no", "No"]]} />
      <Select id="mitigation" label="Mitigations" value={filters.mitigation} all="Any" options={[["overdue", "One overdue"]]} />
      {filters.managerId && <input type="hidden" name="managerId" value={filters.managerId} />}
      <div className="flex gap-3 md:col-span-7">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">Filter</button>
        <Link href="/risks" className="rounded px-4 py-2 text-sm text-brand-700 underline">Clear</Link>
      </div>
    </form>
  );
}

function Select({ id, label, value, options, all = "All" }: { id: string; label: string; value?: string; options: Array<[string, string]>; all?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${id}`} className="block text-sm font-medium">{label}</label>
      <select id={`filter-${id}`} name={id} defaultValue={value ?? ""} className={control}>
        <option value="">{all}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
