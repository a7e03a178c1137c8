"use client";

import { setCadenceAction } from "@/app/(app)/check-ins/schedule-actions";
import { FieldErrors, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { CADENCE_LABELS, CADENCES, NEXT_DUE_MAX_DAYS } from "@/lib/check-ins/schedule-schemas";
import type { Cadence } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action";

// How often this person has a check-in and when the next is due. Past due dates keep the
// cadence they had, so last quarter's coverage does not change.

type Props = { personId: number; version: number; cadence: Cadence; suggestedNextDue: string; today: string };

export function CadenceForm({ personId, version, cadence, suggestedNextDue, today }: Props) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(setCadenceAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="cadence-cadence" className="block text-sm font-medium">Check-in cadence</label>
        <select id="cadence-cadence" name="cadence" defaultValue={cadence}
          aria-invalid={errors?.cadence ? true : undefined} aria-describedby={errors?.cadence ? "cadence-cadence-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus-visible:outline-2 focus-visible:outline-brand-600">
          {CADENCES.map((value) => <option key={value} value={value}>{CADENCE_LABELS[value]}</option>)}
        </select>
        <FieldErrors id="cadence-cadence-error" errors={errors?.cadence} />
      </div>
      <TextField idPrefix="cadence" name="nextDue" label="Next check-in due" type="date" defaultValue={suggestedNextDue}
        hint={`From today (${today}) to ${NEXT_DUE_MAX_DAYS} days ahead; later ones follow the cadence.`} errors={errors?.nextDue} />
      <FieldErrors id="cadence-form-error" errors={errors?.personId ?? errors?.version} />
      <SubmitRow result={result} pending={pending} label="Save cadence" pendingLabel="Saving…" />
    </form>
  );
}
