"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { closeRiskAction } from "@/app/(app)/risks/actions";
import { unwrap } from "@/lib/query/unwrap";

/** Closes a risk with the version the page read; a stale page is told to reload. */
export function CloseRiskButton({ riskId, version }: { riskId: number; version: number }) {
  const router = useRouter();
  const close = useMutation({
    mutationFn: async () => unwrap(await closeRiskAction({ riskId, version })),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={() => { if (!close.isPending) close.mutate(); }} aria-disabled={close.isPending || undefined}
        className="rounded border border-slate-400 px-3 py-2 text-sm font-medium hover:bg-slate-50 aria-disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-brand-600">
        {close.isPending ? "Closing…" : "Close risk"}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-red-700">{close.error?.message}</p>
    </div>
  );
}
