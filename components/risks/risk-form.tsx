"use client";

import { createRiskAction, updateRiskAction } from "@/app/(app)/risks/actions";
import { FieldErrors, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { RiskFactor, RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action";
import type { RiskSaved } from "@/lib/risks/mutations";
import { FACTOR_LABELS, LEVEL_LABELS, NOTES_MAX, RISK_FACTORS, RISK_LEVELS, RISK_STATUSES, STATUS_LABELS } from "@/lib/risks/schemas";

// Recording a risk (person page) and editing one (risk page): one form, one schema on the server.

type Existing = { id: number; version: number; level: RiskLevel; factors: RiskFactor[]; regrettable: boolean; notes: string | null; nextReviewDate: string; status: RiskStatus };
type Props = { today: string } & ({ personId: number; risk?: undefined } | { personId?: undefined; risk: Existing });

const control = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600 focus-visible:outline-2 focus-visible:outline-brand-600";

export function RiskForm({ today, personId, risk }: Props) {
  const [result, onSubmit, pending] = useFormAction<ActionResult<RiskSaved>>(risk ? updateRiskAction : createRiskAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const prefix = risk ? `risk-${risk.id}` : "new-risk";
  const described = (field: string) => (errors?.[field] ? `${prefix}-${field}-error` : undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {risk ? (
        <>
          <input type="hidden" name="riskId" value={risk.id} />
          <input type="hidden" name="version" value={risk.version} />
        </>
      ) : <input type="hidden" name="personId" value={personId} />}
      <div>
        <label htmlFor={`${prefix}-level`} className="block text-sm font-medium">Level</label>
        <select id={`${prefix}-level`} name="level" defaultValue={risk?.level ?? "MEDIUM"} aria-invalid={errors?.level ? true : undefined} aria-describedby={described("level")} className={control}>
          {RISK_LEVELS.map((level) => <option key={level} value={level}>{LEVEL_LABELS[level]}</option>)}
        </select>
        <FieldErrors id={`${prefix}-level-error`} errors={errors?.level} />
      </div>
      <TextField idPrefix={prefix} name="nextReviewDate" label="Next review" type="date" required defaultValue={risk?.nextReviewDate}
        hint={`Today (${today}) or later, within a year.`} errors={errors?.nextReviewDate} />
      <fieldset className="sm:col-span-full" aria-describedby={described("factors")}>
        <legend className="text-sm font-medium">Factors <span className="font-normal text-slate-600">(at least one)</span></legend>
        <div className="mt-1 grid grid-cols-1 gap-2 min-[390px]:grid-cols-2 sm:grid-cols-4">
          {RISK_FACTORS.map((factor) => (
            <label key={factor} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="factors" value={factor} defaultChecked={risk?.factors.includes(factor)} className="size-4" />
              {FACTOR_LABELS[factor]}
            </label>
          ))}
        </div>
        <FieldErrors id={`${prefix}-factors-error`} errors={errors?.factors} />
      </fieldset>
      <fieldset aria-describedby={described("regrettable")}>
        <legend className="text-sm font-medium">Would losing them be regrettable?</legend>
        <div className="mt-1 flex gap-4">
          {[["true", "Yes"], ["false", "No"]].map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="regrettable" value={value} defaultChecked={risk ? String(risk.regrettable) === value : value === "true"} className="size-4" />
              {label}
            </label>
          ))}
        </div>
        <FieldErrors id={`${prefix}-regrettable-error`} errors={errors?.regrettable} />
      </fieldset>
      {risk && (
        <div>
          <label htmlFor={`${prefix}-status`} className="block text-sm font-medium">Status</label>
          <select id={`${prefix}-status`} name="status" defaultValue={risk.status} aria-invalid={errors?.status ? true : undefined} aria-describedby={described("status")} className={control}>
            {RISK_STATUSES.map((status) => <option key={status} value={status}>{STATUS_LABELS[status]}</option>)}
          </select>
          <FieldErrors id={`${prefix}-status-error`} errors={errors?.status} />
        </div>
      )}
      <div className="sm:col-span-full">
        <label htmlFor={`${prefix}-notes`} className="block text-sm font-medium">Notes <span className="font-normal text-slate-600">(confidential)</span></label>
        <textarea id={`${prefix}-notes`} name="notes" rows={4} maxLength={NOTES_MAX} defaultValue={risk?.notes ?? ""}
          aria-invalid={errors?.notes ? true : undefined} aria-describedby={described("notes")} className={control} />
        <FieldErrors id={`${prefix}-notes-error`} errors={errors?.notes} />
      </div>
      <FieldErrors id={`${prefix}-form-error`} errors={errors?.personId ?? errors?.riskId ?? errors?.version} />
      <SubmitRow result={result} pending={pending} label={risk ? "Save risk" : "Record risk"} pendingLabel="Saving…" />
    </form>
  );
}
