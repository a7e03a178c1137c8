"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { publishTemplateVersionAction, saveTemplateDraftAction, type SaveTemplateResult } from "@/app/(app)/check-ins/templates/actions";
import { ErrorList } from "@/components/frameworks/error-list";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { TEMPLATE_LIMITS } from "@/lib/check-ins/templates/schemas";
import type { TemplateQuestion } from "@/lib/check-ins/template-version";
import type { ActionResult } from "@/lib/http/action";
import { QuestionEditor } from "./question-editor";
import { move, newQuestion, toEditable, toInput, type EditableQuestion } from "./question-shape";

type Props = { versionId: number; version: number; number: number; questions: TemplateQuestion[] };

/**
 * The draft's whole question list, held in the browser and saved whole under the draft's lock:
 * a save from a stale page is refused with the domain's CONFLICT message, never overwriting.
 */
export function TemplateEditor({ versionId, version, number, questions: initial }: Props) {
  const [questions, setQuestions] = useState(() => toEditable(initial));
  const [lock, setLock] = useState(version);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<SaveTemplateResult | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [saving, startSaving] = useTransition();
  const nextUid = useRef(0);
  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};

  const change = (next: EditableQuestion[]) => {
    setQuestions(next);
    setDirty(true);
  };
  const patch = (index: number, changes: Partial<EditableQuestion>) => change(questions.map((q, i) => (i === index ? { ...q, ...changes } : q)));
  const moveQuestion = (index: number, by: -1 | 1) => {
    const uid = questions[index]!.uid;
    change(move(questions, index, by));
    setAnnouncement(`Question moved to position ${index + by + 1} of ${questions.length}.`);
    // Keep the keyboard on the moved question; at the list's edge the other button stays enabled.
    const edge = (by === -1 && index + by === 0) || (by === 1 && index + by === questions.length - 1);
    const direction = edge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down";
    requestAnimationFrame(() => document.getElementById(`question-${uid}-${direction}`)?.focus());
  };
  const remove = (index: number) => {
    change(questions.filter((_, i) => i !== index));
    setAnnouncement(`Question ${index + 1} removed.`);
    requestAnimationFrame(() => document.getElementById("add-question")?.focus());
  };
  const add = () => {
    nextUid.current += 1;
    const added = newQuestion(questions, `new${nextUid.current}`);
    change([...questions, added]);
    setAnnouncement(`Question ${questions.length + 1} added.`);
    requestAnimationFrame(() => document.getElementById(`question-${added.uid}-prompt`)?.focus());
  };

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    form.set("versionId", String(versionId));
    form.set("version", String(lock));
    form.set("questions", JSON.stringify(toInput(questions)));
    startSaving(async () => {
      const saved = await saveTemplateDraftAction(null, form);
      setResult(saved);
      if (saved.ok && saved.version) {
        setLock(saved.version);
        setDirty(false);
      }
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={save} noValidate className="space-y-4" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">Questions</h2>
        <p role="status" aria-live="polite" className="sr-only">{announcement}</p>
        {errors.questions && <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">{errors.questions.join(" ")}</p>}
        <ol className="space-y-4">
          {questions.map((question, index) => (
            <li key={question.uid}>
              <QuestionEditor question={question} index={index} count={questions.length} errors={errors}
                onChange={(changes) => patch(index, changes)} onMove={(by) => moveQuestion(index, by)} onRemove={() => remove(index)} />
            </li>
          ))}
        </ol>
        <button type="button" id="add-question" onClick={add} disabled={questions.length >= TEMPLATE_LIMITS.questions}
          className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-50">
          Add a question
        </button>
        <div className="sticky bottom-0 space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <FormMessage result={result} />
          {Object.keys(errors).length > 0 && <ErrorList errors={errors} label="Problems in the draft" />}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={saving} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
              {saving ? "Saving…" : "Save draft"}
            </button>
            {dirty && <span className="text-sm text-slate-700">Unsaved changes</span>}
          </div>
        </div>
      </form>
      <PublishForm versionId={versionId} lock={lock} number={number} dirty={dirty} />
    </div>
  );
}

function PublishForm({ versionId, lock, number, dirty }: { versionId: number; lock: number; number: number; dirty: boolean }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(publishTemplateVersionAction);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <section aria-labelledby="publish-heading" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
      <h2 id="publish-heading" className="text-lg font-semibold">Publish</h2>
      <form onSubmit={onSubmit} className="space-y-3">
        <input type="hidden" name="versionId" value={versionId} />
        <input type="hidden" name="version" value={lock} />
        <div className="flex items-start gap-2">
          <input id="publish-confirm" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="mt-1 h-4 w-4 rounded border-slate-400" />
          <label htmlFor="publish-confirm" className="text-sm">
            I understand that once version {number} is published it can no longer be changed, the version published now is archived,
            and check-ins already written keep the questions they were asked.
          </label>
        </div>
        {dirty && <p className="text-sm text-amber-900">Save your changes before publishing.</p>}
        <FormMessage result={result} />
        <button type="submit" disabled={pending || dirty || !confirmed}
          className="rounded border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50 disabled:opacity-60">
          {pending ? "Publishing…" : `Publish version ${number}`}
        </button>
      </form>
    </section>
  );
}
