import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { ZUserTokenValue } from "@/lib/users/schemas";
import { findUsableToken, INVALID_LINK } from "@/lib/users/tokens";

// Public: the link is the credential. Rendering only reads the token (mail scanners open links);
// it is used up when the form is submitted. An unusable link shows nothing about its account.

export const metadata: Metadata = { title: "Set your password", robots: { index: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const holder = ZUserTokenValue.safeParse(token).success ? await findUsableToken({ token, kind: "INVITATION" }) : null;
  return (
    <main id="main" className="mx-auto flex min-h-[80vh] max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-900">Pillars</p>
      <h1 className="mt-2 text-2xl font-bold">Set your password</h1>
      {holder ? (
        <>
          <p className="mb-6 mt-1 text-sm text-slate-600">
            Welcome to Pillars, {holder.name}. Choose a password to sign in as <strong>{holder.email}</strong>.
          </p>
          <SetPasswordForm token={token} kind="INVITATION" email={holder.email} submitLabel="Set password" />
        </>
      ) : (
        <div className="mt-1 space-y-4 text-sm">
          <p className="text-red-700">{INVALID_LINK}</p>
          <p className="text-slate-600">Ask your administrator to send you a new invitation.</p>
          <p><Link href="/sign-in" className="text-brand-700 underline">Sign in</Link></p>
        </div>
      )}
    </main>
  );
}
