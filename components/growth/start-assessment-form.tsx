"use client";

import { createAssessmentAction } from "@/app/(app)/growth/actions";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

/** Starts a draft assessment (manager or self) and opens it. */
export function StartAssessmentForm({ personId, kind, today, label }: { personId: number; kind: "MANAGER" | "SELF"; today: string; label: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(createAssessmentAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="date" value={today} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Starting…" : label}
      </button>
      <FormMessage result={result} />
    </form>
  );
}
