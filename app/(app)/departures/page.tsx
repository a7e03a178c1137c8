import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttritionChart } from "@/components/departures/attrition-chart";
import { DeparturesList } from "@/components/departures/departures-list";
import { RecordDepartureWithSearch } from "@/components/departures/record-departure-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { attritionByQuarter, listDepartures, subtreeOptions } from "@/lib/departures/queries";
import { ZDepartureFilters } from "@/lib/departures/schemas";
import { orgToday } from "@/lib/org/queries";
import { queryKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";

export const metadata: Metadata = { title: "Departures" };

// Departures and attrition for the people in the actor's scope (VPE, HR partners, directors,
// managers); the VPE and HR partners also record departures here.

export default async function DeparturesPage() {
  const actor = await requireActor();
  if (!can(actor.roles, "departure:read")) notFound();
  const canWrite = can(actor.roles, "departure:write");
  const [managers, today] = await Promise.all([subtreeOptions({ actor }), orgToday()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Departures</h1>
        <p className="text-sm text-slate-600">Who left, and attrition per fiscal quarter for the people in your scope.</p>
      </header>
      <Prefetched queries={[
        { queryKey: queryKeys.departures.attrition(null), queryFn: () => attritionByQuarter({ actor }) },
        { queryKey: queryKeys.departures.list(""), queryFn: () => listDepartures({ actor, filters: ZDepartureFilters.parse({}) }) },
      ]}>
        <AttritionChart managers={managers} />
        {canWrite && (
          <section aria-labelledby="record-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
            <h2 id="record-heading" className="text-lg font-semibold">Record a departure</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">
              They leave headcount after their last day and their login closes once it has passed; their history stays.
              Someone who still manages people needs their reports moved first.
            </p>
            <RecordDepartureWithSearch today={formatDate(today)} />
          </section>
        )}
        <DeparturesList />
      </Prefetched>
    </div>
  );
}
