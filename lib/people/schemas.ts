import { z } from "zod";

// One schema per people form, shared by the form and the server action.

export const REGIONS = ["ONSHORE", "NEARSHORE", "OFFSHORE"] as const;
export const PEOPLE_SORTS = ["name", "title", "startDate", "team"] as const;
export const PEOPLE_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters`).optional().transform((value) => value || null);
const isoDate = z.iso.date("Enter a date as YYYY-MM-DD");
const optionalId = z.union([z.literal(""), z.coerce.number().int().positive()]).optional().transform((value) => (value ? value : null));

export const ZPersonDetails = z.object({
  name: z.string().trim().min(1, "Enter a name").max(200, "At most 200 characters"),
  email: z.string().trim().toLowerCase().max(320).optional().transform((value) => value || null)
    .pipe(z.email("Enter a valid email address").nullable()),
  employeeId: optionalText(100),
  title: optionalText(200),
  location: optionalText(200),
  region: z.union([z.literal(""), z.enum(REGIONS, { error: "Choose a region" })]).optional().transform((value) => value || null),
  originCompany: optionalText(200),
  startDate: isoDate,
});

/** The manager by work email or employee id; empty for someone at the top of the tree. */
const managerRef = optionalText(320);

export const ZCreatePerson = ZPersonDetails.extend({ manager: managerRef, teamId: optionalId });
export type TCreatePerson = z.infer<typeof ZCreatePerson>;

export const ZUpdatePerson = ZPersonDetails.extend({
  personId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});
export type TUpdatePerson = z.infer<typeof ZUpdatePerson>;

/** A change of manager and/or team from a given date; history keeps the line before it. */
export const ZChangeReportingLine = z.object({
  personId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  manager: managerRef,
  teamId: optionalId,
  effectiveDate: isoDate,
});
export type TChangeReportingLine = z.infer<typeof ZChangeReportingLine>;

/** The people list's URL: search, sort, page and status. Bad values fall back to defaults. */
export const ZPeopleQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(PEOPLE_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  status: z.enum(["current", "departed", "all"]).catch("current").default("current"),
  /** Current level code ("M2"), track key ("management"), and at least this many days in level. */
  level: z.string().trim().max(20).optional().catch(undefined),
  track: z.string().trim().max(100).optional().catch(undefined),
  minDaysInLevel: z.coerce.number().int().min(0).max(20_000).optional().catch(undefined),
  /** Promotion readiness in the person's latest submitted or shared assessment. */
  readiness: z.enum(["NOT_YET", "WITHIN_6_12_MONTHS", "READY"]).optional().catch(undefined),
  /** Only people at or below this person in the tree. */
  under: z.coerce.number().int().positive().optional().catch(undefined),
});
export type TPeopleQuery = z.infer<typeof ZPeopleQuery>;

export const ZPersonId = z.object({ personId: z.coerce.number().int().positive() });

/** The last day someone works here; they leave headcount after it. */
export const ZEndEmployment = z.object({
  personId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  endDate: isoDate,
});
export type TEndEmployment = z.infer<typeof ZEndEmployment>;
