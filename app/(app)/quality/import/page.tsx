import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QualityImportForm } from "@/components/quality/import-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { TEMPLATE_HEADERS } from "@/lib/quality/import/validate";

export const metadata: Metadata = { title: "Import quality figures" };

export default async function QualityImportPage() {
  const actor = await requireActor();
  // Importing writes figures: quality:write (VPE, directors, managers); others get a 404.
  if (!can(actor.roles, "quality:write")) notFound();
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p className="text-sm"><Link href="/quality" className="text-brand-700 underline">Quality</Link></p>
        <h1 className="text-2xl font-bold">Import team figures</h1>
        <p className="text-slate-700">
          One line per team and month. Pillars checks every row first and lists each problem by line; the import then runs all or nothing,
          adding months and replacing the figures of months already recorded. At most 20,000 rows, UTF-8.
        </p>
        <p className="text-sm text-slate-600">
          Columns: <code className="rounded bg-slate-100 px-1 break-all">{TEMPLATE_HEADERS.join(",")}</code> (or <code className="rounded bg-slate-100 px-1">team_id</code> instead
          of <code className="rounded bg-slate-100 px-1">team</code>). Months as YYYY-MM; lead time and time to restore are monthly medians in hours.
        </p>
      </div>
      <QualityImportForm />
    </div>
  );
}
