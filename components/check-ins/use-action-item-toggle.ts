"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { setActionItemDoneAction } from "@/app/(app)/check-ins/actions";
import type { ActionItemView } from "@/lib/check-ins/action-item-mutations";
import { unwrap } from "@/lib/query/unwrap";

/**
 * Ticking action items off (or back on), for every list of them. The tick shows in the click's own
 * render, before the server answers (a state update, not a cache write that waits for running
 * fetches to be cancelled); a refusal shows the item as it was. One save per item at a time, so
 * each carries the version the last one returned.
 */
export function useActionItemToggle({ onSaved, onRefused }: { onSaved: (saved: ActionItemView) => void; onRefused: (error: Error) => void }) {
  const [ticked, setTicked] = useState<Record<number, boolean>>({});
  const toggle = useMutation({
    mutationFn: async (item: ActionItemView) => unwrap(await setActionItemDoneAction({ actionItemId: item.id, version: item.version, done: !item.done })),
    onSuccess: onSaved,
    onError: onRefused,
    onSettled: (_saved, _error, item) => setTicked((current) => Object.fromEntries(Object.entries(current).filter(([id]) => Number(id) !== item.id))),
  });
  return {
    /** Whether the item shows as done: as ticked while its save runs, else as saved. */
    done: (item: Pick<ActionItemView, "id" | "done">) => ticked[item.id] ?? item.done,
    flip: (item: ActionItemView) => {
      if (item.id in ticked) return;
      setTicked((current) => ({ ...current, [item.id]: !item.done }));
      toggle.mutate(item);
    },
    error: toggle.error,
  };
}
