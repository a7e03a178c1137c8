"use client";

import { changeReportingLineAction, endEmploymentAction, updatePersonAction } from "@/app/(app)/people/actions";
import { FormMessage, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";
import { PersonFields } from "./person-fields";
import { TeamSelect } from "./team-select";

type Person = {
  id: number; version: number; name: string; email: string | null; employeeId: string | null; title: string | null;
  location: string | null; region: string | null; originCompany: string | null; startDate: string;
  managerRef: string; teamId: number | null;
};

export function EditPersonForm({ person }: { person: Person }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(updatePersonAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <PersonFields idPrefix="edit" values={person} errors={errors} />
      <SubmitRow result={result} pending={pending} label="Save details" pendingLabel="Saving…" />
    </form>
  );
}

export function ReportingLineForm({ person, teams, today }: { person: Person; teams: Array<{ id: number; name: string }>; today: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(changeReportingLineAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <TextField idPrefix="move" name="manager" label="New manager" defaultValue={person.managerRef} errors={errors?.manager}
        hint="Work email or employee id; empty for the top of the tree." />
      <TeamSelect idPrefix="move" teams={teams} defaultValue={person.teamId} errors={errors?.teamId} />
      <TextField idPrefix="move" name="effectiveDate" label="Effective from" type="date" defaultValue={today} errors={errors?.effectiveDate} />
      <SubmitRow result={result} pending={pending} label="Change manager or team" pendingLabel="Moving…" />
    </form>
  );
}

export function EndEmploymentForm({ person, today }: { person: Pick<Person, "id" | "version">; today: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(endEmploymentAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate>
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <TextField idPrefix="leave" name="endDate" label="Last working day" type="date" defaultValue={today} errors={errors?.endDate} />
      <div className="space-y-2 sm:col-span-3">
        <FormMessage result={result} />
        <button type="submit" disabled={pending} className="rounded border border-slate-400 px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">
          {pending ? "Saving…" : "Record that they left"}
        </button>
      </div>
    </form>
  );
}
