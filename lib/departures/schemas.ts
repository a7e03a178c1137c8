import { z } from "zod";

// One schema per departure form, shared by the browser form and the server action. Checks that
// need the database (the person's start date, scope) live in ./mutations.ts.

export const REASON_MAX = 2_000;
/** How far ahead a departure may be recorded: notice periods rarely pass a year. */
export const FUTURE_MAX_DAYS = 366;

const id = z.coerce.number().int().positive();
const isoDate = z.iso.date("Enter a date as YYYY-MM-DD");

/** A checkbox (FormData sends "on" or nothing), a "true"/"false" select, or a plain boolean. */
const flag = (label: string) =>
  z.preprocess(
    (value) => (value === "on" || value === "true" ? true : value === undefined || value === null || value === "" || value === "false" ? false : value),
    z.boolean({ error: `Say whether the departure was ${label}` }),
  );

const reason = z.string().trim().max(REASON_MAX, `At most ${REASON_MAX.toLocaleString("en")} characters`).nullish().transform((value) => value || null);

const details = {
  /** The last day in headcount: they leave it after this date. */
  date: isoDate,
  voluntary: flag("voluntary"),
  regrettable: flag("regrettable"),
  reason,
};

export const ZRecordDeparture = z.object({ personId: id, ...details });
export type TRecordDeparture = z.infer<typeof ZRecordDeparture>;

export const ZUpdateDeparture = z.object({ departureId: id, version: id, ...details });
export type TUpdateDeparture = z.infer<typeof ZUpdateDeparture>;

export const ZRemoveDeparture = z.object({ departureId: id, version: id });
export type TRemoveDeparture = z.infer<typeof ZRemoveDeparture>;

const QUARTER = /^FY(\d{4})-Q([1-4])$/;

/** The list's filters, from URL search params: anything unreadable is simply no filter. */
export const ZDepartureFilters = z.object({
  quarter: z.string().regex(QUARTER).optional().catch(undefined),
  voluntary: z.enum(["true", "false"]).optional().catch(undefined).transform((value) => (value === undefined ? undefined : value === "true")),
  regrettable: z.enum(["true", "false"]).optional().catch(undefined).transform((value) => (value === undefined ? undefined : value === "true")),
});
export type TDepartureFilters = z.infer<typeof ZDepartureFilters>;

/** "FY2027-Q1" → its parts (the filter schema has already checked the shape). */
export function parseQuarterParam(value: string): { fiscalYear: number; quarter: 1 | 2 | 3 | 4 } | null {
  const match = QUARTER.exec(value);
  if (!match) return null;
  return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
}

export const ZAttritionQuery = z.object({
  /** Only the people below this person (who must be in the actor's scope). */
  under: z.coerce.number().int().positive().optional().catch(undefined),
});
export type TAttritionQuery = z.infer<typeof ZAttritionQuery>;

export const ZCandidateQuery = z.object({ q: z.string().trim().max(100).optional().catch(undefined) });
