import { ZRegisterFilters, type TRegisterFilters } from "./schemas";

// The register's filters live in the URL: the page's GET form writes them, the page and the
// API route read them the same way, and the query key is their canonical query string.

const KEYS = ["level", "status", "factor", "regrettable", "mitigation", "managerId", "q", "page"] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function registerFiltersOf(params: Params): TRegisterFilters {
  return ZRegisterFilters.parse(Object.fromEntries(KEYS.map((key) => [key, first(params, key) || undefined])));
}

/** The filters as a query string in a fixed order ("" when none), for links, fetches and cache keys. */
export function registerSearch(filters: TRegisterFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value !== undefined && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  return params.toString();
}
