import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ZUserTokenValue } from "@/lib/users/schemas";
import { findUsableToken, INVALID_LINK } from "@/lib/users/tokens";

// Public: the link is the credential. Rendering only reads the token (mail scanners open links);
// it is used up when the form is submitted. An unusable link shows nothing about its account.

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const holder = ZUserTokenValue.safeParse(token).success ? await findUsableToken({ token, kind: "PASSWORD_RESET" }) : null;
  return (
    <main id="main" className="mx-auto flex min-h-[80vh] max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-900">Pillars</p>
      <h1 className="mt-2 text-2xl font-bold">Choose a new password</h1>
      {holder ? (
        <>
          <p className="mb-6 mt-1 text-sm text-slate-600">
            For <strong>{holder.email}</strong>. Setting it signs you out everywhere else.
          </p>
          <SetPasswordForm token={token} kind="PASSWORD_RESET" email={holder.email} submitLabel="Save new password" />
        </>
      ) : (
        <div className="mt-1 space-y-4 text-sm">
          <p className="text-red-700">{INVALID_LINK}</p>
          <p><Link href="/forgot-password" className="text-brand-700 underline">Ask for a new link</Link></p>
          <p><Link href="/sign-in" className="text-brand-700 underline">Sign in</Link></p>
        </div>
      )}
    </main>
  );
}
