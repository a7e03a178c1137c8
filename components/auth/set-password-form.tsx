"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { z } from "zod";
import { setPasswordAction, type AuthFormState } from "@/app/(auth)/actions";
import type { FieldErrors } from "@/lib/errors";
import { PASSWORD_MIN, ZSetPassword, type TUserTokenKind } from "@/lib/users/schemas";

type Props = { token: string; kind: TUserTokenKind; email: string; submitLabel: string };

const INITIAL: AuthFormState = { ok: false };

type FieldProps = { name: "password" | "confirmPassword"; label: string; hint?: string; errors?: string[] };

function PasswordField({ name, label, hint, errors }: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">{label}</label>
      <input id={name} name={name} type="password" autoComplete="new-password" required minLength={PASSWORD_MIN}
        aria-invalid={errorId ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-700" />
      {hint && <p id={hintId} className="mt-1 text-xs text-slate-600">{hint}</p>}
      {errorId && <p id={errorId} className="mt-1 text-sm text-red-700">{errors?.join(" ")}</p>}
    </div>
  );
}

/** Sets a password from an invitation or reset link; checks the shared schema before sending. */
export function SetPasswordForm({ token, kind, email, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(setPasswordAction, INITIAL);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);

  if (state.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-sm text-green-800">{state.message}</p>
        <Link href="/sign-in" className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Sign in
        </Link>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = ZSetPassword.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(z.flattenError(parsed.error).fieldErrors);
  }

  const errors = clientErrors ?? state.fieldErrors ?? {};
  const message = clientErrors ? "Some fields need attention." : state.message;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="kind" value={kind} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField name="password" label="New password" hint={`At least ${PASSWORD_MIN} characters.`} errors={errors.password} />
      <PasswordField name="confirmPassword" label="Repeat the password" errors={errors.confirmPassword} />
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">{message}</p>
      <button type="submit" disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Saving…" : submitLabel}
      </button>
      <p className="text-sm"><Link href="/sign-in" className="text-brand-700 underline">Back to sign in</Link></p>
    </form>
  );
}
