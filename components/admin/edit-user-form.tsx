"use client";

import { sendPasswordResetAction, updateUserAction, type LinkResult } from "@/app/(app)/admin/users/actions";
import { FormMessage, TextField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/http/action";
import type { UserListItem } from "@/lib/user-admin/queries";
import { useFormAction } from "@/components/ui/use-form-action";
import { RoleCheckboxes } from "./role-checkboxes";

export function EditUserForm({ user }: { user: UserListItem }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(updateUserAction);
  const [reset, onReset, resetting] = useFormAction<LinkResult>(sendPasswordResetAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const idPrefix = `user-${user.id}`;
  return (
    <div className="space-y-4 pt-3">
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <TextField idPrefix={idPrefix} name="name" label="Name" defaultValue={user.name} errors={errors?.name} />
        <TextField idPrefix={idPrefix} name="person" label="Linked person" errors={errors?.person}
          defaultValue={user.person?.email ?? user.person?.employeeId ?? ""} hint="Work email or employee id; empty for none." />
        <div className="sm:col-span-2">
          <RoleCheckboxes idPrefix={idPrefix} selected={user.roles} errors={errors?.roles} />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={user.active} className="h-4 w-4" /> Active (can sign in)
        </label>
        <div className="flex items-center justify-end">
          <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? "Saving…" : "Save changes"}
          </button>
        </div>
        <div className="sm:col-span-2"><FormMessage result={result} /></div>
      </form>
      <form onSubmit={onReset} className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3">
        <input type="hidden" name="userId" value={user.id} />
        <button type="submit" disabled={resetting || !user.active} className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">
          Send a password reset link
        </button>
        <FormMessage result={reset} />
        {reset?.ok && reset.link && <p className="w-full break-all rounded bg-slate-100 p-2 font-mono text-xs">{reset.link}</p>}
      </form>
    </div>
  );
}
