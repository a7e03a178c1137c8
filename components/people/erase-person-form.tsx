"use client";

import { erasePersonAction } from "@/app/(app)/people/actions";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

/** Erasure of a departed person: irreversible, so the button asks once more. */
export function ErasePersonForm({ personId, name }: { personId: number; name: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(erasePersonAction);
  return (
    <form
      onSubmit={(event) => {
        if (!window.confirm(`Erase ${name}? Their name becomes “Former employee #${personId}” everywhere and their free text is deleted. This cannot be undone.`)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="space-y-2"
    >
      <input type="hidden" name="personId" value={personId} />
      <p className="text-sm text-slate-700">
        Names become “Former employee #{personId}” everywhere, reports and audit log included; their free text is deleted;
        figures stay. This also happens automatically after the organisation&apos;s retention period.
      </p>
      <button type="submit" disabled={pending} className="rounded border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
        {pending ? "Erasing…" : "Erase this person"}
      </button>
      <FormMessage result={result} />
    </form>
  );
}
