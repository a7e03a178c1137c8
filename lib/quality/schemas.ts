import { z } from "zod";

// One team's flow metrics for one month, as the row form and each CSV line give them. The same
// rules serve the form (client and server action) and the import; messages name the field.
// Times are monthly medians in hours, capped at a year: a larger figure is a typo, not a team.

export const EARLIEST_MONTH = "2000-01";
const MAX_HOURS = 8760;

/** Days in a "YYYY-MM" month. */
export function daysInMonth(month: string): number {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
}

/** "YYYY-MM" of a business date. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The first day of a "YYYY-MM" month, as the DATE column stores it. */
export function monthStart(month: string): Date {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1));
}

/** "YYYY-MM" shifted by whole months. */
export function addMonthsTo(month: string, months: number): string {
  const start = monthStart(month);
  return monthOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1)));
}

/** Form fields arrive as strings: blank is missing, anything else must read as a number. */
function numberField(label: string, { integer, max }: { integer: boolean; max?: number }) {
  let schema = z.number({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : `Enter ${label} as a number`) });
  if (integer) schema = schema.int(`Enter ${label} as a whole number`);
  schema = schema.min(0, `${capitalise(label)} cannot be negative`);
  if (max !== undefined) schema = schema.max(max, `${capitalise(label)} can be at most ${max.toLocaleString("en")}`);
  return z.preprocess((value) => {
    if (typeof value !== "string") return value;
    const trimmed = value.trim();
    return trimmed === "" ? undefined : Number(trimmed);
  }, schema);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const month = z
  .string({ error: "Enter the month" })
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Enter the month as YYYY-MM", abort: true })
  .refine((value) => value >= EARLIEST_MONTH, "The month cannot be before 2000");

/** `currentMonth` ("YYYY-MM", the organisation's) refuses future months when given. */
function monthUpTo(currentMonth: string | null) {
  if (currentMonth === null) return month;
  return month.refine((value) => value <= currentMonth, `The month cannot be in the future (after ${currentMonth})`);
}

/** The month and its six figures; shared by the form and the CSV import. */
const metricFields = (currentMonth: string | null) => ({
  month: monthUpTo(currentMonth),
  deployments: numberField("the deployments", { integer: true, max: 1_000_000 }),
  deployDays: numberField("the deploy days", { integer: true, max: 31 }),
  leadTimeHours: numberField("the lead time", { integer: false, max: MAX_HOURS }),
  failedDeployments: numberField("the failed deployments", { integer: true, max: 1_000_000 }),
  timeToRestoreHours: numberField("the time to restore", { integer: false, max: MAX_HOURS }),
  incidents: numberField("the incidents", { integer: true, max: 1_000_000 }),
});

type MetricValues = { month: string; deployments: number; deployDays: number; failedDeployments: number };

/** Rules across fields (they run once every field is valid on its own). */
function crossFieldRules(value: MetricValues, ctx: z.RefinementCtx) {
    const days = daysInMonth(value.month);
    if (value.deployDays > days) {
      ctx.addIssue({ code: "custom", path: ["deployDays"], message: `${value.month} has only ${days} days` });
    }
    if (value.deployDays > value.deployments) {
      ctx.addIssue({ code: "custom", path: ["deployDays"], message: "Deploy days cannot exceed the deployments" });
    }
    if (value.failedDeployments > value.deployments) {
      ctx.addIssue({ code: "custom", path: ["failedDeployments"], message: "Failed deployments cannot exceed the deployments" });
    }
}

/** One CSV line's figures (the team is resolved separately, by name or id). */
export function metricRowSchema(currentMonth: string | null) {
  return z.object(metricFields(currentMonth)).superRefine(crossFieldRules);
}

const teamId = z.coerce.number({ error: "Choose a team" }).int("Choose a team").positive("Choose a team");
/** The version the form read; absent when adding a month. */
const version = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce.number().int().positive().optional(),
);

/** The month form: `currentMonth` null skips the future check (the server repeats it with the organisation's month). */
export function saveTeamMonthSchema(currentMonth: string | null) {
  return z.object({ teamId, version, ...metricFields(currentMonth) }).superRefine(crossFieldRules);
}
export const ZSaveTeamMonth = saveTeamMonthSchema(null);
export type TSaveTeamMonth = z.input<typeof ZSaveTeamMonth>;
export type TTeamMonth = z.output<typeof ZSaveTeamMonth>;

export const ZDeleteTeamMonth = z.object({
  teamId,
  month,
  version: z.coerce.number().int().positive(),
});
export type TDeleteTeamMonth = z.input<typeof ZDeleteTeamMonth>;

/** The names of the form's fields, for `formFields`. */
export const TEAM_MONTH_FIELDS = ["teamId", "version", "month", "deployments", "deployDays", "leadTimeHours", "failedDeployments", "timeToRestoreHours", "incidents"] as const;
