"use client";

import Link from "next/link";
import { setupAction } from "@/app/(auth)/setup/actions";
import { FiscalMonthSelect, TimeZoneSelect } from "@/components/ui/choice-fields";
import { FormMessage, TextField } from "@/components/ui/form-fields";
import type { ActionResult } from "@/lib/http/action";
import { useFormAction } from "@/components/ui/use-form-action";

export function SetupForm({ timeZones, defaultTimeZone }: { timeZones: string[]; defaultTimeZone: string }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(setupAction);
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage result={result} />
        <Link href="/sign-in" className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Go to sign-in</Link>
      </div>
    );
  }
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <TextField idPrefix="setup" name="token" label="Setup token" errors={errors?.token} autoComplete="off"
        hint="Printed in the server log when Pillars started; it works once." />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Your organisation</legend>
        <TextField idPrefix="setup" name="orgName" label="Name" errors={errors?.orgName} />
        <TimeZoneSelect idPrefix="setup" timeZones={timeZones} defaultValue={defaultTimeZone} errors={errors?.timeZone} />
        <FiscalMonthSelect idPrefix="setup" defaultValue={1} errors={errors?.fiscalYearStartMonth} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The first administrator (you)</legend>
        <TextField idPrefix="setup" name="adminName" label="Your name" errors={errors?.adminName} autoComplete="name" />
        <TextField idPrefix="setup" name="adminEmail" label="Work email" type="email" errors={errors?.adminEmail} autoComplete="username" />
        <TextField idPrefix="setup" name="password" label="Password" type="password" errors={errors?.password} autoComplete="new-password" hint="At least 12 characters." />
        <TextField idPrefix="setup" name="confirmPassword" label="Repeat the password" type="password" errors={errors?.confirmPassword} autoComplete="new-password" />
      </fieldset>
      <FormMessage result={result} />
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Setting up…" : "Set up Pillars"}
      </button>
    </form>
  );
}
