import { z } from "zod";
import { parseDate } from "@/lib/dates";
import { IMPORT_FIELDS } from "./columns";

// One schema per cell, so a row with a bad region still has a usable employee id (other rows
// may name it as their manager) and every bad cell of a row is reported, not only the first.

export const REGIONS = ["ONSHORE", "NEARSHORE", "OFFSHORE"] as const;

/** Dates are ISO 8601 calendar dates only: "03/04/2024" is 3 April in London and 4 March in New York. */
export const ZImportDate = z.string().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  if (value === "") return fail("The start date is empty.");
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) {
    return fail(`"${value}" is ambiguous (day-first or month-first); write dates as YYYY-MM-DD, e.g. 2024-03-15.`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail(`"${value}" is not a date; write dates as YYYY-MM-DD, e.g. 2024-03-15.`);
  try {
    parseDate(value);
  } catch {
    return fail(`${value} is not a real day.`);
  }
  if (value < "1900-01-01" || value > "2100-12-31") return fail(`${value} is outside the years 1900–2100.`);
  return value;
});

const optionalText = (label: string, max: number) =>
  z
    .string()
    .max(max, `The ${label} is longer than ${max} characters.`)
    .transform((value) => (value === "" ? null : value));

export const ZImportCells = {
  employeeId: z
    .string()
    .min(1, "The employee id is empty.")
    .max(100, "The employee id is longer than 100 characters.")
    .refine((value) => !value.includes("@"), "An employee id cannot contain @ (managers are named by employee id or by email)."),
  email: z
    .string()
    .max(320, "The email is longer than 320 characters.")
    .toLowerCase()
    .refine((value) => value === "" || z.email().safeParse(value).success, { error: (issue) => `"${String(issue.input)}" is not an email address.` })
    .transform((value) => (value === "" ? null : value)),
  name: z.string().min(1, "The name is empty.").max(200, "The name is longer than 200 characters."),
  title: optionalText("title", 200),
  manager: optionalText("manager", 320),
  team: optionalText("team", 200),
  location: optionalText("location", 200),
  region: z
    .string()
    .toUpperCase()
    .refine((value) => value === "" || (REGIONS as readonly string[]).includes(value), {
      error: (issue) => `Unknown region "${String(issue.input)}"; use ${REGIONS.join(", ")} or leave it empty.`,
    })
    .transform((value) => (value === "" ? null : (value as (typeof REGIONS)[number]))),
  originCompany: optionalText("origin company", 200),
  startDate: ZImportDate,
} as const;

export type ImportCells = { [K in keyof typeof ZImportCells]: z.output<(typeof ZImportCells)[K]> };

/** Options a caller (the import screen, the job) passes besides the file. */
export const ZImportOptions = z.object({
  /** The day manager and team changes take effect; the organisation's today when absent. */
  effectiveDate: z
    .string()
    .refine((value) => ZImportDate.safeParse(value).success, "Write the effective date as YYYY-MM-DD.")
    .optional(),
  /** A column-mapping step's choices: field → the header that holds it. */
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().min(1).max(200)).optional(),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;
