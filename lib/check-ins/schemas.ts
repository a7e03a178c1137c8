import { z } from "zod";
import type { GrowthDomain, QuestionKind } from "@/lib/generated/prisma/enums";

// The check-in form's schemas. The content schema is built from the template version's
// questions, so the browser (as the person types) and the server (before anything is written)
// parse the very same rules. A draft may leave questions unanswered; a submission may not.

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const TEXT_MAX = 2_000;
export const NOTE_MAX = 4_000;
export const ACTION_TITLE_MAX = 200;
/** How far back a check-in may be dated: recording last week's conversation is fine, rewriting last quarter's coverage is not. */
export const BACKDATE_MAX_DAYS = 30;
/** How far ahead an action item may be due. */
export const ACTION_DUE_MAX_DAYS = 366;
export const GROWTH_DOMAINS = ["FINANCE", "STRATEGY", "PRODUCT"] as const satisfies readonly GrowthDomain[];

/** What the form needs to know of a question; a row of CheckInQuestion has these fields. */
export type FormQuestion = {
  key: string;
  kind: QuestionKind;
  required: boolean;
  options: string[] | null;
};

const id = z.coerce.number().int().positive();
const isoDate = z.iso.date("Enter a date as YYYY-MM-DD");

function text(max: number) {
  return z.string().trim().max(max, `At most ${max.toLocaleString("en")} characters`).nullish().transform((value) => value || null);
}

const BETWEEN = `Choose between ${SCALE_MIN} and ${SCALE_MAX}`;

function answerSchema(question: FormQuestion): z.ZodType<string | number | boolean | null> {
  switch (question.kind) {
    case "SCALE":
      return z.number({ error: BETWEEN }).int(BETWEEN).min(SCALE_MIN, BETWEEN).max(SCALE_MAX, BETWEEN).nullable();
    case "YES_NO":
      return z.boolean({ error: "Choose yes or no" }).nullable();
    case "TEXT":
      return text(TEXT_MAX);
    case "CHOICE": {
      const options = question.options ?? [];
      return z.string({ error: "Choose one of the options" }).refine((value) => options.includes(value), "Choose one of the options").nullable();
    }
  }
}

export type CheckInContentContext = {
  questions: readonly FormQuestion[];
  /** The organisation's business date today, "YYYY-MM-DD": a check-in is never dated later. */
  today: string;
  /** The earliest allowed date (earliestCheckInDate), "YYYY-MM-DD". */
  earliest: string;
  /** Submitting requires every required question; a draft may leave any of them empty. */
  submit: boolean;
};

/** The answers and the fields every check-in has, checked against one template version. */
export function checkInContentSchema({ questions, today, earliest, submit }: CheckInContentContext) {
  const byKey = new Map(questions.map((question) => [question.key, question]));
  const answers = z.record(z.string(), z.unknown()).superRefine((values, ctx) => {
    for (const [key, value] of Object.entries(values)) {
      const question = byKey.get(key);
      if (!question) {
        ctx.addIssue({ code: "custom", path: [key], message: "Not a question of this check-in" });
        continue;
      }
      const parsed = answerSchema(question).safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: "custom", path: [key], message: parsed.error.issues[0]?.message ?? "Not a valid answer" });
    }
    if (!submit) return;
    for (const question of questions) {
      const value = values[question.key];
      const empty = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
      if (question.required && empty) ctx.addIssue({ code: "custom", path: [question.key], message: "Answer this question to submit" });
    }
  });
  return z.object({
    date: isoDate
      .refine((value) => value <= today, "A check-in cannot be dated in the future")
      .refine((value) => value >= earliest, `Choose ${earliest} or later: a check-in is recorded within ${BACKDATE_MAX_DAYS} days, and not before the person started`),
    answers,
    wins: text(TEXT_MAX),
    blockers: text(TEXT_MAX),
    growthDomain: z.enum(GROWTH_DOMAINS, { error: "Choose finance, strategy or product" }).nullish().transform((value) => value ?? null),
    growthStep: text(TEXT_MAX),
    growthFollowUp: text(TEXT_MAX),
    privateNote: text(NOTE_MAX),
  });
}

export type TCheckInContent = z.output<ReturnType<typeof checkInContentSchema>>;
export type TCheckInContentInput = z.input<ReturnType<typeof checkInContentSchema>>;

/** Normalises a parsed answer map: empty answers are dropped, text is trimmed. */
export function answeredValues(questions: readonly FormQuestion[], answers: Record<string, unknown>): Map<string, string | number | boolean> {
  const values = new Map<string, string | number | boolean>();
  for (const question of questions) {
    const raw = answers[question.key];
    if (raw === undefined || raw === null) continue;
    const value = typeof raw === "string" ? raw.trim() : raw;
    if (value === "") continue;
    values.set(question.key, value as string | number | boolean);
  }
  return values;
}

export const ZStartCheckIn = z.object({ personId: id });
export type TStartCheckIn = z.infer<typeof ZStartCheckIn>;

/**
 * Saving a draft (autosave), submitting it, or editing a submitted check-in. The content is
 * parsed again by the domain with `checkInContentSchema` once the template version is known.
 * `clientRequestId` makes a submission idempotent: a retry or a second click finds the first.
 */
export const ZSaveCheckIn = z.object({
  checkInId: id,
  version: id,
  intent: z.enum(["draft", "submit", "edit"], { error: "Unknown intent" }),
  clientRequestId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Not a valid request id").optional(),
  content: z.record(z.string(), z.unknown()),
});
export type TSaveCheckIn = z.input<typeof ZSaveCheckIn>;

export function actionItemSchema({ today }: { today: string }) {
  return z.object({
    title: z.string().trim().min(1, "Describe the action").max(ACTION_TITLE_MAX, `At most ${ACTION_TITLE_MAX} characters`),
    ownerId: id,
    dueDate: isoDate
      .refine((value) => value >= today, "Choose today or a later date")
      .refine((value) => value <= maxActionDue(today), "Choose a date within a year")
      .nullish()
      .transform((value) => value ?? null),
  });
}

/** The earliest date a check-in may carry: the person's start date, and no more than BACKDATE_MAX_DAYS ago. */
export function earliestCheckInDate({ today, startDate }: { today: string; startDate: string }): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - BACKDATE_MAX_DAYS);
  const limit = date.toISOString().slice(0, 10);
  return startDate > limit ? startDate : limit;
}

function maxActionDue(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ACTION_DUE_MAX_DAYS);
  return date.toISOString().slice(0, 10);
}

export const ZAddActionItem = z.object({ checkInId: id, item: z.record(z.string(), z.unknown()) });
export type TAddActionItem = z.input<typeof ZAddActionItem>;

export const ZSetActionItemDone = z.object({ actionItemId: id, version: id, done: z.boolean() });
export type TSetActionItemDone = z.input<typeof ZSetActionItemDone>;

export const ZRemoveActionItem = z.object({ actionItemId: id, version: id });
export type TRemoveActionItem = z.input<typeof ZRemoveActionItem>;

export const ZDiscardDraft = z.object({ checkInId: id });
export type TDiscardDraft = z.input<typeof ZDiscardDraft>;
