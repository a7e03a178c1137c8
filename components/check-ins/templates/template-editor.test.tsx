import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { QuestionList } from "./question-list";
import { TemplateEditor } from "./template-editor";

// The server actions never run here; the editor only needs their references.
vi.mock("@/app/(app)/check-ins/templates/actions", () => ({ saveTemplateDraftAction: vi.fn(), publishTemplateVersionAction: vi.fn() }));

const questions = [
  ...DEFAULT_TEMPLATE.questions.map((question, index) => ({ id: index + 1, help: null, metricKey: null, options: null, ...question })),
  { id: 99, key: "focus", prompt: "Where did the week go?", help: null, kind: "CHOICE" as const, pillar: "GROWTH" as const, metricKey: null, options: ["Hiring", "Delivery"], required: false },
];

describe("template editor markup", () => {
  it("labels every field, locks metric questions and shows options one per line", () => {
    const html = renderToStaticMarkup(<TemplateEditor versionId={3} version={2} number={2} questions={questions} />);
    const ids = [...html.matchAll(/<(?:input|select|textarea)[^>]*\bid="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(questions.length * 5);
    for (const id of ids) expect(html).toContain(`for="${id}"`);
    expect(html).toContain("Feeds the trust figure");
    expect(html.match(/>Remove<span class="sr-only"> question \d+<\/span><\/button>/g)).toHaveLength(10);
    expect(html.match(/disabled=""[^>]*>Remove/g)).toHaveLength(7);
    expect(html).toContain("Hiring\nDelivery");
    expect(html).toContain("Publish version 2");
  });

  it("lists a version read only with each question's metric", () => {
    const html = renderToStaticMarkup(<QuestionList questions={questions} />);
    expect(html).toContain("Feeds the psychological safety figure");
    expect(html).not.toContain("<input");
  });
});
