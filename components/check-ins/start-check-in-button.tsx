"use client";

import Link from "next/link";
import { startCheckInAction } from "@/app/(app)/check-ins/actions";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

/** Continues the open draft about a person, or starts one (the server returns the open draft on a second start). */
export function StartCheckInButton({ personId, draftId, name }: { personId: number; draftId: number | null; name: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(startCheckInAction);
  if (draftId !== null) {
    return (
      <Link href={`/check-ins/${draftId}`} className="inline-block rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
        Continue draft<span className="sr-only"> for {name}</span>
      </Link>
    );
  }
  return (
    <form onSubmit={onSubmit} className="inline-block">
      <input type="hidden" name="personId" value={personId} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Starting…" : "Start check-in"}<span className="sr-only"> with {name}</span>
      </button>
      {result && !result.ok && <FormMessage result={result} />}
    </form>
  );
}
