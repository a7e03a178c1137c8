import type { Metadata } from "next";
import { timeZoneOptions } from "@/lib/setup/schemas";
import { notFound } from "next/navigation";
import { SetupForm } from "@/components/setup/setup-form";
import { adminExists } from "@/lib/setup/token";

export const metadata: Metadata = { title: "Set up Pillars", robots: { index: false } };
export const dynamic = "force-dynamic";

/** First run only: once an administrator exists this page does not exist either. */
export default async function SetupPage() {
  if (await adminExists()) notFound();
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-12">
      <p className="text-lg font-bold tracking-tight text-brand-900">Pillars</p>
      <h1 className="mt-2 text-2xl font-bold">Set up Pillars</h1>
      <p className="mb-8 mt-1 text-sm text-slate-600">
        Name your organisation and create the first administrator. You can invite everyone else, import your people
        and change these settings afterwards.
      </p>
      <SetupForm timeZones={timeZoneOptions()} defaultTimeZone="UTC" />
    </main>
  );
}
