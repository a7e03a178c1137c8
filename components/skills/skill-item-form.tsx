"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { createSkillItemAction, updateSkillItemAction } from "@/app/(app)/skills/actions";
import { FieldErrors, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";
import { queryKeys } from "@/lib/query/keys";
import type { SkillItemSaved } from "@/lib/skills/mutations";
import type { SkillItemDetail, TargetOption } from "@/lib/skills/queries";
import { KIND_LABELS, SKILL_KINDS, SKILL_STATUSES, STATUS_LABELS, TEXT_MAX, TITLE_MAX } from "@/lib/skills/schemas";
import { TargetPicker } from "./target-picker";

// Recording a learning item or an experiment (skills page) and editing one (its page): one form,
// one schema on the server, a message next to every field it refuses.

type Props = { today: string } & ({ teams: TargetOption[]; item?: undefined } | { teams?: undefined; item: SkillItemDetail });

const control = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600 focus-visible:outline-2 focus-visible:outline-brand-600";

export function SkillItemForm({ today, teams, item }: Props) {
  const client = useQueryClient();
  const [result, onSubmit, pending] = useFormAction<ActionResult<SkillItemSaved>>(item ? updateSkillItemAction : createSkillItemAction);
  useEffect(() => {
    if (result?.ok) void client.invalidateQueries({ queryKey: queryKeys.skills.all });
  }, [result, client]);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const prefix = item ? `skill-${item.id}` : "new-skill";
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {item ? (
        <>
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      ) : <TargetPicker prefix={prefix} teams={teams} errors={errors} />}
      <fieldset aria-describedby={errors?.kind ? `${prefix}-kind-error` : undefined}>
        <legend className="text-sm font-medium">Kind</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {SKILL_KINDS.map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={kind} defaultChecked={(item?.kind ?? "LEARNING") === kind} className="size-4" />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        <FieldErrors id={`${prefix}-kind-error`} errors={errors?.kind} />
      </fieldset>
      <div>
        <label htmlFor={`${prefix}-status`} className="block text-sm font-medium">Status</label>
        <select id={`${prefix}-status`} name="status" defaultValue={item?.status ?? "PLANNED"} aria-invalid={errors?.status ? true : undefined}
          aria-describedby={errors?.status ? `${prefix}-status-error` : undefined} className={control}>
          {SKILL_STATUSES.map((status) => <option key={status} value={status}>{STATUS_LABELS[status]}</option>)}
        </select>
        <FieldErrors id={`${prefix}-status-error`} errors={errors?.status} />
      </div>
      <div className="sm:col-span-full">
        <TextField idPrefix={prefix} name="title" label="Title" required defaultValue={item?.title} errors={errors?.title}
          hint={`What is learned or tried, e.g. "AI-assistant pilot" (up to ${TITLE_MAX} characters).`} />
      </div>
      <TextArea prefix={prefix} name="description" label="Description (optional)" defaultValue={item?.description} errors={errors?.description} />
      <TextField idPrefix={prefix} name="startedOn" label="Started on (optional)" type="date" defaultValue={item?.startedOn ?? undefined} errors={errors?.startedOn}
        hint="A planned item may start later; otherwise today or earlier." />
      <TextField idPrefix={prefix} name="completedOn" label="Completed or stopped on" type="date" defaultValue={item?.completedOn ?? undefined} errors={errors?.completedOn}
        hint={`Needed once completed; not before the start, not after today (${today}).`} />
      <TextArea prefix={prefix} name="outcome" label="Outcome (optional)" hint="What changed, what was learned, keep or drop." defaultValue={item?.outcome} errors={errors?.outcome} />
      <TextArea prefix={prefix} name="evidence" label="Evidence (optional)" hint="A link (https://…) or a short description." defaultValue={item?.evidence} errors={errors?.evidence} />
      <FieldErrors id={`${prefix}-form-error`} errors={errors?.itemId ?? errors?.version} />
      <SubmitRow result={result} pending={pending} label={item ? "Save" : "Record item"} pendingLabel="Saving…" />
    </form>
  );
}

function TextArea({ prefix, name, label, hint, defaultValue, errors }: { prefix: string; name: string; label: string; hint?: string; defaultValue?: string | null; errors?: string[] }) {
  const id = `${prefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="sm:col-span-full">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <textarea id={id} name={name} rows={3} maxLength={TEXT_MAX} defaultValue={defaultValue ?? ""} aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy} className={control} />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
