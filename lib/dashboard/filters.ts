import { z } from "zod";
import type { FiscalQuarter } from "@/lib/metrics/fiscal";

// The dashboard's filters live in the URL so a view can be shared: ?quarter=FY2027-Q1&under=12
// &region=NEARSHORE&origin=Quanta%20Analytics. The same schema reads the page's search params
// and the data routes' query strings.

export const REGIONS = ["ONSHORE", "NEARSHORE", "OFFSHORE"] as const;

const QUARTER = /^FY(\d{4})-Q([1-4])$/;

export const ZDashboardFilters = z.object({
  quarter: z.string().regex(QUARTER, "Use the form FY2027-Q1")
    .refine((value) => { const year = Number(QUARTER.exec(value)?.[1]); return year >= 2000 && year <= 2100; }, "Choose a fiscal year from FY2000 to FY2100")
    .optional(),
  under: z.coerce.number().int().positive("Choose a manager").optional(),
  region: z.enum(REGIONS, { error: "Choose onshore, nearshore or offshore" }).optional(),
  origin: z.string().trim().min(1).max(200, "At most 200 characters").optional(),
});
export type TDashboardFilters = z.infer<typeof ZDashboardFilters>;

/** The filters of a URL's search params; empty values mean "not filtered". */
export function filtersFromSearch(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "" && entry[0] in ZDashboardFilters.shape));
}

export function quarterParam(value: string): FiscalQuarter {
  const match = QUARTER.exec(value)!;
  return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as FiscalQuarter["quarter"] };
}

export function quarterKey(q: FiscalQuarter): string {
  return `FY${q.fiscalYear}-Q${q.quarter}`;
}

/** The query string of a set of filters (stable order), for links and react-query keys. */
export function filtersSearch(filters: TDashboardFilters): string {
  const params = new URLSearchParams();
  for (const key of ["quarter", "under", "region", "origin"] as const) {
    if (filters[key] !== undefined) params.set(key, String(filters[key]));
  }
  return params.toString();
}
