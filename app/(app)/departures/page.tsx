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

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The list filters a link may carry (?quarter=FY2027-Q1&regrettable=true), re-serialised in a stable order, and said in words. */
function listFilters(params: Record<string, string | string[] | undefined>) {
  const first = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const filters = ZDepartureFilters.parse({ quarter: first("quarter"), voluntary: first("voluntary"), regrettable: first("regrettable") });
  const search = new URLSearchParams();
  const words: string[] = [];
  if (filters.regrettable !== undefined) { search.set("regrettable", String(filters.regrettable)); words.push(filters.regrettable ? "regrettable" : "not regrettable"); }
  if (filters.voluntary !== undefined) { search.set("voluntary", String(filters.voluntary)); words.push(filters.voluntary ? "voluntary" : "involuntary"); }
  words.push("departures");
  if (filters.quarter) { search.set("quarter", filters.quarter); words.push(`in ${filters.quarter.replace("-", " ")}`); }
  const said = search.size === 0 ? undefined : words.join(" ").replace(/^./, (c) => c.toUpperCase());
  return { filters, search: search.toString(), said };
}

export default async function DeparturesPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "departure:read")) notFound();
  const list = listFilters(await searchParams);
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
        { queryKey: queryKeys.departures.list(list.search), queryFn: () => listDepartures({ actor, filters: list.filters }) },
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
        <DeparturesList search={list.search} said={list.said} />
      </Prefetched>
    </div>
  );
}
