"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { FieldErrors } from "@/components/ui/form-fields";
import { fetchJson } from "@/lib/query/fetch-json";
import { queryKeys } from "@/lib/query/keys";
import type { TargetOption } from "@/lib/skills/queries";

// Whom a new item is about: one person or one team, both limited to the writer's scope (the
// server lists them and checks the choice again). Only the chosen picker is in the form, so
// exactly one of personId and teamId is sent.

type Errors = Record<string, string[]> | undefined;
const control = "mt-1 block w-full rounded border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600 focus-visible:outline-2 focus-visible:outline-brand-600";

export function TargetPicker({ prefix, teams, errors }: { prefix: string; teams: TargetOption[]; errors: Errors }) {
  const [about, setAbout] = useState<"person" | "team">("person");
  const targetErrors = [...(errors?.target ?? []), ...(errors?.personId ?? []), ...(errors?.teamId ?? [])];
  return (
    <fieldset className="space-y-3 sm:col-span-full" aria-describedby={targetErrors.length ? `${prefix}-target-error` : undefined}>
      <legend className="text-sm font-medium">About</legend>
      <div className="flex flex-wrap gap-4">
        {([["person", "A person"], ["team", "A team"]] as const).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="about" value={value} checked={about === value} onChange={() => setAbout(value)} className="size-4" />
            {label}
          </label>
        ))}
      </div>
      {about === "person" ? <PersonSearch prefix={prefix} invalid={targetErrors.length > 0} /> : (
        <div>
          <label htmlFor={`${prefix}-teamId`} className="block text-sm font-medium">Team</label>
          <select id={`${prefix}-teamId`} name="teamId" defaultValue="" aria-invalid={targetErrors.length ? true : undefined} className={control}>
            <option value="">{teams.length ? "Choose a team" : "No team in your scope"}</option>
            {teams.map((team) => <option key={team.id} value={team.id}>{team.name}{team.detail ? ` (${team.detail})` : ""}</option>)}
          </select>
        </div>
      )}
      <FieldErrors id={`${prefix}-target-error`} errors={targetErrors} />
    </fieldset>
  );
}

function PersonSearch({ prefix, invalid }: { prefix: string; invalid: boolean }) {
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);
  // With no search yet, the first people in scope (often a manager's whole team) are listed.
  const people = useQuery({
    queryKey: queryKeys.skills.people(search),
    queryFn: () => fetchJson<TargetOption[]>(`/api/skills/people${search ? `?q=${encodeURIComponent(search)}` : ""}`),
  });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <label htmlFor={`${prefix}-q`} className="block text-sm font-medium">Find the person</label>
        <input id={`${prefix}-q`} type="search" value={q} onChange={(event) => setQ(event.target.value)} autoComplete="off"
          aria-describedby={`${prefix}-q-hint`} className={control} />
        <p id={`${prefix}-q-hint`} className="text-xs text-slate-600">Name, work email or employee id; only people in your scope.</p>
      </div>
      <div>
        <label htmlFor={`${prefix}-personId`} className="block text-sm font-medium">Person</label>
        <select id={`${prefix}-personId`} name="personId" defaultValue="" aria-invalid={invalid || undefined} className={control}>
          <option value="">{people.isPending ? "Searching…" : `${people.data?.length ?? 0} found — choose one`}</option>
          {people.data?.map((person) => <option key={person.id} value={person.id}>{person.name}{person.detail ? `, ${person.detail}` : ""}</option>)}
        </select>
        {people.error && <p role="alert" className="mt-1 text-sm text-red-700">Could not search: {people.error.message}</p>}
      </div>
    </div>
  );
}
