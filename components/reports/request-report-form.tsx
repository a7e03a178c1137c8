"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId } from "react";
import { requestReportAction } from "@/app/(app)/reports/actions";
import { ManagerPicker } from "@/components/dashboard/manager-picker";
import { FieldErrors, FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ManagerOption } from "@/lib/dashboard/queries";
import type { ActionResult } from "@/lib/http/action";
import { queryKeys } from "@/lib/query/keys";

// Asking for a quarterly report: a fiscal quarter and a scope the actor may report on (the
// server checks both). The report is generated in the background; the list below follows it.

export type ReportFormOptions = {
  quarters: Array<{ key: string; label: string }>;
  /** The quarter chosen first: the last one that has ended. */
  defaultQuarter: string;
  /** What "no subtree" means for this actor: the whole organisation (VPE) or their own (director). */
  wholeScopeLabel: string;
  managers: ManagerOption[];
};

const control = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

export function RequestReportForm({ options }: { options: ReportFormOptions }) {
  const client = useQueryClient();
  const [result, onSubmit, pending] = useFormAction<ActionResult<{ id: number }>>(requestReportAction);
  const idPrefix = useId().replace(/:/g, "");
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  useEffect(() => {
    if (result?.ok) void client.invalidateQueries({ queryKey: queryKeys.reports.all });
  }, [result, client]);
  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    "aria-invalid": errors?.[name]?.length ? true : undefined,
    "aria-describedby": [`${idPrefix}-${name}-hint`, errors?.[name]?.length ? `${idPrefix}-${name}-error` : null].filter(Boolean).join(" "),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_2fr_auto] lg:items-start">
      <div>
        <label htmlFor={`${idPrefix}-quarter`} className="block text-sm font-medium">Quarter</label>
        <select {...field("quarter")} defaultValue={options.defaultQuarter} className={control}>
          {options.quarters.map((q) => <option key={q.key} value={q.key}>{q.label}</option>)}
        </select>
        <p id={`${idPrefix}-quarter-hint`} className="mt-1 text-xs text-slate-600">Fiscal quarters; one still running counts to today.</p>
        <FieldErrors id={`${idPrefix}-quarter-error`} errors={errors?.quarter} />
      </div>
      <ManagerPicker id={`${idPrefix}-scopePersonId`} name="scopePersonId" label="Scope" emptyLabel={options.wholeScopeLabel}
        initial={options.managers} selected={null} optionLabel={(m) => `Everyone under ${m.name}`} className={control}
        hint="The report covers everyone below the person you choose." errors={errors?.scopePersonId} />
      <div className="sm:col-span-full lg:col-span-1 lg:pt-6">
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Requesting…" : "Generate report"}
        </button>
      </div>
      <div className="sm:col-span-full">
        <FormMessage result={result} />
        {result?.ok && result.data && (
          <p className="text-sm"><Link href={`/reports/${result.data.id}`} className="text-brand-700 underline">Follow this report</Link></p>
        )}
      </div>
    </form>
  );
}
