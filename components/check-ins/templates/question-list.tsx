import { KIND_LABEL, METRIC_LABEL } from "@/lib/check-ins/templates/schemas";
import type { TemplateQuestion } from "@/lib/check-ins/template-version";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";

/** A version's questions, read only, in the order the check-in form asks them. */
export function QuestionList({ questions }: { questions: TemplateQuestion[] }) {
  if (questions.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">This version has no questions.</p>;
  return (
    <ol className="space-y-3">
      {questions.map((question, index) => (
        <li key={question.id} className="space-y-1 rounded-lg bg-white p-4 shadow-sm">
          <p className="font-medium"><span className="text-slate-600">{index + 1}. </span>{question.prompt}</p>
          {question.help && <p className="text-sm text-slate-700">{question.help}</p>}
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
            <span>{KIND_LABEL[question.kind]}</span>
            <span>{PILLAR_LABEL[question.pillar]}</span>
            <span>{question.required ? "Required" : "Optional"}</span>
            <span>Key <code className="font-mono">{question.key}</code></span>
            {question.metricKey && <span className="font-semibold">Feeds the {METRIC_LABEL[question.metricKey]} figure</span>}
          </p>
          {question.options && (
            <ul aria-label={`Options of question ${index + 1}`} className="list-disc pl-5 text-sm">
              {question.options.map((option) => <li key={option}>{option}</li>)}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
