"use client";

import { importFrameworkAction } from "@/app/(app)/frameworks/actions";
import { SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";
import { ErrorList } from "./error-list";

/** Upload a framework file; it becomes a draft, or every problem is listed with its path. */
export function ImportFrameworkForm() {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(importFrameworkAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const { file: fileErrors, ...definitionErrors } = errors ?? {};
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">Framework file (JSON)</label>
        <p id="import-file-hint" className="text-xs text-slate-600">A file downloaded from a framework here, edited or from another install.</p>
        <input id="import-file" name="file" type="file" accept=".json,application/json" aria-describedby="import-file-hint"
          aria-invalid={fileErrors?.length ? true : undefined}
          className="mt-1 block text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5" />
        {fileErrors && <p className="mt-1 text-sm text-red-700">{fileErrors.join(" ")}</p>}
      </div>
      <TextField idPrefix="import" name="name" label="Name (optional)" hint="Leave empty to use the name in the file. An existing name adds a new draft version of that framework." />
      <SubmitRow result={result} pending={pending} label="Import as a draft" pendingLabel="Importing…" />
      {Object.keys(definitionErrors).length > 0 && <ErrorList errors={definitionErrors} label="Problems in the file" />}
    </form>
  );
}
