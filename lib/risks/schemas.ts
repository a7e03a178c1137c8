import { z } from "zod";
import type { MitigationStatus, RiskFactor, RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";

// The risk register's forms. Dates are checked against the organisation's business date, which
// only the server knows for sure: each schema is built from `today` (the domain parses again
// with it); without `today` only the shape is checked (what a server action's wrapper parses).

export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const satisfies readonly RiskLevel[];
export const RISK_FACTORS = [
  "COMPENSATION", "GROWTH", "MANAGER", "WORKLOAD", "ENGAGEMENT", "EXTERNAL_OFFER", "PERSONAL",
] as const satisfies readonly RiskFactor[];
export const RISK_STATUSES = ["OPEN", "MONITORING", "CLOSED"] as const satisfies readonly RiskStatus[];
export const MITIGATION_STATUSES = ["OPEN", "DONE", "CANCELLED"] as const satisfies readonly MitigationStatus[];
export const NOTES_MAX = 4_000;
export const ACTION_MAX = 500;
/** How far ahead a review or a mitigation may be dated. */
export const AHEAD_MAX_DAYS = 366;

export const LEVEL_LABELS: Record<RiskLevel, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };
export const FACTOR_LABELS: Record<RiskFactor, string> = {
  COMPENSATION: "Compensation", GROWTH: "Growth", MANAGER: "Manager", WORKLOAD: "Workload",
  ENGAGEMENT: "Engagement", EXTERNAL_OFFER: "External offer", PERSONAL: "Personal",
};
export const STATUS_LABELS: Record<RiskStatus, string> = { OPEN: "Open", MONITORING: "Monitoring", CLOSED: "Closed" };
export const MITIGATION_STATUS_LABELS: Record<MitigationStatus, string> = { OPEN: "Open", DONE: "Done", CANCELLED: "Cancelled" };

/** What a domain function accepts: the form's fields, any values (it parses them and refuses bad ones per field). */
type Loose<T> = { [K in keyof T]?: unknown };

/** What the date checks need: today's business date and, on an edit, the date already stored (kept even once past). */
export type DateContext = { today?: string; keep?: string | null };

const id = z.coerce.number().int().positive();

const level = z.enum(RISK_LEVELS, { error: "Choose a level: low, medium, high or critical" });
const status = z.enum(RISK_STATUSES, { error: "Choose open, monitoring or closed" });
const mitigationStatus = z.enum(MITIGATION_STATUSES, { error: "Choose open, done or cancelled" });

const factors = z
  .array(z.string(), { error: "Choose at least one factor" })
  .superRefine((values, ctx) => {
    if (values.length === 0) ctx.addIssue({ code: "custom", message: "Choose at least one factor" });
    const unknown = values.filter((value) => !(RISK_FACTORS as readonly string[]).includes(value));
    if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Not a risk factor: ${unknown.slice(0, 3).join(", ").slice(0, 80)}` });
    if (new Set(values).size !== values.length) ctx.addIssue({ code: "custom", message: "Choose each factor once" });
  })
  .transform((values) => values as RiskFactor[]);

/** A yes/no radio pair ("true"/"false") or a boolean from a script. */
const regrettable = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: "Choose whether losing them would be regrettable" })
  .transform((value) => value === true || value === "true");

const notes = z.string({ error: "Notes must be text" }).trim().max(NOTES_MAX, `At most ${NOTES_MAX.toLocaleString("en")} characters`)
  .nullish().transform((value) => value || null);

const ISO_DAY = z.iso.date();

function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date from today to a year ahead; `pastMessage` says what a past date means for this field. */
function aheadDate({ today, keep }: DateContext, pastMessage: string) {
  const base = z.string({ error: "Enter a date as YYYY-MM-DD" }).pipe(z.iso.date("Enter a date as YYYY-MM-DD"));
  if (!today) return base;
  const latest = plusDays(today, AHEAD_MAX_DAYS);
  // A malformed date already has its message; the range is only checked on a real date.
  const inRange = (check: (value: string) => boolean) => (value: string) => value === keep || !ISO_DAY.safeParse(value).success || check(value);
  return base
    .refine(inRange((value) => value >= today), pastMessage)
    .refine(inRange((value) => value <= latest), `Choose a date up to ${latest} (within a year)`);
}

const REVIEW_PAST = "This review date is in the past: choose today or a later date";
const DUE_PAST = "This due date is in the past: choose today or a later date";

export function createRiskSchema(context: DateContext = {}) {
  return z.object({
    personId: id,
    level,
    factors,
    regrettable,
    notes,
    nextReviewDate: aheadDate(context, REVIEW_PAST),
  });
}
export const ZCreateRisk = createRiskSchema();
export type TCreateRisk = Loose<z.input<typeof ZCreateRisk>>;

export function updateRiskSchema(context: DateContext = {}) {
  return createRiskSchema(context).omit({ personId: true }).extend({ riskId: id, version: id, status });
}
export const ZUpdateRisk = updateRiskSchema();
export type TUpdateRisk = Loose<z.input<typeof ZUpdateRisk>>;

export const ZCloseRisk = z.object({ riskId: id, version: id });
export type TCloseRisk = Loose<z.input<typeof ZCloseRisk>>;

export function addMitigationSchema(context: DateContext = {}) {
  return z.object({
    riskId: id,
    action: z.string({ error: "Describe the action" }).trim().min(1, "Describe the action").max(ACTION_MAX, `At most ${ACTION_MAX} characters`),
    ownerId: z.coerce.number({ error: "Choose someone in the organisation" }).int("Choose someone in the organisation").positive("Choose someone in the organisation"),
    dueDate: aheadDate(context, DUE_PAST),
  });
}
export const ZAddMitigation = addMitigationSchema();
export type TAddMitigation = Loose<z.input<typeof ZAddMitigation>>;

export function updateMitigationSchema(context: DateContext = {}) {
  return z.object({
    mitigationId: id,
    version: id,
    status: mitigationStatus,
    action: z.string({ error: "Describe the action" }).trim().min(1, "Describe the action").max(ACTION_MAX, `At most ${ACTION_MAX} characters`).optional(),
    dueDate: aheadDate(context, DUE_PAST).optional(),
  });
}
export const ZUpdateMitigation = updateMitigationSchema();
export type TUpdateMitigation = Loose<z.input<typeof ZUpdateMitigation>>;

/** The register's filters, from the URL or the API's query string; anything unknown is dropped, not refused. */
export const ZRegisterFilters = z.object({
  level: level.optional().catch(undefined),
  status: status.optional().catch(undefined),
  factor: z.enum(RISK_FACTORS).optional().catch(undefined),
  regrettable: z.enum(["yes", "no"]).optional().catch(undefined),
  /** "overdue": risks with an open mitigation past its due date (the dashboard's scorecards count these). */
  mitigation: z.enum(["overdue"]).optional().catch(undefined),
  managerId: id.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TRegisterFilters = z.output<typeof ZRegisterFilters>;
