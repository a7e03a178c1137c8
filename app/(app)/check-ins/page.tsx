import type { Metadata } from "next";
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
      <header>
        <h1 className="text-2xl font-bold">Check-ins</h1>
        <p className="text-sm text-slate-600">Your direct reports, most urgent first.</p>
      </header>
      <Prefetched queries={[{ queryKey: queryKeys.checkIns.due(), queryFn: () => dueList({ actor }) }]}>
        <DueList />
      </Prefetched>
      {showCoverage && <CoverageTable />}
    </div>
  );
}
