import { z } from "zod";
import type { MetricKey, Pillar, QuestionKind } from "@/lib/generated/prisma/enums";
import { METRIC_QUESTION_KEYS } from "../default-template";

// What a check-in template version may hold. The seven metric questions feed the figures stored
// on every submitted check-in (DESIGN.md, "Check-in"), so each version keeps exactly one of each,
// under its fixed key, as a required 1–5 scale tagged with the metric's own pillar. Everything
// else is the VPE's to shape. Mutations parse again with these schemas, so no caller skips them.

export const QUESTION_KINDS = ["SCALE", "TEXT", "YES_NO", "CHOICE"] as const satisfies readonly QuestionKind[];
export const QUESTION_PILLARS = ["QUALITY", "ENGAGEMENT", "GROWTH", "SKILLS"] as const satisfies readonly Pillar[];
export const METRIC_KEYS = Object.keys(METRIC_QUESTION_KEYS) as MetricKey[];
export const TEMPLATE_LIMITS = { questions: 40, key: 50, prompt: 300, help: 500, options: 12, option: 100, name: 100, description: 500 } as const;

/** The pillar each metric figure belongs to; a metric question carries exactly this pillar. */
export const METRIC_PILLAR: Record<MetricKey, Pillar> = {
  PILLAR_QUALITY: "QUALITY",
  PILLAR_ENGAGEMENT: "ENGAGEMENT",
  PILLAR_GROWTH: "GROWTH",
  PILLAR_SKILLS: "SKILLS",
  PSYCHOLOGICAL_SAFETY: "ENGAGEMENT",
  AUTONOMY: "ENGAGEMENT",
  TRUST: "ENGAGEMENT",
};

export const METRIC_LABEL: Record<MetricKey, string> = {
  PILLAR_QUALITY: "quality score",
  PILLAR_ENGAGEMENT: "engagement score",
  PILLAR_GROWTH: "growth score",
  PILLAR_SKILLS: "skills score",
  PSYCHOLOGICAL_SAFETY: "psychological safety",
  AUTONOMY: "autonomy",
  TRUST: "trust",
};

export const KIND_LABEL: Record<QuestionKind, string> = { SCALE: "1–5 scale", TEXT: "Text", YES_NO: "Yes / no", CHOICE: "Choice" };

const id = z.coerce.number().int().positive();
const max = (n: number) => `At most ${n} characters`;

export const ZTemplateQuestion = z
  .object({
    // Keys identify a question across versions (and in exports), so they stay plain slugs.
    key: z.string().trim().min(1, "Enter a key").max(TEMPLATE_LIMITS.key, max(TEMPLATE_LIMITS.key))
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters and digits, separated by single dashes"),
    prompt: z.string().trim().min(1, "Enter the question").max(TEMPLATE_LIMITS.prompt, max(TEMPLATE_LIMITS.prompt)),
    help: z.string().trim().max(TEMPLATE_LIMITS.help, max(TEMPLATE_LIMITS.help)).nullish().transform((value) => value || null),
    kind: z.enum(QUESTION_KINDS, { error: "Choose a 1–5 scale, text, yes / no or choice" }),
    pillar: z.enum(QUESTION_PILLARS, { error: `Choose one of ${QUESTION_PILLARS.join(", ")}` }),
    metricKey: z.enum(METRIC_KEYS as [MetricKey, ...MetricKey[]], { error: "Not a metric this app stores" }).nullish().transform((value) => value ?? null),
    options: z.array(z.string({ error: "Each option is text" }), { error: "Give the options as a list" }).nullish()
      .transform((value) => (value && value.length > 0 ? value.map((option) => option.trim()) : null)),
    required: z.boolean({ error: "Say whether an answer is required" }),
  })
  .superRefine((question, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", path: ["options"], message });
    if (question.kind !== "CHOICE") {
      if (question.options) problem("Only a choice question has options");
      return;
    }
    const options = question.options ?? [];
    if (options.length < 2 || options.length > TEMPLATE_LIMITS.options) problem(`Give between 2 and ${TEMPLATE_LIMITS.options} options`);
    if (options.some((option) => option.length === 0)) problem("Options cannot be empty");
    if (options.some((option) => option.length > TEMPLATE_LIMITS.option)) problem(`Each option has at most ${TEMPLATE_LIMITS.option} characters`);
    if (new Set(options).size !== options.length) problem("Each option appears once");
  });
export type TTemplateQuestion = z.output<typeof ZTemplateQuestion>;
export type TTemplateQuestionInput = z.input<typeof ZTemplateQuestion>;

type Issue = { path: Array<string | number>; message: string };

/** The rules across questions: unique keys, and the seven metric questions kept intact. */
export function questionListIssues(questions: readonly TTemplateQuestion[]): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set<string>();
  const metrics = new Set<MetricKey>();
  questions.forEach((question, index) => {
    const at = (field: string, message: string) => issues.push({ path: [index, field], message });
    if (keys.has(question.key)) at("key", `The key "${question.key}" is used more than once`);
    keys.add(question.key);
    const metric = question.metricKey;
    if (!metric) return;
    const figure = METRIC_LABEL[metric];
    if (metrics.has(metric)) return at("metricKey", `Only one question feeds the ${figure} figure`);
    metrics.add(metric);
    if (question.key !== METRIC_QUESTION_KEYS[metric]) at("key", `Keep the key "${METRIC_QUESTION_KEYS[metric]}": it feeds the ${figure} figure`);
    if (question.kind !== "SCALE") at("kind", `Feeds the ${figure} figure, so it stays a 1–5 scale`);
    if (!question.required) at("required", `Feeds the ${figure} figure, so an answer stays required`);
    if (question.pillar !== METRIC_PILLAR[metric]) at("pillar", `Feeds the ${figure} figure, so its pillar stays ${METRIC_PILLAR[metric]}`);
  });
  const missing = METRIC_KEYS.filter((metric) => !metrics.has(metric));
  if (missing.length > 0) {
    issues.push({ path: [], message: `Keep the questions that feed these figures: ${missing.map((metric) => METRIC_LABEL[metric]).join(", ")}` });
  }
  return issues;
}

export const ZTemplateQuestions = z
  .array(ZTemplateQuestion, { error: "Give the questions as a list" })
  .max(TEMPLATE_LIMITS.questions, `At most ${TEMPLATE_LIMITS.questions} questions`)
  .superRefine((questions, ctx) => {
    for (const issue of questionListIssues(questions)) ctx.addIssue({ code: "custom", ...issue });
  });

export const ZTemplateVersionRef = z.object({ versionId: id, version: id });
export type TTemplateVersionRef = z.infer<typeof ZTemplateVersionRef>;

export const ZSaveTemplateDraft = ZTemplateVersionRef.extend({ questions: ZTemplateQuestions });
export type TSaveTemplateDraft = z.input<typeof ZSaveTemplateDraft>;

export const ZTemplateRef = z.object({ templateId: id });
export type TTemplateRef = z.infer<typeof ZTemplateRef>;

export const ZCreateTemplate = z.object({
  name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(TEMPLATE_LIMITS.name, max(TEMPLATE_LIMITS.name)),
  description: z.string().trim().max(TEMPLATE_LIMITS.description, max(TEMPLATE_LIMITS.description)).nullish().transform((value) => value || null),
});
export type TCreateTemplate = z.input<typeof ZCreateTemplate>;
