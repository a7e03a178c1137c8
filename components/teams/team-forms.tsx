"use client";

import { createTeamAction, updateTeamAction } from "@/app/(app)/teams/actions";
import { SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";
import type { TeamListItem } from "@/lib/teams/queries";

export function CreateTeamForm() {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(createTeamAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" noValidate>
      <TextField idPrefix="team-new" name="name" label="Team name" errors={errors?.name} />
      <TextField idPrefix="team-new" name="owner" label="Owner" errors={errors?.owner} hint="The manager who owns it: work email or employee id." />
      <TextField idPrefix="team-new" name="originCompany" label="Joined from (acquired company)" errors={errors?.originCompany} />
      <SubmitRow result={result} pending={pending} label="Add team" pendingLabel="Adding…" />
    </form>
  );
}

export function EditTeamForm({ team }: { team: TeamListItem }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(updateTeamAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const prefix = `team-${team.id}`;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 pt-3 sm:grid-cols-3" noValidate>
      <input type="hidden" name="teamId" value={team.id} />
      <input type="hidden" name="version" value={team.version} />
      <TextField idPrefix={prefix} name="name" label="Team name" defaultValue={team.name} errors={errors?.name} />
      <TextField idPrefix={prefix} name="owner" label="Owner" defaultValue={team.owner?.employeeId ?? team.owner?.email ?? ""} errors={errors?.owner} />
      <TextField idPrefix={prefix} name="originCompany" label="Joined from" defaultValue={team.originCompany ?? ""} errors={errors?.originCompany} />
      <SubmitRow result={result} pending={pending} label="Save team" pendingLabel="Saving…" />
    </form>
  );
}
