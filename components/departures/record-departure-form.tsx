"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { recordDepartureAction } from "@/app/(app)/departures/actions";
import { FieldErrors, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { PersonOption } from "@/lib/departures/queries";
import { FUTURE_MAX_DAYS, REASON_MAX } from "@/lib/departures/schemas";
import type { ActionResult } from "@/lib/http/action";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";

// Recording a departure (VPE, HR partners): on the departures page with a person search, or on
// a person's page for that person (RecordDepartureForm). The server re-checks everything.

type Errors = Record<string, string[]> | undefined;

function useRecordAction() {
  const client = useQueryClient();
  const [result, onSubmit, pending] = useFormAction<ActionResult>(recordDepartureAction);
  useEffect(() => {
    if (result?.ok) void client.invalidateQueries({ queryKey: queryKeys.departures.all });
  }, [result, client]);
  return [result, onSubmit, pending, result && !result.ok ? result.fieldErrors : undefined] as const;
}

function Flag({ idPrefix, name, label, hint, errors }: { idPrefix: string; name: string; label: string; hint: string; errors?: string[] }) {
  const id = `${idPrefix}-${name}`;
  return (
    <div>
      <div className="flex items-start gap-2">
        <input id={id} name={name} type="checkbox" aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`} className="mt-1 size-4" />
        <label htmlFor={id} className="text-sm font-medium">{label}</label>
      </div>
      <p id={`${id}-hint`} className="ml-6 text-xs text-slate-600">{hint}</p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

function DepartureFields({ idPrefix, today, errors }: { idPrefix: string; today: string; errors: Errors }) {
  const reasonId = `${idPrefix}-reason`;
  return (
    <>
      <TextField idPrefix={idPrefix} name="date" label="Last day in headcount" type="date" defaultValue={today} errors={errors?.date}
        hint={`They leave headcount after this day; at most ${FUTURE_MAX_DAYS} days ahead.`} />
      <Flag idPrefix={idPrefix} name="voluntary" label="Voluntary" hint="They chose to leave." errors={errors?.voluntary} />
      <Flag idPrefix={idPrefix} name="regrettable" label="Regrettable" hint="We wanted to keep them." errors={errors?.regrettable} />
      <div className="sm:col-span-full">
        <label htmlFor={reasonId} className="block text-sm font-medium">Reason (optional)</label>
        <p id={`${reasonId}-hint`} className="text-xs text-slate-600">Seen only by HR partners and the VPE; deleted if the person is erased.</p>
        <textarea id={reasonId} name="reason" rows={3} maxLength={REASON_MAX} aria-invalid={errors?.reason?.length ? true : undefined}
          aria-describedby={`${reasonId}-hint${errors?.reason?.length ? ` ${reasonId}-error` : ""}`}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600" />
        <FieldErrors id={`${reasonId}-error`} errors={errors?.reason} />
      </div>
    </>
  );
}

/** For one known person (their page). */
export function RecordDepartureForm({ personId, name, startDate, today }: { personId: number; name: string; startDate: string; today: string }) {
  const [result, onSubmit, pending, errors] = useRecordAction();
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate aria-label={`Record ${name}'s departure`}>
      <input type="hidden" name="personId" value={personId} />
      <p className="text-sm text-slate-600 sm:col-span-full">{name} started on {startDate}. Their check-ins, assessments and history stay.</p>
      <FieldErrors id={`leave-${personId}-person-error`} errors={errors?.personId} />
      <DepartureFields idPrefix={`leave-${personId}`} today={today} errors={errors} />
      <SubmitRow result={result} pending={pending} label="Record departure" pendingLabel="Recording…" />
    </form>
  );
}

/** For anyone in the actor's scope, found by name, work email or employee id. */
export function RecordDepartureWithSearch({ today }: { today: string }) {
  const [result, onSubmit, pending, errors] = useRecordAction();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  const idPrefix = useId().replace(/:/g, "");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  const candidates = useQuery({
    queryKey: queryKeys.departures.candidates(search),
    queryFn: () => fetchJson<PersonOption[]>(`/api/departures/candidates?q=${encodeURIComponent(search)}`),
    enabled: search.length > 0,
  });
  const personErrors = errors?.personId;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate>
      <div>
        <label htmlFor={`${idPrefix}-q`} className="block text-sm font-medium">Find the person</label>
        <input id={`${idPrefix}-q`} type="search" value={q} onChange={(event) => setQ(event.target.value)} autoComplete="off"
          aria-describedby={`${idPrefix}-q-hint`} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2" />
        <p id={`${idPrefix}-q-hint`} className="text-xs text-slate-600">Name, work email or employee id.</p>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-personId`} className="block text-sm font-medium">Person</label>
        <select id={`${idPrefix}-personId`} name="personId" aria-invalid={personErrors?.length ? true : undefined}
          aria-describedby={personErrors?.length ? `${idPrefix}-personId-error` : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600">
          <option value="">{search ? (candidates.isPending ? "Searching…" : `${candidates.data?.length ?? 0} found — choose one`) : "Search first"}</option>
          {candidates.data?.map((person) => (
            <option key={person.id} value={person.id}>{person.name}{person.title ? `, ${person.title}` : ""} (started {person.startDate})</option>
          ))}
        </select>
        {candidates.error && <p role="alert" className="mt-1 text-sm text-red-700">Could not search: {candidates.error.message}</p>}
        <FieldErrors id={`${idPrefix}-personId-error`} errors={personErrors} />
      </div>
      <DepartureFields idPrefix={idPrefix} today={today} errors={errors} />
      <SubmitRow result={result} pending={pending} label="Record departure" pendingLabel="Recording…" />
    </form>
  );
}
