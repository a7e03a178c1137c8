import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { ZTemplateQuestions } from "@/lib/check-ins/templates/schemas";
import { move, newQuestion, toEditable, toInput } from "./question-shape";

const stored = DEFAULT_TEMPLATE.questions.map((question) => ({ help: null, metricKey: null, options: null, ...question }));

describe("template editor shape", () => {
  it("round-trips the default template into a list the schema accepts", () => {
    expect(parseOrRefuse(ZTemplateQuestions, toInput(toEditable(stored)))).toHaveLength(stored.length);
  });

  it("sends options only for a choice question, one per non-blank line", () => {
    const [question] = toEditable(stored);
    const choice = { ...question!, kind: "CHOICE" as const, optionsText: " Hiring \n\nDelivery\n" };
    expect(toInput([choice])[0]!.options).toEqual(["Hiring", "Delivery"]);
    expect(toInput([{ ...choice, kind: "TEXT" }])[0]!.options).toBeNull();
  });

  it("moves within bounds and picks a free key for a new question", () => {
    expect(move([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    const list = toEditable(stored);
    expect(newQuestion(list, "n").key).toBe(`question-${list.length + 1}`);
    expect(newQuestion([...list, { ...list[0]!, key: `question-${list.length + 2}` }], "n").key).toBe(`question-${list.length + 3}`);
  });
});
