"use client";

import { inviteUserAction, type LinkResult } from "@/app/(app)/admin/users/actions";
import { FormMessage, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { RoleCheckboxes } from "./role-checkboxes";

export function InviteUserForm() {
  const [result, onSubmit, pending] = useFormAction<LinkResult>(inviteUserAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <TextField idPrefix="invite" name="email" label="Work email" type="email" errors={errors?.email} required />
      <TextField idPrefix="invite" name="name" label="Name" errors={errors?.name} required />
      <div className="sm:col-span-2">
        <RoleCheckboxes idPrefix="invite" selected={["MANAGER"]} errors={errors?.roles} />
      </div>
      <TextField idPrefix="invite" name="person" label="Linked person (optional)" errors={errors?.person}
        hint="Their work email or employee id in the people directory; decides whose data they may see." />
      <div className="flex items-end">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Inviting…" : "Invite"}
        </button>
      </div>
      <div className="sm:col-span-2">
        <FormMessage result={result} />
        {result?.ok && result.link && (
          <p className="break-all rounded bg-slate-100 p-2 font-mono text-xs">{result.link}</p>
        )}
      </div>
    </form>
  );
}
