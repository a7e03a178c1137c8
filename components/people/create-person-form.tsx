"use client";

import Link from "next/link";
import { createPersonAction, type CreatePersonResult } from "@/app/(app)/people/actions";
import { FormMessage, TextField } from "@/components/ui/form-fields";
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
      <div className="sm:col-span-2 space-y-2">
        <FormMessage result={result} />
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Adding…" : "Add person"}
        </button>
      </div>
    </form>
  );
}
