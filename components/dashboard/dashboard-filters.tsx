import type { TDashboardFilters } from "@/lib/dashboard/filters";
import { REGIONS } from "@/lib/dashboard/filters";
import type { ManagerOption } from "@/lib/dashboard/queries";
import { ManagerPicker } from "./manager-picker";

type Options = { quarters: Array<{ key: string; label: string }>; managers: ManagerOption[]; origins: string[] };

const control = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm";
const REGION_LABEL = { ONSHORE: "Onshore", NEARSHORE: "Nearshore", OFFSHORE: "Offshore" } as const;

/** A plain GET form: the filters land in the URL, so any view can be bookmarked or shared. */
export function DashboardFilters({ filters, options, currentKey, under }: { filters: TDashboardFilters; options: Options; currentKey: string; under: ManagerOption | null }) {
  return (
    <form method="get" action="/" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
      <div>
        <label htmlFor="f-quarter" className="block text-sm font-medium">Quarter</label>
        <select id="f-quarter" name="quarter" defaultValue={filters.quarter ?? currentKey} className={control}>
          {options.quarters.map((q) => <option key={q.key} value={q.key}>{q.label}</option>)}
        </select>
      </div>
      <ManagerPicker id="f-under" name="under" label="People under" emptyLabel="Everyone in your scope" initial={options.managers} selected={under} className={control} />
      <div>
        <label htmlFor="f-region" className="block text-sm font-medium">Region</label>
        <select id="f-region" name="region" defaultValue={filters.region ?? ""} className={control}>
          <option value="">All regions</option>
          {REGIONS.map((r) => <option key={r} value={r}>{REGION_LABEL[r]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="f-origin" className="block text-sm font-medium">Company of origin</label>
        <select id="f-origin" name="origin" defaultValue={filters.origin ?? ""} className={control}>
          <option value="">Any</option>
          {options.origins.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 lg:mt-6 text-sm font-medium text-white hover:bg-brand-700">Apply</button>
    </form>
  );
}
