"use client";

import { startDraftAction } from "@/app/(app)/frameworks/actions";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

/** Opens the framework's draft (a copy of this published version, or the draft already open). */
export function StartDraftButton({ frameworkId }: { frameworkId: number }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(startDraftAction);
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="frameworkId" value={frameworkId} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Opening the draft…" : "Edit as a new draft"}
      </button>
      <FormMessage result={result} />
    </form>
  );
}
