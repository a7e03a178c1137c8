"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { addActionItemAction, removeActionItemAction } from "@/app/(app)/check-ins/actions";
import { FieldErrors } from "@/components/ui/form-fields";
import type { ActionItemView } from "@/lib/check-ins/action-item-mutations";
import type { CheckInActionItems } from "@/lib/check-ins/queries";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import { fieldErrorsOfError, unwrap } from "@/lib/query/unwrap";
import { useActionItemToggle } from "./use-action-item-toggle";

type Props = {
  checkInId: number;
  subject: { id: number; name: string };
  /** The author's own person, the other possible owner. */
  author: { id: number; name: string } | null;
  today: string;
  editable: boolean;
};

const key = queryKeys.checkIns.actionItems;

/** Carried-over items to tick off or keep, and new items raised in this check-in. */
export function ActionItemsPanel({ checkInId, subject, author, today, editable }: Props) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: key(checkInId), queryFn: () => fetchJson<CheckInActionItems>(`/api/check-ins/${checkInId}/action-items`) });
  const [error, setError] = useState<string | null>(null);

  const toggle = useActionItemToggle({
    onSaved: (saved) => {
      setError(null);
      client.setQueryData<CheckInActionItems>(key(checkInId), (data) => data && replaceItem(data, saved));
    },
    onRefused: (err) => setError(err.message),
  });
  const remove = useMutation({
    mutationFn: async (item: ActionItemView) => unwrap(await removeActionItemAction({ actionItemId: item.id, version: item.version })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: key(checkInId) });
      // The focused Remove button is gone with its item: the keyboard continues at the new item field.
      document.getElementById("ai-title")?.focus();
    },
    onError: (err) => setError(err.message),
  });

  const data = query.data;
  return (
    <div className="space-y-6">
      <section aria-labelledby="carried-heading">
        <h3 id="carried-heading" className="font-semibold">From earlier check-ins</h3>
        {query.isPending ? <p className="text-sm text-slate-600">Loading…</p>
          : !data || data.carried.length === 0 ? <p className="text-sm text-slate-600">No open action items to follow up.</p>
            : (
              <ul className="mt-2 space-y-2">
                {data.carried.map((item) => {
                  const done = toggle.done(item);
                  return (
                    <li key={item.id} className="flex items-start gap-3">
                      <input id={`ai-${item.id}`} type="checkbox" checked={done} disabled={!editable}
                        onChange={() => toggle.flip(item)} className="mt-1 size-4" />
                      <label htmlFor={`ai-${item.id}`} className="text-sm">
                        <span className={done ? "line-through" : ""}>{item.title}</span>
                        <span className="block text-xs text-slate-600">{item.ownerName}{item.dueDate ? ` · due ${item.dueDate}` : ""} · {done ? "done" : "kept open"}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
      </section>
      <section aria-labelledby="raised-heading">
        <h3 id="raised-heading" className="font-semibold">Raised in this check-in</h3>
        {data && data.raised.length > 0 ? (
          <ul className="mt-2 space-y-2">
            {data.raised.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2 text-sm">
                <span>{item.title}<span className="block text-xs text-slate-600">{item.ownerName}{item.dueDate ? ` · due ${item.dueDate}` : ""}</span></span>
                {editable && !item.done && (
                  <button type="button" onClick={() => { if (!remove.isPending) remove.mutate(item); }} className="rounded px-2 py-1 text-sm text-red-700 hover:bg-red-50">
                    Remove<span className="sr-only"> {item.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : <p className="text-sm text-slate-600">None yet.</p>}
        {editable && <AddActionItem checkInId={checkInId} subject={subject} author={author} today={today} onAdded={() => client.invalidateQueries({ queryKey: key(checkInId) })} />}
      </section>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">{error}</p>
    </div>
  );
}

function AddActionItem({ checkInId, subject, author, today, onAdded }: Omit<Props, "editable"> & { onAdded: () => void }) {
  const [title, setTitle] = useState("");
  const [ownerId, setOwnerId] = useState(String(subject.id));
  const [dueDate, setDueDate] = useState("");
  const add = useMutation({
    mutationFn: async () => unwrap(await addActionItemAction({ checkInId, item: { title, ownerId, dueDate: dueDate || null } })),
    onSuccess: () => {
      setTitle("");
      setDueDate("");
      onAdded();
    },
  });
  const fieldErrors = fieldErrorsOfError(add.error);
  // A second Enter or click while the first is on its way adds nothing.
  const submit = () => {
    if (!add.isPending) add.mutate();
  };
  return (
    <div className="mt-3 grid gap-3 rounded border border-dashed border-slate-300 p-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
      <div>
        <label htmlFor="ai-title" className="block text-sm font-medium">New action item</label>
        <input id="ai-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200}
          onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); submit(); } }}
          aria-invalid={fieldErrors?.title ? true : undefined} aria-describedby={fieldErrors?.title ? "ai-title-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm" />
        <FieldErrors id="ai-title-error" errors={fieldErrors?.title} />
      </div>
      <div>
        <label htmlFor="ai-owner" className="block text-sm font-medium">Owner</label>
        <select id="ai-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} aria-describedby={fieldErrors?.ownerId ? "ai-owner-error" : undefined}
          className="mt-1 block rounded border border-slate-300 px-3 py-2 text-sm">
          <option value={subject.id}>{subject.name}</option>
          {author && <option value={author.id}>{author.name} (you)</option>}
        </select>
        <FieldErrors id="ai-owner-error" errors={fieldErrors?.ownerId} />
      </div>
      <div>
        <label htmlFor="ai-due" className="block text-sm font-medium">Due (optional)</label>
        <input id="ai-due" type="date" min={today} value={dueDate} onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={fieldErrors?.dueDate ? true : undefined} aria-describedby={fieldErrors?.dueDate ? "ai-due-error" : undefined}
          className="mt-1 block rounded border border-slate-300 px-3 py-2 text-sm" />
        <FieldErrors id="ai-due-error" errors={fieldErrors?.dueDate} />
      </div>
      <button type="button" onClick={submit} aria-disabled={add.isPending || undefined}
        className="rounded border border-brand-600 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50 aria-disabled:opacity-60">
        {add.isPending ? "Adding…" : "Add"}
      </button>
      {add.error && !fieldErrors && <p role="alert" className="text-sm text-red-700 sm:col-span-full">{add.error.message}</p>}
    </div>
  );
}

function replaceItem(data: CheckInActionItems, item: ActionItemView): CheckInActionItems {
  const swap = (items: ActionItemView[]) => items.map((existing) => (existing.id === item.id ? item : existing));
  return { raised: swap(data.raised), carried: swap(data.carried) };
}
