import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SkillCounts } from "@/components/skills/skill-counts";
import { SkillFilters } from "@/components/skills/skill-filters";
import { SkillItemForm } from "@/components/skills/skill-item-form";
import { SkillList } from "@/components/skills/skill-list";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { orgToday } from "@/lib/org/queries";
import { Prefetched } from "@/lib/query/prefetch";
import { queryKeys } from "@/lib/query/keys";
import { skillFiltersOf, skillSearch } from "@/lib/skills/filters";
import { listSkillItems, skillsSummary, skillTeamOptions } from "@/lib/skills/queries";

export const metadata: Metadata = { title: "Skills" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The skills pillar: learning items and experiments about the people and teams in the actor's
// scope, counted on top and filtered through the URL; writers record new ones here.

export default async function SkillsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "skills:read")) notFound();
  const filters = skillFiltersOf(await searchParams);
  const search = skillSearch(filters);
  const canWrite = can(actor.roles, "skills:write");
  const [teams, today] = await Promise.all([canWrite ? skillTeamOptions({ actor }) : Promise.resolve([]), orgToday()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Skills and capabilities</h1>
        <p className="text-sm text-slate-600">What people learn and which experiments teams run (an AI-assistant pilot, say), with their outcome and evidence.</p>
      </header>
      <Prefetched queries={[
        { queryKey: queryKeys.skills.summary(), queryFn: () => skillsSummary({ actor }) },
        { queryKey: queryKeys.skills.list(search), queryFn: () => listSkillItems({ actor, filters }) },
      ]}>
        <SkillCounts />
        {canWrite && (
          <section aria-labelledby="new-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
            <details>
              <summary className="cursor-pointer text-lg font-semibold" id="new-heading">New learning item or experiment</summary>
              <p className="mt-1 mb-4 text-sm text-slate-600">About one person or one team in your scope. Texts about a person are deleted if they are erased.</p>
              <SkillItemForm today={formatDate(today)} teams={teams} />
            </details>
          </section>
        )}
        <section aria-labelledby="list-heading" className="space-y-4">
          <h2 id="list-heading" className="text-lg font-semibold">Learning and experiments</h2>
          <SkillFilters filters={filters} />
          <SkillList search={search} filtered={search !== ""} canWrite={canWrite} />
        </section>
      </Prefetched>
    </div>
  );
}
