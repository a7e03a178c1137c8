"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { deleteSkillItemAction } from "@/app/(app)/skills/actions";
import { unwrap } from "@/lib/query/unwrap";

/** Deletes an item recorded by mistake, after a confirming second press; a stale page is told to reload. */
export function DeleteSkillButton({ itemId, version }: { itemId: number; version: number }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({ mutationFn: async () => unwrap(await deleteSkillItemAction({ itemId, version })) });
  const press = () => {
    if (remove.isPending) return;
    if (!confirming) setConfirming(true);
    else remove.mutate();
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={press} aria-disabled={remove.isPending || undefined}
        className="rounded border border-red-700 px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 aria-disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-brand-600">
        {remove.isPending ? "Deleting…" : confirming ? "Press again to delete for good" : "Delete item"}
      </button>
      {confirming && !remove.isPending && (
        <button type="button" onClick={() => setConfirming(false)} className="text-sm text-brand-700 underline">Keep it</button>
      )}
      <p role="status" aria-live="polite" className="text-sm text-red-700">{remove.error?.message}</p>
    </div>
  );
}
