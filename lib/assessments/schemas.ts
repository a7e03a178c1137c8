import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/http/field-errors";

// The assessment forms. Domain mutations parse their input again with these schemas, so a
// caller that skips the form (a script, a test, a crafted action) still writes nothing bad.

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const EVIDENCE_MAX = 2_000;
export const SUMMARY_MAX = 4_000;
export const ASSESSMENT_KINDS = ["MANAGER", "SELF"] as const;
export const READINESS = ["NOT_YET", "WITHIN_6_12_MONTHS", "READY"] as const;

const id = z.coerce.number().int().positive();
const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max.toLocaleString("en")} characters`).nullish().transform((value) => value || null);

export const ZCreateAssessment = z.object({
  personId: id,
  kind: z.enum(ASSESSMENT_KINDS, { error: "Choose manager or self-assessment" }),
  date: z.iso.date("Enter a date as YYYY-MM-DD"),
});
export type TCreateAssessment = z.infer<typeof ZCreateAssessment>;

export const ZRatingInput = z.object({
  competencyId: id,
  rating: z.coerce.number({ error: "Choose a rating" }).int("Choose a whole number")
    .min(RATING_MIN, `Between ${RATING_MIN} and ${RATING_MAX}`).max(RATING_MAX, `Between ${RATING_MIN} and ${RATING_MAX}`),
  evidence: optionalText(EVIDENCE_MAX),
});

/** The whole form: the ratings sent replace the saved ones; `submit` moves a draft on. */
export const ZSaveAssessment = z.object({
  assessmentId: id,
  version: id,
  ratings: z.array(ZRatingInput).max(200),
  promotionReadiness: z.enum(READINESS, { error: "Choose a readiness" }).nullish().transform((value) => value ?? null),
  summary: optionalText(SUMMARY_MAX),
  submit: z.boolean().optional().default(false),
});
export type TSaveAssessment = z.input<typeof ZSaveAssessment>;

export const ZShareAssessment = z.object({ assessmentId: id, version: id });
export type TShareAssessment = z.infer<typeof ZShareAssessment>;

/** Parses or refuses with one message per field path ("ratings.3.rating"). */
export function parseOrRefuse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("UNPROCESSABLE", "Some fields need attention.", fieldErrorsOf(parsed.error));
}
