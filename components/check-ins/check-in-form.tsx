"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type ReactNode } from "react";
import { FieldErrors } from "@/components/ui/form-fields";
import { checkInContentSchema, GROWTH_DOMAINS, type TCheckInContentInput } from "@/lib/check-ins/schemas";
import type { CheckInDetail } from "@/lib/check-ins/queries";
import { fieldErrorsOf } from "@/lib/http/field-errors";
import { PILLAR_LABEL, PILLARS } from "@/lib/metrics/pillar-score";
import { fieldErrorsOfError } from "@/lib/query/unwrap";
import { ActionItemsPanel } from "./action-items-panel";
import { QuestionField, questionFieldId } from "./question-field";
import { SaveStatus } from "./save-status";
import { useCheckInSave } from "./use-check-in-save";

type Props = { checkIn: CheckInDetail; author: { id: number; name: string } | null };

const DOMAIN_LABEL = { FINANCE: "Finance", STRATEGY: "Strategy", PRODUCT: "Product" } as const;

function initialContent(checkIn: CheckInDetail): TCheckInContentInput {
  return {
    date: checkIn.date, answers: { ...checkIn.answers }, wins: checkIn.wins ?? "", blockers: checkIn.blockers ?? "",
    growthDomain: checkIn.growthDomain, growthStep: checkIn.growthStep ?? "", growthFollowUp: checkIn.growthFollowUp ?? "",
    privateNote: checkIn.privateNote ?? "",
  };
}

/**
 * The author's check-in form, one page: the template's questions grouped by pillar, wins and
 * blockers, the growth question with last time's step to follow up, action items, a private
 * note. A draft saves itself; submitting checks every field here with the server's own schema.
 */
export function CheckInForm({ checkIn, author }: Props) {
  const router = useRouter();
  const draft = checkIn.status === "DRAFT";
  const [content, setContent] = useState<TCheckInContentInput>(() => initialContent(checkIn));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const { state, changed, save } = useCheckInSave({ checkInId: checkIn.id, version: checkIn.version, autosave: draft });
  const [attempt, setAttempt] = useState(0);
  // What an autosave was refused for shows beside its field too, without taking the focus away.
  const shown = { ...(state.kind === "error" && state.fieldErrors ? state.fieldErrors : {}), ...errors };
  const schema = useMemo(
    () => checkInContentSchema({ questions: checkIn.questions, today: checkIn.today, earliest: checkIn.earliest, submit: true }),
    [checkIn.questions, checkIn.today, checkIn.earliest],
  );

  const update = (patch: Partial<TCheckInContentInput>, field: string = Object.keys(patch)[0]!) => {
    const next = { ...content, ...patch };
    setContent(next);
    changed(next);
    // A field the person has just changed no longer shows the message it had.
    if (errors[field]) setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)));
  };
  const answer = (key: string, value: string | number | boolean | null) => update({ answers: { ...content.answers, [key]: value } }, `answers.${key}`);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = schema.safeParse(content);
    if (!parsed.success) {
      showErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    try {
      await save(draft ? "submit" : "edit", content);
      router.push(`/check-ins/${checkIn.id}?saved=1`);
      router.refresh();
    } catch (error) {
      showErrors(fieldErrorsOfError(error) ?? {});
    }
  };

  function showErrors(found: Record<string, string[]>) {
    setErrors(found);
    setAttempt((n) => n + 1);
    // Take the keyboard to the first field that needs attention.
    const first = Object.keys(found)[0];
    if (!first) return;
    const target = first.startsWith("answers.") ? questionFieldId(first.slice("answers.".length)) : `ci-${first}`;
    document.getElementById(target)?.focus();
  }

  const count = Object.keys(shown).length;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <label htmlFor="ci-date" className="block text-sm font-medium">Date of the conversation</label>
          <input id="ci-date" type="date" value={content.date} max={checkIn.today} min={checkIn.earliest} readOnly={!draft}
            onChange={(e) => update({ date: e.target.value })} aria-invalid={shown.date ? true : undefined}
            aria-describedby={[draft ? null : "ci-date-hint", shown.date ? "ci-date-error" : null].filter(Boolean).join(" ") || undefined}
            className="mt-1 block rounded border border-slate-300 px-3 py-2 read-only:bg-slate-100" />
          {!draft && <p id="ci-date-hint" className="text-xs text-slate-600">A submitted check-in keeps its date.</p>}
          <FieldErrors id="ci-date-error" errors={shown.date} />
        </div>
        {draft && <SaveStatus state={state} />}
      </div>

      {count > 0 && (
        <div key={attempt} role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {count === 1 ? "One field needs" : `${count} fields need`} attention before this check-in can be {draft ? "submitted" : "saved"}.
        </div>
      )}

      {checkIn.previousGrowth && (
        <Section id="follow-up" title="Follow up on last time's growth step">
          <p className="text-sm text-slate-700">
            On {checkIn.previousGrowth.date}{checkIn.previousGrowth.domain ? ` (${DOMAIN_LABEL[checkIn.previousGrowth.domain as keyof typeof DOMAIN_LABEL]})` : ""}:{" "}
            <q className="font-medium">{checkIn.previousGrowth.step}</q>
          </p>
          <TextArea id="ci-growthFollowUp" label="How did that step go?" value={content.growthFollowUp ?? ""} errors={shown.growthFollowUp}
            onChange={(value) => update({ growthFollowUp: value })} />
        </Section>
      )}

      {PILLARS.map((pillar) => {
        const questions = checkIn.questions.filter((q) => q.pillar === pillar);
        if (questions.length === 0) return null;
        return (
          <Section key={pillar} id={`pillar-${pillar.toLowerCase()}`} title={PILLAR_LABEL[pillar]}>
            {questions.map((question) => (
              <QuestionField key={question.key} question={question} value={content.answers[question.key] as string | number | boolean | null | undefined}
                errors={shown[`answers.${question.key}`]} onChange={(value) => answer(question.key, value)} />
            ))}
          </Section>
        );
      })}

      <Section id="wins-blockers" title="Wins and blockers">
        <TextArea id="ci-wins" label="Wins since the last check-in" value={content.wins ?? ""} errors={shown.wins} onChange={(value) => update({ wins: value })} />
        <TextArea id="ci-blockers" label="Blockers" value={content.blockers ?? ""} errors={shown.blockers} onChange={(value) => update({ blockers: value })} />
      </Section>

      <Section id="growth" title="Growth question">
        <div>
          <label htmlFor="ci-growthDomain" className="block text-sm font-medium">Which of finance, strategy and product are they least comfortable with?</label>
          <select id="ci-growthDomain" value={content.growthDomain ?? ""} onChange={(e) => update({ growthDomain: (e.target.value || null) as TCheckInContentInput["growthDomain"] })}
            aria-invalid={shown.growthDomain ? true : undefined} aria-describedby={shown.growthDomain ? "ci-growthDomain-error" : undefined}
            className="mt-1 block rounded border border-slate-300 px-3 py-2">
            <option value="">Not discussed</option>
            {GROWTH_DOMAINS.map((domain) => <option key={domain} value={domain}>{DOMAIN_LABEL[domain]}</option>)}
          </select>
          <FieldErrors id="ci-growthDomain-error" errors={shown.growthDomain} />
        </div>
        <TextArea id="ci-growthStep" label="One step they will take this month" value={content.growthStep ?? ""} errors={shown.growthStep}
          onChange={(value) => update({ growthStep: value })} />
      </Section>

      <Section id="action-items" title="Action items">
        <ActionItemsPanel checkInId={checkIn.id} subject={checkIn.subject} author={author} today={checkIn.today} editable />
      </Section>

      <Section id="private" title="Private note">
        <TextArea id="ci-privateNote" label="Only you can read this note" value={content.privateNote ?? ""} errors={shown.privateNote}
          hint="Not shown to the person, your managers, HR, reports or exports." onChange={(value) => update({ privateNote: value })} />
      </Section>

      <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-white/95 py-3">
        <button type="submit" className="rounded bg-brand-600 px-5 py-2 font-medium text-white hover:bg-brand-700">
          {draft ? "Submit check-in" : "Save changes"}
        </button>
        {state.kind === "error" && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      </div>
    </form>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function TextArea({ id, label, value, errors, hint, onChange }: { id: string; label: string; value: string; errors?: string[]; hint?: string; onChange: (value: string) => void }) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <textarea id={id} rows={3} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600" />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
