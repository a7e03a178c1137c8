"use client";

import { createTemplateAction } from "@/app/(app)/check-ins/templates/actions";
import { SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { TEMPLATE_LIMITS } from "@/lib/check-ins/templates/schemas";
import type { ActionResult } from "@/lib/http/action";

/** A new template starts as a draft copy of the questions the default template asks now. */
export function NewTemplateForm() {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(createTemplateAction);
  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label="Name" idPrefix="new-template" required errors={errors.name} hint={`At most ${TEMPLATE_LIMITS.name} characters, unique.`} />
      <TextField name="description" label="Description (optional)" idPrefix="new-template" errors={errors.description} />
      <SubmitRow result={result} pending={pending} label="Create as a draft" pendingLabel="Creating…" />
    </form>
  );
}
