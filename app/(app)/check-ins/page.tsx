import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CoverageTable } from "@/components/check-ins/coverage-table";
import { DueList } from "@/components/check-ins/due-list";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { dueList } from "@/lib/check-ins/due";
import { Prefetched } from "@/lib/query/prefetch";
import { queryKeys } from "@/lib/query/keys";

export const metadata: Metadata = { title: "Check-ins" };

// The manager's home: who is overdue, due and coming up. Directors and the VPE also see how
// their managers keep up; that table loads in the browser so the due list is never held up.

export default async function CheckInsPage() {
  const actor = await requireActor();
  if (!can(actor.roles, "checkin:read")) notFound();
  const showCoverage = actor.roles.includes("DIRECTOR") || actor.roles.includes("VPE");
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Check-ins</h1>
          <p className="text-sm text-slate-600">Your direct reports, most urgent first.</p>
        </div>
        {can(actor.roles, "template:write") && (
          <Link href="/check-ins/templates" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
            Check-in templates
          </Link>
        )}
      </header>
      <Prefetched queries={[{ queryKey: queryKeys.checkIns.due(), queryFn: () => dueList({ actor }) }]}>
        <DueList />
      </Prefetched>
      {showCoverage && <CoverageTable />}
    </div>
  );
}
