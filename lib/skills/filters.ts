import { ZSkillFilters, type TSkillFilters } from "./schemas";

// The list's filters live in the URL: the page's GET form writes them, the page and the API
// route read them the same way, and the query key is their canonical query string.

const KEYS = ["kind", "status", "teamId", "personId", "q"] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function skillFiltersOf(params: Params): TSkillFilters {
  return ZSkillFilters.parse(Object.fromEntries(KEYS.map((key) => [key, first(params, key) || undefined])));
}

/** The filters as a query string in a fixed order ("" when none), for links, fetches and cache keys. */
export function skillSearch(filters: TSkillFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}
