import type { Actor } from "@/lib/auth/actor";
import { filtersFromSearch } from "@/lib/dashboard/filters";
import { chosenManager, dashboardContext, filterOptions, riskSummary } from "@/lib/dashboard/queries";
import { attritionSummary, coverageSummary, heatmap, levelDistribution, pillarCards, scorecards } from "@/lib/dashboard/widgets";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { dashboardKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";
import { AttritionCard } from "./attrition-card";
import { CoverageCard } from "./coverage-card";
import { DashboardFilters } from "./dashboard-filters";
import { Heatmap } from "./heatmap";
import { LevelDistribution } from "./level-distribution";
import { PillarCards } from "./pillar-cards";
import { RiskSummary } from "./risk-summary";
import { Scorecards } from "./scorecards";

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
  const [options, under] = await Promise.all([filterOptions({ actor }), chosenManager({ actor, id: resolved.filters.under })]);
  const showRisks = can(actor.roles, "risk:read");
  const { search, filters } = resolved;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Dashboard</h1>
        <p className="text-sm text-slate-600">The four pillars for the people in your scope, {resolved.current.label}.</p>
      </header>
      {!context && <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">Some filters in the address were not understood; showing everyone in your scope.</p>}
      <DashboardFilters filters={resolved.filters} options={options} currentKey={options.quarters[0]!.key} under={under} />
      <Prefetched queries={[
        { queryKey: dashboardKeys.pillars(search), queryFn: () => pillarCards({ actor, input: filters }) },
        { queryKey: dashboardKeys.heatmap(search, false), queryFn: () => heatmap({ actor, input: filters }) },
        ...(showRisks ? [{ queryKey: dashboardKeys.risks(search), queryFn: () => riskSummary({ actor, input: filters }) }] : []),
        { queryKey: dashboardKeys.scorecards(search, null), queryFn: () => scorecards({ actor, input: filters }) },
        { queryKey: dashboardKeys.coverage(search), queryFn: () => coverageSummary({ actor, input: filters }) },
        { queryKey: dashboardKeys.attrition(search), queryFn: () => attritionSummary({ actor, input: filters }) },
        { queryKey: dashboardKeys.levels(search), queryFn: () => levelDistribution({ actor, input: filters }) },
      ]}>
        {/* The morning read: how each pillar stands, where it is low and who may leave, how each manager's part of the tree is doing, then the detail. */}
        <PillarCards search={search} />
        <Heatmap search={search} />
        {showRisks && <RiskSummary search={search} />}
        <Scorecards search={search} />
        <div className="grid gap-6 lg:grid-cols-2">
          <CoverageCard search={search} />
          <AttritionCard search={search} />
          <div className="lg:col-span-2"><LevelDistribution search={search} /></div>
        </div>
      </Prefetched>
    </div>
  );
}
