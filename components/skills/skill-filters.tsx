import Link from "next/link";
import { KIND_LABELS, SKILL_KINDS, SKILL_STATUSES, STATUS_LABELS, type TSkillFilters } from "@/lib/skills/schemas";

// A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and works
// without JavaScript. A person or team filter arriving by link is kept.

const control = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-brand-600";

export function SkillFilters({ filters }: { filters: TSkillFilters }) {
  return (
    <form method="get" action="/skills" role="search" aria-label="Filter learning and experiments"
      className="grid grid-cols-1 gap-3 rounded-lg bg-white p-4 shadow-sm min-[390px]:grid-cols-2 md:grid-cols-4 md:items-end">
      <div className="min-[390px]:col-span-2">
        <label htmlFor="skills-filter-q" className="block text-sm font-medium">Title, person or team</label>
        <input id="skills-filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className={control} />
      </div>
      <Select id="kind" label="Kind" value={filters.kind} options={SKILL_KINDS.map((v) => [v, KIND_LABELS[v]])} />
      <Select id="status" label="Status" value={filters.status} options={SKILL_STATUSES.map((v) => [v, STATUS_LABELS[v]])} />
      {filters.personId && <input type="hidden" name="personId" value={filters.personId} />}
      {filters.teamId && <input type="hidden" name="teamId" value={filters.teamId} />}
      <div className="flex gap-3 min-[390px]:col-span-2 md:col-span-4">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600">Filter</button>
        <Link href="/skills" className="rounded px-4 py-2 text-sm text-brand-700 underline">Clear</Link>
      </div>
    </form>
  );
}

function Select({ id, label, value, options }: { id: string; label: string; value?: string; options: Array<[string, string]> }) {
  return (
    <div>
      <label htmlFor={`skills-filter-${id}`} className="block text-sm font-medium">{label}</label>
      <select id={`skills-filter-${id}`} name={id} defaultValue={value ?? ""} className={control}>
        <option value="">All</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
