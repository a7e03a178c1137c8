import type { MetricKey, Pillar, QuestionKind } from "@/lib/generated/prisma/enums";
import type { TTemplateQuestionInput } from "@/lib/check-ins/templates/schemas";

// The editor's working copy of a question list, and the pure moves on it. Options are edited
// as one line each; the server's schema (lib/check-ins/templates/schemas.ts) decides validity.

export type EditableQuestion = {
  /** Stable across moves, for React keys and element ids; never sent. */
  uid: string;
  key: string;
  prompt: string;
  help: string;
  kind: QuestionKind;
  pillar: Pillar;
  metricKey: MetricKey | null;
  optionsText: string;
  required: boolean;
};

type StoredQuestion = { key: string; prompt: string; help: string | null; kind: QuestionKind; pillar: Pillar; metricKey: MetricKey | null; options: string[] | null; required: boolean };

export function toEditable(questions: readonly StoredQuestion[]): EditableQuestion[] {
  return questions.map((question, index) => ({
    uid: `q${index}`, key: question.key, prompt: question.prompt, help: question.help ?? "", kind: question.kind, pillar: question.pillar,
    metricKey: question.metricKey, optionsText: (question.options ?? []).join("\n"), required: question.required,
  }));
}

/** What the save sends: options only for a choice question, blank lines dropped. */
export function toInput(questions: readonly EditableQuestion[]): TTemplateQuestionInput[] {
  return questions.map((question) => ({
    key: question.key.trim(), prompt: question.prompt, help: question.help.trim() || null, kind: question.kind, pillar: question.pillar,
    metricKey: question.metricKey, required: question.required,
    options: question.kind === "CHOICE" ? question.optionsText.split("\n").map((line) => line.trim()).filter(Boolean) : null,
  }));
}

/** Swaps the question at `index` with its neighbour; out-of-range moves change nothing. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A new optional text question with the first free key "question-N". */
export function newQuestion(list: readonly EditableQuestion[], uid: string): EditableQuestion {
  const keys = new Set(list.map((question) => question.key));
  let n = list.length + 1;
  while (keys.has(`question-${n}`)) n += 1;
  return { uid, key: `question-${n}`, prompt: "", help: "", kind: "TEXT", pillar: "GROWTH", metricKey: null, optionsText: "", required: false };
}
