"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ActionItemView } from "@/lib/check-ins/action-item-mutations";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import { useHydrated } from "@/lib/react/use-hydrated";
import { useActionItemToggle } from "./use-action-item-toggle";

type Item = ActionItemView & { mine: boolean };

/** "My growth": action items raised about me; the ones I own I can tick off (shown ticked at once, saved in the background). */
export function MyActionItems() {
  const client = useQueryClient();
  const hydrated = useHydrated();
  const key = queryKeys.actionItems.mine();
  const { data, isPending, error } = useQuery({ queryKey: key, queryFn: () => fetchJson<Item[]>("/api/me/action-items") });
  const toggle = useActionItemToggle({
    onSaved: (saved) => client.setQueryData<Item[]>(key, (items) => items?.map((i) => (i.id === saved.id ? { ...i, ...saved } : i))),
    // A refusal (a stale version) reloads the list, so the next tick carries the current version.
    onRefused: () => void client.invalidateQueries({ queryKey: key }),
  });
  if (isPending) return <p className="text-sm text-slate-600">Loading…</p>;
  if (error) return <p role="alert" className="text-sm text-red-700">{error.message}</p>;
  if (data.length === 0) return <p className="text-sm text-slate-600">No action items yet. They appear here when your manager submits a check-in that raises one.</p>;
  return (
    <div>
      <ul className="space-y-2">
        {data.map((item) => {
          const done = toggle.done(item);
          return (
            <li key={item.id} className="flex items-start gap-3 text-sm">
              <input id={`my-ai-${item.id}`} type="checkbox" checked={done} disabled={!item.mine || !hydrated} onChange={() => toggle.flip(item)} className="mt-1 size-4" />
              <label htmlFor={`my-ai-${item.id}`}>
                <span className={done ? "line-through" : ""}>{item.title}</span>
                <span className="block text-xs text-slate-600">
                  {item.mine ? "Yours" : `${item.ownerName}'s`}{item.dueDate ? ` · due ${item.dueDate}` : ""}{done ? " · done" : ""}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-red-700">{toggle.error?.message}</p>
    </div>
  );
}
