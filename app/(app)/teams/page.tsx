import type { Metadata } from "next";
import Link from "next/link";
import { CreateTeamForm, EditTeamForm } from "@/components/teams/team-forms";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { listTeams } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const actor = await requireActor();
  requirePagePermission(actor, "people:read");
  const teams = await listTeams();
  const editable = can(actor.roles, "people:write");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Teams</h1>
        <p className="text-sm text-slate-600">Each team has an owning manager; delivery metrics and experiments attach to teams.</p>
      </div>
      {editable && (
        <section aria-labelledby="new-team-heading" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="new-team-heading" className="mb-4 text-lg font-semibold">Add a team</h2>
          <CreateTeamForm />
        </section>
      )}
      {teams.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No teams yet. {editable ? "Add the first one above, or import people with a team column." : "An admin or HR partner can add them."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {teams.map((team) => {
            const summary = (
              <>
                <span className="font-medium">{team.name}</span>
                <span className="text-sm text-slate-600">{team.headcount} {team.headcount === 1 ? "person" : "people"}</span>
                {team.owner && <span className="text-sm">owned by {team.owner.name}</span>}
                {team.originCompany && <span className="rounded bg-slate-100 px-2 text-xs">from {team.originCompany}</span>}
              </>
            );
            return (
              <li key={team.id} className="p-4">
                {editable ? (
                  <details>
                    <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 rounded">{summary}</summary>
                    <EditTeamForm team={team} />
                  </details>
                ) : (
                  <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">{summary}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="text-sm"><Link href="/people" className="text-brand-700 underline">Back to people</Link></p>
    </div>
  );
}
