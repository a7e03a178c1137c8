import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QualityTeamsTable } from "@/components/quality/teams-table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { teamsWithBands } from "@/lib/quality/queries";
import { queryKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";

export const metadata: Metadata = { title: "Quality" };

// The quality pillar: flow metrics and DORA bands for the teams in the reader's scope
// (VPE and HR partners: every team; directors and managers: teams owned in their subtree).

export default async function QualityPage() {
  const actor = await requireActor();
  if (!can(actor.roles, "quality:read")) notFound();
  const canWrite = can(actor.roles, "quality:write");
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Quality</h1>
          <p className="text-sm text-slate-600">Delivery flow per team: deployments, lead time, change failure rate, time to restore and incidents.</p>
        </div>
        {canWrite && (
          <Link href="/quality/import" className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
            Import from CSV
          </Link>
        )}
      </header>
      <Prefetched queries={[{ queryKey: queryKeys.quality.teams(), queryFn: () => teamsWithBands({ actor, months: 3 }) }]}>
        <QualityTeamsTable />
      </Prefetched>
    </div>
  );
}
