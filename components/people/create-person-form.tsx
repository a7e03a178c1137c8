"use client";

import Link from "next/link";
import { createPersonAction, type CreatePersonResult } from "@/app/(app)/people/actions";
import { FormMessage, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { PersonFields } from "./person-fields";
import { TeamSelect } from "./team-select";

export function CreatePersonForm({ teams }: { teams: Array<{ id: number; name: string }> }) {
  const [result, onSubmit, pending] = useFormAction<CreatePersonResult>(createPersonAction);
  if (result?.ok && result.personId) {
    return (
      <div className="space-y-3">
        <FormMessage result={result} />
        <Link href={`/people/${result.personId}`} className="text-brand-700 underline">Open their page</Link>
      </div>
    );
  }
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <PersonFields idPrefix="new" errors={errors} />
      <TextField idPrefix="new" name="manager" label="Manager" errors={errors?.manager} hint="Their work email or employee id; empty for the top of the tree." />
      <TeamSelect idPrefix="new" teams={teams} errors={errors?.teamId} />
      <SubmitRow result={result} pending={pending} label="Add person" pendingLabel="Adding…" />
    </form>
  );
}
