"use client";

import { KIND_LABEL, METRIC_LABEL, QUESTION_KINDS, QUESTION_PILLARS, TEMPLATE_LIMITS } from "@/lib/check-ins/templates/schemas";
import type { FieldErrors } from "@/lib/errors";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";
import type { EditableQuestion } from "./question-shape";

type Props = {
  question: EditableQuestion;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (patch: Partial<EditableQuestion>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

const input = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100";
const small = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50";

/** One question of a draft. A metric question keeps its key, kind, pillar and required flag. */
export function QuestionEditor({ question, index, count, errors, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  const id = `question-${question.uid}`;
  const at = (field: string) => errors[`questions.${index}.${field}`];
  const field = (name: string, hint?: string) => {
    const messages = at(name);
    const describedBy = [hint, messages?.length ? `${id}-${name}-error` : null].filter(Boolean).join(" ") || undefined;
    return { id: `${id}-${name}`, "aria-invalid": messages?.length ? true : undefined, "aria-describedby": describedBy };
  };
  const problem = (name: string) => {
    const messages = at(name);
    return messages?.length ? <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-700">{messages.join(" ")}</p> : null;
  };
  const label = (name: string, text: string) => (
    <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">{text}<span className="sr-only"> of question {n}</span></label>
  );
  const metric = question.metricKey;

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-sm font-semibold">Question {n}{metric && <span className="font-normal text-slate-700"> · feeds the {METRIC_LABEL[metric]} figure</span>}</legend>
      {metric && <p id={`${id}-metric`} className="text-sm text-slate-700">Feeds the {METRIC_LABEL[metric]} figure: it stays a required 1–5 scale in this pillar, and cannot be removed.</p>}
      <div>
        {label("prompt", "Question")}
        <textarea rows={2} maxLength={TEMPLATE_LIMITS.prompt} value={question.prompt} onChange={(e) => onChange({ prompt: e.target.value })} {...field("prompt")} className={input} />
        {problem("prompt")}
      </div>
      <div>
        {label("help", "Help text (optional)")}
        <textarea rows={2} maxLength={TEMPLATE_LIMITS.help} value={question.help} onChange={(e) => onChange({ help: e.target.value })} {...field("help")} className={input} />
        {problem("help")}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          {label("key", "Key")}
          <input value={question.key} readOnly={metric !== null} onChange={(e) => onChange({ key: e.target.value })}
            {...field("key", `${id}-key-hint`)} className={`${input} read-only:bg-slate-100`} />
          <p id={`${id}-key-hint`} className="mt-1 text-xs text-slate-600">Lowercase letters, digits and dashes; kept across versions.</p>
          {problem("key")}
        </div>
        <div>
          {label("kind", "Kind")}
          <select value={question.kind} disabled={metric !== null} onChange={(e) => onChange({ kind: e.target.value as EditableQuestion["kind"] })} {...field("kind")} className={input}>
            {QUESTION_KINDS.map((kind) => <option key={kind} value={kind}>{KIND_LABEL[kind]}</option>)}
          </select>
          {problem("kind")}
        </div>
        <div>
          {label("pillar", "Pillar")}
          <select value={question.pillar} disabled={metric !== null} onChange={(e) => onChange({ pillar: e.target.value as EditableQuestion["pillar"] })} {...field("pillar")} className={input}>
            {QUESTION_PILLARS.map((pillar) => <option key={pillar} value={pillar}>{PILLAR_LABEL[pillar]}</option>)}
          </select>
          {problem("pillar")}
        </div>
      </div>
      {question.kind === "CHOICE" && (
        <div>
          {label("options", "Options, one per line")}
          <textarea rows={4} value={question.optionsText} onChange={(e) => onChange({ optionsText: e.target.value })} {...field("options", `${id}-options-hint`)} className={input} />
          <p id={`${id}-options-hint`} className="mt-1 text-xs text-slate-600">Between 2 and {TEMPLATE_LIMITS.options} different options.</p>
          {problem("options")}
        </div>
      )}
      <div className="flex items-center gap-2">
        <input type="checkbox" checked={question.required} disabled={metric !== null} onChange={(e) => onChange({ required: e.target.checked })}
          {...field("required")} className="h-4 w-4 rounded border-slate-400" />
        {label("required", "An answer is required to submit")}
      </div>
      {problem("required")}
      {problem("metricKey")}
      <div className="flex flex-wrap gap-2">
        <button type="button" id={`${id}-up`} disabled={index === 0} onClick={() => onMove(-1)} className={small}>
          Move up<span className="sr-only"> question {n}</span>
        </button>
        <button type="button" id={`${id}-down`} disabled={index === count - 1} onClick={() => onMove(1)} className={small}>
          Move down<span className="sr-only"> question {n}</span>
        </button>
        <button type="button" disabled={metric !== null} onClick={onRemove} aria-describedby={metric ? `${id}-metric` : undefined}
          className={`${small} text-red-800`}>
          Remove<span className="sr-only"> question {n}</span>
        </button>
      </div>
    </fieldset>
  );
}
