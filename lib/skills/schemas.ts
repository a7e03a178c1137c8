import { z } from "zod";
import type { SkillItemKind, SkillItemStatus } from "@/lib/generated/prisma/enums";

// The skills pillar's forms: learning items and experiments about one person or one team. The
// date rules need the organisation's business date, which only the server knows for sure: each
// schema is built from `today` (the domain parses again with it); without it only the shape and
// the rules between fields are checked (what a server action's wrapper and the browser parse).

export const SKILL_KINDS = ["LEARNING", "EXPERIMENT"] as const satisfies readonly SkillItemKind[];
export const SKILL_STATUSES = ["PLANNED", "ACTIVE", "COMPLETED", "STOPPED"] as const satisfies readonly SkillItemStatus[];
export const TITLE_MAX = 200;
export const TEXT_MAX = 2_000;

export const KIND_LABELS: Record<SkillItemKind, string> = { LEARNING: "Learning", EXPERIMENT: "Experiment" };
export const STATUS_LABELS: Record<SkillItemStatus, string> = { PLANNED: "Planned", ACTIVE: "Active", COMPLETED: "Completed", STOPPED: "Stopped" };

/** What a domain function accepts: the form's fields, any values (it parses them and refuses bad ones per field). */
type Loose<T> = { [K in keyof T]?: unknown };

export type DateContext = { today?: string };

const id = z.coerce.number().int().positive();
/** An empty form field means "not given". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalId = (message: string) => z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).positive(message).optional());

const kind = z.enum(SKILL_KINDS, { error: "Choose learning or experiment" });
const status = z.enum(SKILL_STATUSES, { error: "Choose planned, active, completed or stopped" });
const title = z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(TITLE_MAX, `At most ${TITLE_MAX} characters`);
const text = z.string({ error: "Enter text" }).trim().max(TEXT_MAX, `At most ${TEXT_MAX.toLocaleString("en")} characters`)
  .nullish().transform((value) => value || null);
const day = z.preprocess(blankToUndefined, z.string({ error: "Enter a date as YYYY-MM-DD" }).pipe(z.iso.date("Enter a date as YYYY-MM-DD")).optional())
  .transform((value) => value ?? null);

const details = { title, description: text, status, outcome: text, evidence: text, startedOn: day, completedOn: day };

type Dated = { status?: SkillItemStatus; startedOn?: string | null; completedOn?: string | null };

/** The rules between the status and the two dates, each issue on the field to fix. */
function checkDates(value: Dated, ctx: z.RefinementCtx, { today }: DateContext) {
  const { status: current, startedOn, completedOn } = value;
  if (current === "COMPLETED" && !completedOn) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "A completed item needs the date it was completed" });
  if (completedOn && (current === "PLANNED" || current === "ACTIVE")) {
    ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Only a completed or stopped item has an end date: clear it or change the status" });
  }
  if (completedOn && startedOn && completedOn < startedOn) ctx.addIssue({ code: "custom", path: ["completedOn"], message: `This is before it started on ${startedOn}` });
  if (!today) return;
  if (completedOn && completedOn > today) ctx.addIssue({ code: "custom", path: ["completedOn"], message: `This date is in the future: choose today (${today}) or earlier` });
  if (startedOn && startedOn > today && current && current !== "PLANNED") {
    ctx.addIssue({ code: "custom", path: ["startedOn"], message: `Only a planned item starts in the future: choose today (${today}) or earlier` });
  }
}

// Cross-field rules run even when another field is refused, so every message shows at once.
const always = { when: () => true };

export function createSkillItemSchema(context: DateContext = {}) {
  return z.object({
    kind,
    personId: optionalId("Choose a person from the list"),
    teamId: optionalId("Choose a team from the list"),
    ...details,
  }).check(z.superRefine((value: Dated & { personId?: number; teamId?: number }, ctx) => {
    // About exactly one person or one team.
    if (value.personId === undefined && value.teamId === undefined) ctx.addIssue({ code: "custom", path: ["target"], message: "Choose a person or a team" });
    if (typeof value.personId === "number" && typeof value.teamId === "number") {
      ctx.addIssue({ code: "custom", path: ["target"], message: "An item is about one person or one team, not both" });
    }
    checkDates(value, ctx, context);
  }, always));
}
export const ZCreateSkillItem = createSkillItemSchema();
export type TCreateSkillItem = Loose<z.input<typeof ZCreateSkillItem>>;

/** An edit: everything but whom the item is about, with the version the form read. */
export function updateSkillItemSchema(context: DateContext = {}) {
  return z.object({ itemId: id, version: id, kind, ...details })
    .check(z.superRefine((value: Dated, ctx) => checkDates(value, ctx, context), always));
}
export const ZUpdateSkillItem = updateSkillItemSchema();
export type TUpdateSkillItem = Loose<z.input<typeof ZUpdateSkillItem>>;

export const ZDeleteSkillItem = z.object({ itemId: id, version: id });
export type TDeleteSkillItem = Loose<z.input<typeof ZDeleteSkillItem>>;

/** The list's filters, from the URL: anything unreadable is simply no filter. */
export const ZSkillFilters = z.object({
  kind: kind.optional().catch(undefined),
  status: status.optional().catch(undefined),
  teamId: id.optional().catch(undefined),
  personId: id.optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined),
});
export type TSkillFilters = z.output<typeof ZSkillFilters>;

export const ZPersonQuery = z.object({ q: z.string().trim().max(100).optional().catch(undefined).transform((value) => value || undefined) });

/** Evidence that is one web address shows as a link; anything else (or another scheme) as text. */
export function evidenceUrl(evidence: string | null): string | null {
  if (!evidence || /\s/.test(evidence)) return null;
  try {
    const url = new URL(evidence);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
