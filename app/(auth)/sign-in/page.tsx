import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoBanner } from "@/components/shell/demo-banner";
import { landingPath, safeCallbackPath } from "@/lib/auth/redirects";
import { getActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { isDemoInstall } from "@/lib/org/demo";
import { adminExists } from "@/lib/setup/token";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const actor = await getActor();
  if (actor) redirect(callbackUrl ? safeCallbackPath(callbackUrl) : landingPath(actor));
  const ssoConfigured = Boolean(env().OIDC_ISSUER);
  return (
    <>
      {(await isDemoInstall()) && (
        <header>
          <DemoBanner />
        </header>
      )}
    <main id="main" className="mx-auto flex min-h-[80vh] max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-900">Pillars</p>
      <h1 className="mt-2 text-2xl font-bold">Sign in</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">Use the email your administrator invited.</p>
      {!(await adminExists()) && (
        <div role="note" className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Pillars is not set up yet: nobody can sign in until the first administrator exists.{" "}
          <Link href="/setup" className="font-medium text-brand-700 underline">Set up Pillars</Link> with the token printed in
          the server log, or run <code>npm run admin:create</code>.
        </div>
      )}
      <SignInForm
        callbackPath={callbackUrl ? safeCallbackPath(callbackUrl) : "/"}
        ssoName={ssoConfigured ? env().OIDC_DISPLAY_NAME : null}
        initialError={error ?? null}
      />
    </main>
    </>
  );
}
