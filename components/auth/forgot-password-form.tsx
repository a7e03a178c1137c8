"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { z } from "zod";
import { requestPasswordResetAction, type AuthFormState } from "@/app/(auth)/actions";
import { ZForgotPassword } from "@/lib/users/schemas";

const INITIAL: AuthFormState = { ok: false };

/** Asks for a reset link; the answer is the same whether or not the email has an account. */
export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, INITIAL);
  const [clientError, setClientError] = useState<string[] | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = ZForgotPassword.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientError(null);
      return;
    }
    event.preventDefault();
    setClientError(z.flattenError(parsed.error).fieldErrors.email ?? null);
  }

  const emailErrors = clientError ?? state.fieldErrors?.email;
  const message = clientError ? "Some fields need attention." : state.message;
  return (
    <div className="space-y-4">
      {!state.ok && (
        <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
          <div>
            <label htmlFor="email" className="block text-sm font-medium">Email</label>
            <input id="email" name="email" type="email" autoComplete="username" required
              aria-invalid={emailErrors ? true : undefined} aria-describedby={emailErrors ? "email-error" : undefined}
              className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-700" />
            {emailErrors && <p id="email-error" className="mt-1 text-sm text-red-700">{emailErrors.join(" ")}</p>}
          </div>
          <button type="submit" disabled={pending}
            className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? "Sending…" : "Send reset link"}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${state.ok && !clientError ? "text-green-800" : "text-red-700"}`}>{message}</p>
      <p className="text-sm"><Link href="/sign-in" className="text-brand-700 underline">Back to sign in</Link></p>
    </div>
  );
}
