"use client";

import { FieldErrors } from "@/components/ui/form-fields";
import { SCALE_MAX, SCALE_MIN } from "@/lib/check-ins/schemas";

export type QuestionProps = {
  question: { key: string; prompt: string; help: string | null; kind: string; required: boolean; options: string[] | null };
  value: string | number | boolean | null | undefined;
  errors?: string[];
  disabled?: boolean;
  onChange: (value: string | number | boolean | null) => void;
};

export const questionFieldId = (key: string) => `ci-q-${key}`;

const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/** One template question, drawn by its kind; radios keep arrow-key movement within a question. */
export function QuestionField({ question, value, errors, disabled, onChange }: QuestionProps) {
  const id = questionFieldId(question.key);
  const describedBy = [
    question.help ? `${id}-help` : null, question.kind === "SCALE" ? `${id}-scale` : null, errors?.length ? `${id}-error` : null,
  ].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {question.prompt}
      {question.required ? <span className="text-red-700" aria-hidden="true"> *</span> : <span className="text-sm font-normal text-slate-500"> (optional)</span>}
    </>
  );
  const help = question.help ? <p id={`${id}-help`} className="text-xs text-slate-600">{question.help}</p> : null;

  if (question.kind === "TEXT") {
    return (
      <div>
        <label htmlFor={id} className="block text-sm font-medium">{label}</label>
        {help}
        <textarea id={id} rows={3} value={typeof value === "string" ? value : ""} disabled={disabled}
          aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} aria-required={question.required || undefined}
          onChange={(event) => onChange(event.target.value)}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600" />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
    );
  }

  const choices: Array<{ label: string; value: string | number | boolean }> =
    question.kind === "SCALE" ? SCALE.map((n) => ({ label: String(n), value: n }))
      : question.kind === "YES_NO" ? [{ label: "Yes", value: true }, { label: "No", value: false }]
        : (question.options ?? []).map((option) => ({ label: option, value: option }));
  return (
    <fieldset id={id} tabIndex={-1} role="radiogroup" aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined} aria-required={question.required || undefined}>
      <legend className="text-sm font-medium">{label}</legend>
      {help}
      <div className={`mt-2 flex flex-wrap gap-2 ${question.kind === "CHOICE" ? "flex-col sm:flex-row" : ""}`}>
        {choices.map((choice) => (
          <label key={String(choice.value)}
            className="flex min-w-11 cursor-pointer items-center justify-center gap-2 rounded border border-slate-300 px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-600 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-brand-600">
            <input type="radio" name={id} value={String(choice.value)} checked={value === choice.value} disabled={disabled}
              onChange={() => onChange(choice.value)} className={question.kind === "SCALE" ? "sr-only" : ""} />
            {choice.label}
          </label>
        ))}
      </div>
      {question.kind === "SCALE" && <p id={`${id}-scale`} className="mt-1 text-xs text-slate-500">1 = very low · 3 = fine · 5 = excellent</p>}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
