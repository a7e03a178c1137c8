"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { addMitigationAction, updateMitigationAction } from "@/app/(app)/risks/actions";
import { FieldErrors, SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { MitigationStatus } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action";
import { unwrap } from "@/lib/query/unwrap";
import type { MitigationSaved } from "@/lib/risks/mutations";
import { ACTION_MAX, MITIGATION_STATUS_LABELS, MITIGATION_STATUSES } from "@/lib/risks/schemas";
import type { RiskDetail } from "@/lib/risks/queries";

// A risk's mitigation actions: change a status in place (with the version it read), add one.

type Mitigation = RiskDetail["mitigations"][number];

export function MitigationList({ mitigations, editable }: { mitigations: Mitigation[]; editable: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: async ({ mitigation, status }: { mitigation: Mitigation; status: MitigationStatus }) =>
      unwrap(await updateMitigationAction({ mitigationId: mitigation.id, version: mitigation.version, status })),
    onSuccess: () => {
      setMessage("Mitigation updated.");
      router.refresh();
    },
    onError: (error) => setMessage(error.message),
  });
  if (mitigations.length === 0) return <p className="text-sm text-slate-600">No mitigation actions yet.</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {mitigations.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className={`text-sm ${m.status === "CANCELLED" ? "line-through" : ""}`}>{m.action}</p>
              <p className="text-xs text-slate-600">
                {m.owner.name} · due <span className={m.overdue ? "font-semibold text-red-700" : undefined}>{m.dueDate}{m.overdue ? " (overdue)" : ""}</span>
              </p>
            </div>
            {editable ? (
              // An explicit Save: moving through the options with the arrow keys changes nothing yet.
              <form className="flex items-center gap-2" onSubmit={(event) => {
                event.preventDefault();
                const status = new FormData(event.currentTarget).get("status") as MitigationStatus;
                if (status !== m.status && !change.isPending) change.mutate({ mitigation: m, status });
              }}>
                <label htmlFor={`mitigation-${m.id}-status`} className="sr-only">Status of “{m.action}”</label>
                <select id={`mitigation-${m.id}-status`} name="status" defaultValue={m.status} key={`${m.id}-${m.version}`}
                  className="rounded border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-brand-600">
                  {MITIGATION_STATUSES.map((status) => <option key={status} value={status}>{MITIGATION_STATUS_LABELS[status]}</option>)}
                </select>
                <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50">
                  Save<span className="sr-only"> the status of “{m.action}”</span>
                </button>
              </form>
            ) : <span className="text-sm text-slate-700">{MITIGATION_STATUS_LABELS[m.status]}</span>}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${change.isError ? "text-red-700" : "text-green-800"}`}>{message}</p>
    </>
  );
}

export function AddMitigationForm({ riskId, today, owners }: { riskId: number; today: string; owners: Array<{ id: number; name: string }> }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult<MitigationSaved>>(addMitigationAction);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.ok) form.current?.reset();
  }, [result]);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" name="riskId" value={riskId} />
      <div className="sm:col-span-full">
        <label htmlFor="mitigation-action" className="block text-sm font-medium">Action</label>
        <input id="mitigation-action" name="action" maxLength={ACTION_MAX} required
          aria-invalid={errors?.action ? true : undefined} aria-describedby={errors?.action ? "mitigation-action-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600" />
        <FieldErrors id="mitigation-action-error" errors={errors?.action} />
      </div>
      <div>
        <label htmlFor="mitigation-owner" className="block text-sm font-medium">Owner</label>
        <select id="mitigation-owner" name="ownerId" defaultValue={owners[1]?.id ?? owners[0]?.id}
          aria-invalid={errors?.ownerId ? true : undefined} aria-describedby={errors?.ownerId ? "mitigation-owner-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2">
          {owners.map((owner) => <option key={owner.id} value={owner.id}>{owner.name}</option>)}
        </select>
        <FieldErrors id="mitigation-owner-error" errors={errors?.ownerId} />
      </div>
      <TextField idPrefix="mitigation" name="dueDate" label="Due" type="date" required hint={`Today (${today}) or later, within a year.`} errors={errors?.dueDate} />
      <FieldErrors id="mitigation-form-error" errors={errors?.riskId} />
      <SubmitRow result={result} pending={pending} label="Add mitigation" pendingLabel="Adding…" />
    </form>
  );
}
