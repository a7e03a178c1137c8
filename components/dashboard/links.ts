// Where the dashboard's numbers lead: every figure links to the records behind it. `search` is
// the dashboard's filter query string (lib/dashboard/filters.ts `filtersSearch`), so a drill-down
// keeps the quarter, subtree, region and origin the figure was computed over.

type Params = Record<string, string | number | boolean | null | undefined>;

function withParams(search: string, params: Params): string {
  const query = new URLSearchParams(search);
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) query.delete(key);
    else query.set(key, String(value));
  }
  return query.toString();
}

/** The people behind a figure: /dashboard/people with the filters and what was clicked (team, pillar, manager, level, under). */
export function peopleHref(search: string, params: Params = {}): string {
  const query = withParams(search, params);
  return `/dashboard/people${query ? `?${query}` : ""}`;
}

/** Back to the dashboard with the same filters. */
export function dashboardHref(search: string): string {
  return search ? `/?${search}` : "/";
}

/**
 * The departures page for a quarter. It takes the list filters of lib/departures/schemas.ts
 * (quarter, voluntary, regrettable); it has no subtree filter, so the dashboard's `under`,
 * region and origin are not carried over.
 */
export function departuresHref(quarterKey: string, only?: { regrettable?: boolean; voluntary?: boolean }): string {
  return `/departures?${withParams("", { quarter: quarterKey, regrettable: only?.regrettable, voluntary: only?.voluntary })}`;
}

/** The risk register narrowed to the people below one manager whose risks have a mitigation overdue (lib/risks/filters.ts). */
export function risksHref(managerId: number): string {
  return `/risks?mitigation=overdue&managerId=${managerId}`;
}

export const linkClass = "text-brand-700 underline hover:text-brand-900";
