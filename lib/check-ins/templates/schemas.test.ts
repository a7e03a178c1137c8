import { describe, expect, it } from "vitest";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { isAppError } from "@/lib/errors";
import { DEFAULT_TEMPLATE } from "../default-template";
import { ZCreateTemplate, ZSaveTemplateDraft, type TTemplateQuestionInput } from "./schemas";

const questions = (): TTemplateQuestionInput[] => DEFAULT_TEMPLATE.questions.map((question) => ({ ...question }));
const save = (list: unknown) => ({ versionId: 1, version: 1, questions: list });

function fieldsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.fieldErrors ?? {};
    throw error;
  }
  throw new Error("expected a refusal");
}

const choice = { key: "focus", prompt: "Where is the focus?", kind: "CHOICE", pillar: "GROWTH", required: false } as const;

describe("check-in template schemas", () => {
  it("accepts the default template, trimming empty help to null and leaving non-choice options empty", () => {
    const parsed = parseOrRefuse(ZSaveTemplateDraft, save([...questions(), { ...choice, help: "  ", options: [" Hiring ", "Delivery"] }]));
    expect(parsed.questions).toHaveLength(DEFAULT_TEMPLATE.questions.length + 1);
    expect(parsed.questions.at(-1)).toMatchObject({ help: null, metricKey: null, options: ["Hiring", "Delivery"] });
    expect(parsed.questions[0]).toMatchObject({ metricKey: "PILLAR_QUALITY", options: null });
  });

  it("refuses a version without one of the seven metric questions, at the list", () => {
    const fields = fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save(questions().filter((q) => q.key !== "trust" && q.key !== "autonomy"))));
    expect(fields).toEqual({ questions: ["Keep the questions that feed these figures: autonomy, trust"] });
  });

  it("keeps each metric question a required scale under its key and pillar", () => {
    const list = questions();
    list[1] = { ...list[1]!, kind: "TEXT" };
    list[2] = { ...list[2]!, required: false };
    list[4] = { ...list[4]!, pillar: "SKILLS" };
    list[6] = { ...list[6]!, key: "trust-2" };
    const fields = fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save(list)));
    expect(Object.keys(fields).sort()).toEqual(["questions.1.kind", "questions.2.required", "questions.4.pillar", "questions.6.key"]);
    expect(fields["questions.4.pillar"]).toEqual(["Feeds the psychological safety figure, so its pillar stays ENGAGEMENT"]);
  });

  it("refuses a second question for the same metric and a repeated key", () => {
    const fields = fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save([
      ...questions(),
      { key: "trust-again", prompt: "Trust?", kind: "SCALE", pillar: "ENGAGEMENT", metricKey: "TRUST", required: true },
      { key: "experiment", prompt: "Again", kind: "TEXT", pillar: "SKILLS", required: false },
    ])));
    expect(fields).toEqual({
      "questions.9.metricKey": ["Only one question feeds the trust figure"],
      "questions.10.key": ['The key "experiment" is used more than once'],
    });
  });

  it("checks options: 2–12 distinct non-empty for a choice, none for other kinds", () => {
    const fields = fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save([
      ...questions(),
      { ...choice, key: "one", options: ["Only"] },
      { ...choice, key: "same", options: ["A", "a ", "A"] },
      { ...choice, key: "blank", options: ["A", " "] },
      { ...choice, key: "many", options: Array.from({ length: 13 }, (_, i) => `Option ${i}`) },
      { ...choice, key: "none" },
      { ...choice, key: "yes-no", kind: "YES_NO", options: ["Yes", "No"] },
    ])));
    expect(fields).toEqual({
      "questions.9.options": ["Give between 2 and 12 options"],
      "questions.10.options": ["Each option appears once"],
      "questions.11.options": ["Options cannot be empty"],
      "questions.12.options": ["Give between 2 and 12 options"],
      "questions.13.options": ["Give between 2 and 12 options"],
      "questions.14.options": ["Only a choice question has options"],
    });
  });

  it("names bad fields of a question: unknown kind and pillar, bad key, long prompt and help", () => {
    const fields = fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save([
      ...questions(),
      { key: "Bad Key", prompt: "p".repeat(301), help: "h".repeat(501), kind: "ESSAY", pillar: "FUN", required: "yes" },
    ])));
    expect(Object.keys(fields).sort()).toEqual(["questions.9.help", "questions.9.key", "questions.9.kind", "questions.9.pillar", "questions.9.prompt", "questions.9.required"]);
    expect(fields["questions.9.prompt"]).toEqual(["At most 300 characters"]);
  });

  it("allows at most 40 questions", () => {
    const extra = Array.from({ length: 32 }, (_, i) => ({ key: `extra-${i}`, prompt: "Extra", kind: "TEXT", pillar: "SKILLS", required: false }));
    expect(fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save([...questions(), ...extra])))).toEqual({ questions: ["At most 40 questions"] });
    expect(parseOrRefuse(ZSaveTemplateDraft, save([...questions(), ...extra.slice(1)])).questions).toHaveLength(40);
  });

  it("refuses a list that is not a list", () => {
    expect(fieldsOf(() => parseOrRefuse(ZSaveTemplateDraft, save("nope")))).toEqual({ questions: ["Give the questions as a list"] });
  });

  it("needs a template name of at most 100 characters", () => {
    expect(fieldsOf(() => parseOrRefuse(ZCreateTemplate, { name: "  " }))).toEqual({ name: ["Enter a name"] });
    expect(fieldsOf(() => parseOrRefuse(ZCreateTemplate, { name: "n".repeat(101) }))).toEqual({ name: ["At most 100 characters"] });
    expect(parseOrRefuse(ZCreateTemplate, { name: " Quarterly ", description: "" })).toEqual({ name: "Quarterly", description: null });
  });
});
