"use client";

import { assignLevelAction } from "@/app/(app)/growth/actions";
import { FieldErrors, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

type Level = { id: number; code: string; name: string; track: { name: string } };
const select = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";

export function AssignLevelForm({ personId, levels, today }: { personId: number; levels: Level[]; today: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(assignLevelAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="personId" value={personId} />
      <div>
        <label htmlFor="level-levelId" className="block text-sm font-medium">New level</label>
        <select id="level-levelId" name="levelId" className={select} defaultValue="">
          <option value="" disabled>Choose…</option>
          {levels.map((level) => <option key={level.id} value={level.id}>{level.code} · {level.name} ({level.track.name})</option>)}
        </select>
        <FieldErrors id="level-levelId-error" errors={errors?.levelId} />
      </div>
      <div>
        <label htmlFor="level-reason" className="block text-sm font-medium">Reason</label>
        <select id="level-reason" name="reason" className={select} defaultValue="PROMOTION">
          <option value="PROMOTION">Promotion</option>
          <option value="CALIBRATION">Calibration</option>
          <option value="TRACK_CHANGE">Track change</option>
          <option value="HIRE">Hire</option>
        </select>
      </div>
      <TextField idPrefix="level" name="effectiveFrom" label="Effective from" type="date" defaultValue={today} errors={errors?.effectiveFrom} />
      <div className="sm:col-span-3">
        <TextField idPrefix="level" name="note" label="Note (optional)" errors={errors?.note} />
      </div>
      <SubmitRow result={result} pending={pending} label="Record level" pendingLabel="Saving…" />
    </form>
  );
}
