import type { Actor } from "@/lib/auth/actor";
import { filtersFromSearch } from "@/lib/dashboard/filters";
import { dashboardContext, filterOptions, pillarCards, riskSummary } from "@/lib/dashboard/queries";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { dashboardKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";
import { DashboardFilters } from "./dashboard-filters";
import { PillarCards } from "./pillar-cards";
import { RiskSummary } from "./risk-summary";

type Search = Record<string, string | string[] | undefined>;

/** The VPE's (and directors' and HR's) dashboard: filters from the URL, widgets prefetched on the server. */
export async function Dashboard({ actor, searchParams }: { actor: Actor; searchParams: Search }) {
  const input = filtersFromSearch(searchParams);
  const context = await dashboardContext({ actor, input }).catch((error: unknown) => {
    // A filter that is not understood, or a subtree outside the actor's scope: the whole scope instead, said plainly.
    if (isAppError(error) && (error.code === "UNPROCESSABLE" || error.code === "NOT_FOUND")) return null;
    throw error;
  });
  const resolved = context ?? (await dashboardContext({ actor, input: {} }));
  const options = await filterOptions({ actor });
  const showRisks = can(actor.roles, "risk:read");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Dashboard</h1>
        <p className="text-sm text-slate-600">The four pillars for the people in your scope, {resolved.current.label}.</p>
      </header>
      {!context && <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">Some filters in the address were not understood; showing everyone in your scope.</p>}
      <DashboardFilters filters={resolved.filters} options={options} currentKey={options.quarters[0]!.key} />
      <Prefetched queries={[
        { queryKey: dashboardKeys.pillars(resolved.search), queryFn: () => pillarCards({ actor, input: resolved.filters }) },
        ...(showRisks ? [{ queryKey: dashboardKeys.risks(resolved.search), queryFn: () => riskSummary({ actor, input: resolved.filters }) }] : []),
      ]}>
        <PillarCards search={resolved.search} />
        {showRisks && <RiskSummary search={resolved.search} />}
      </Prefetched>
    </div>
  );
}
