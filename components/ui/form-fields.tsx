import type { ReactNode } from "react";

// Labelled form fields with their error messages wired up for assistive technology.

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors.join(" ")}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  idPrefix: string;
  errors?: string[];
  type?: string;
  defaultValue?: string;
  hint?: ReactNode;
  required?: boolean;
  autoComplete?: string;
};

export function TextField({ name, label, idPrefix, errors, type = "text", defaultValue, hint, required, autoComplete }: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <input id={id} name={name} type={type} defaultValue={defaultValue} required={required} autoComplete={autoComplete}
        aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy}
        className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600" />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FormMessage({ result }: { result: { ok: boolean; message?: string } | null }) {
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm ${result?.ok ? "text-green-800" : "text-red-700"}`}>
      {result?.message}
    </p>
  );
}

/** The message line and submit button every form ends with. */
export function SubmitRow({ result, pending, label, pendingLabel }: { result: { ok: boolean; message?: string } | null; pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div className="space-y-2 sm:col-span-full">
      <FormMessage result={result} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
