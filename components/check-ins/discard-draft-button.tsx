"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { discardDraftAction } from "@/app/(app)/check-ins/actions";
import { unwrap } from "@/lib/query/unwrap";

/** Deletes a draft started by mistake, after a second, explicit confirmation. */
export function DiscardDraftButton({ checkInId }: { checkInId: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const discard = useMutation({
    mutationFn: async () => unwrap(await discardDraftAction({ checkInId })),
    onSuccess: () => router.push("/check-ins"),
  });
  return (
    <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 text-sm">
      {confirming ? (
        <>
          <span>Delete this draft and everything typed in it?</span>
          <button type="button" onClick={() => discard.mutate()} disabled={discard.isPending} className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
            Delete draft
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-300 px-3 py-1.5">Keep it</button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded px-2 py-1 text-red-700 underline">Discard this draft</button>
      )}
      {discard.error && <p role="alert" className="text-red-700">{discard.error.message}</p>}
    </div>
  );
}
