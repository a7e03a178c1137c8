"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { setActionItemDoneAction } from "@/app/(app)/check-ins/actions";
import type { ActionItemView } from "@/lib/check-ins/action-item-mutations";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import { unwrap } from "@/lib/query/unwrap";
import { useHydrated } from "@/lib/react/use-hydrated";

type Item = ActionItemView & { mine: boolean };

/** "My growth": action items raised about me; the ones I own I can tick off (optimistically). */
export function MyActionItems() {
  const client = useQueryClient();
  const hydrated = useHydrated();
  const key = queryKeys.actionItems.mine();
  const { data, isPending, error } = useQuery({ queryKey: key, queryFn: () => fetchJson<Item[]>("/api/me/action-items") });
  const toggle = useMutation({
    mutationFn: async (item: Item) => unwrap(await setActionItemDoneAction({ actionItemId: item.id, version: item.version, done: !item.done })),
    onMutate: async (item) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<Item[]>(key);
      client.setQueryData<Item[]>(key, (items) => items?.map((i) => (i.id === item.id ? { ...i, done: !i.done } : i)));
      return { previous };
    },
    onError: (_error, _item, context) => client.setQueryData(key, context?.previous),
    onSuccess: (saved) => client.setQueryData<Item[]>(key, (items) => items?.map((i) => (i.id === saved.id ? { ...i, ...saved } : i))),
    // A refusal (a stale version) reloads the list, so the next tick carries the current version.
    onSettled: (_saved, error) => (error ? client.invalidateQueries({ queryKey: key }) : undefined),
  });
  const flip = (item: Item) => {
    if (toggle.isPending && toggle.variables?.id === item.id) return;
    toggle.mutate(item);
  };
  if (isPending) return <p className="text-sm text-slate-600">Loading…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">{error.message}</p>;
  if (data.length === 0) return <p className="text-sm text-slate-600">No action items yet. They appear here when your manager submits a check-in that raises one.</p>;
  return (
    <div>
      <ul className="space-y-2">
        {data.map((item) => (
          <li key={item.id} className="flex items-start gap-3 text-sm">
            <input id={`my-ai-${item.id}`} type="checkbox" checked={item.done} disabled={!item.mine || !hydrated} onChange={() => flip(item)} className="mt-1 size-4" />
            <label htmlFor={`my-ai-${item.id}`}>
              <span className={item.done ? "line-through" : ""}>{item.title}</span>
              <span className="block text-xs text-slate-600">
                {item.mine ? "Yours" : `${item.ownerName}'s`}{item.dueDate ? ` · due ${item.dueDate}` : ""}{item.done ? " · done" : ""}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-red-700">{toggle.error?.message}</p>
    </div>
  );
}
