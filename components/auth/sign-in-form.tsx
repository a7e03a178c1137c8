"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

type Props = { callbackPath: string; ssoName: string | null; initialError: string | null };

/** Why sign-in failed, in words that never say whether the account exists. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith("locked:")) {
    const minutes = Math.max(1, Math.ceil(Number(code.slice("locked:".length)) / 60));
    return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (code === "AccessDenied") return "This account has not been invited to Pillars, or its email is not verified.";
  return "Email or password is incorrect.";
}

export function SignInForm({ callbackPath, ssoName, initialError }: Props) {
  const [error, setError] = useState<string | null>(signInErrorMessage(initialError));
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackPath);
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error ?? "invalid"));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required
            className="mt-1 block w-full rounded border border-slate-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required
            className="mt-1 block w-full rounded border border-slate-300 px-3 py-2" />
        </div>
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-red-700">{error}</p>
        <button type="submit" disabled={pending}
          className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <Link href="/forgot-password" className="block text-sm text-brand-700 underline">Forgot your password?</Link>
      {ssoName && (
        <button type="button" onClick={() => signIn("oidc", { callbackUrl: callbackPath })}
          className="w-full rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50">
          Sign in with {ssoName}
        </button>
      )}
    </div>
  );
}
