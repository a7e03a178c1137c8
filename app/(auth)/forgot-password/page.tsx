import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

// Rendered per request: a prerendered page would carry no CSP nonce, and its scripts would be blocked.
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="mx-auto flex min-h-[80vh] max-w-sm flex-col justify-center px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-900">Pillars</p>
      <h1 className="mt-2 text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">Enter the email you sign in with and we will send you a link to choose a new one. The link works for one hour.</p>
      <ForgotPasswordForm />
    </main>
  );
}
