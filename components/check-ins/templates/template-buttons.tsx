"use client";

import { makeDefaultTemplateAction, startTemplateDraftAction } from "@/app/(app)/check-ins/templates/actions";
import { FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

const secondary = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

/** Opens the template's draft: a copy of its published version, or the draft already open. */
export function EditTemplateButton({ templateId, templateName, hasDraft }: { templateId: number; templateName: string; hasDraft: boolean }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(startTemplateDraftAction);
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="templateId" value={templateId} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Opening…" : hasDraft ? "Continue the draft" : "Edit"}<span className="sr-only"> {templateName}</span>
      </button>
      <FormMessage result={result} />
    </form>
  );
}

/** New check-ins use the default template's published version. */
export function MakeDefaultButton({ templateId, templateName }: { templateId: number; templateName: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(makeDefaultTemplateAction);
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="templateId" value={templateId} />
      <button type="submit" disabled={pending} className={secondary}>
        {pending ? "Switching…" : "Make default"}<span className="sr-only"> {templateName}</span>
      </button>
      <FormMessage result={result} />
    </form>
  );
}
