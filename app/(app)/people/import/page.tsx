import type { Metadata } from "next";
import { ImportForm } from "@/components/people/import-form";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { TEMPLATE_HEADERS } from "@/lib/people-import/columns";

export const metadata: Metadata = { title: "Import people" };

export default async function ImportPeoplePage() {
  const actor = await requireActor();
  requirePagePermission(actor, "people:write");
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold">Import people</h1>
        <p className="text-slate-700">
          Upload your HR system&apos;s export (BambooHR, Workday, HiBob, Personio, or our own columns). Pillars checks every row first and
          lists each problem by line; the import then runs all or nothing, creating people and updating them by employee id, so next
          month&apos;s export moves whoever changed manager.
        </p>
        <p className="text-sm text-slate-600">
          Our columns: <code className="rounded bg-slate-100 px-1">{TEMPLATE_HEADERS.join(",")}</code>. Dates as YYYY-MM-DD; the manager by
          employee id or email.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
