"use client";

import { useState } from "react";
import { deleteTeamMonthAction, saveTeamMonthAction } from "@/app/(app)/quality/actions";
import { FormMessage, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";
import type { TeamMonthRow } from "@/lib/quality/queries";
import type { SavedMonth } from "@/lib/quality/mutations";

// The month form below the table: pick a month (one already recorded loads its figures and
// version), then save. Every field has its label and its own error message.

const FIELDS = [
  { name: "deployments", label: "Deployments", hint: "Deployments to production in the month." },
  { name: "deployDays", label: "Deploy days", hint: "Days with at least one deployment." },
  { name: "leadTimeHours", label: "Lead time (hours)", hint: "Median, first commit to deployed." },
  { name: "failedDeployments", label: "Failed deployments", hint: "Deployments that caused an incident." },
  { name: "timeToRestoreHours", label: "Time to restore (hours)", hint: "Median; 0 when nothing failed." },
  { name: "incidents", label: "Incidents", hint: undefined },
] as const;

export function MonthEditor({ teamId, months, currentMonth }: { teamId: number; months: TeamMonthRow[]; currentMonth: string }) {
  const [month, setMonth] = useState(currentMonth);
  const existing = months.find((row) => row.month === month) ?? null;
  return (
    <section aria-labelledby="month-form-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="month-form-heading" className="text-lg font-semibold">{existing ? `Edit ${month}` : "Add a month"}</h2>
      <div className="mt-3 max-w-xs">
        <label htmlFor="quality-month" className="block text-sm font-medium">Month</label>
        <input id="quality-month" type="month" value={month} max={currentMonth} min="2000-01" onChange={(event) => setMonth(event.target.value)}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2" />
        <p className="text-xs text-slate-600">A month already recorded opens its figures.</p>
      </div>
      {/* Keyed by month and version: choosing another month, or a save, resets the fields to its figures. */}
      <MonthForm key={`${month}:${existing?.version ?? 0}`} teamId={teamId} month={month} existing={existing} />
      {existing && <DeleteMonth key={`delete-${month}:${existing.version}`} teamId={teamId} row={existing} />}
    </section>
  );
}

function MonthForm({ teamId, month, existing }: { teamId: number; month: string; existing: TeamMonthRow | null }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult<SavedMonth>>(saveTeamMonthAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="mt-4 grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="month" value={month} />
      {existing && <input type="hidden" name="version" value={existing.version} />}
      {errors?.month && <p className="text-sm text-red-700 sm:col-span-full">Month: {errors.month.join(" ")}</p>}
      {FIELDS.map((field) => (
        <TextField key={field.name} idPrefix="quality" name={field.name} label={field.label} hint={field.hint} type="text"
          defaultValue={existing ? String(existing[field.name]) : ""} errors={errors?.[field.name]} />
      ))}
      <SubmitRow result={result} pending={pending} label={existing ? `Save ${month}` : `Add ${month}`} pendingLabel="Saving…" />
    </form>
  );
}

function DeleteMonth({ teamId, row }: { teamId: number; row: TeamMonthRow }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(deleteTeamMonthAction);
  return (
    <form onSubmit={onSubmit} className="mt-4 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="month" value={row.month} />
      <input type="hidden" name="version" value={row.version} />
      <button type="submit" disabled={pending} className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {pending ? "Removing…" : `Remove ${row.month}`}
      </button>
      <FormMessage result={result} />
    </form>
  );
}
