"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { FieldErrors } from "@/components/ui/form-fields";
import type { ManagerOption } from "@/lib/dashboard/queries";
import { fetchJson } from "@/lib/query/fetch-json";
import { dashboardKeys } from "@/lib/query/keys";

// "People under" a manager, for the dashboard's filters and the reports page: a select that
// starts with the managers nearest the top of the viewer's scope, and a search by name or title
// that fills it with matches (GET /api/dashboard/managers), so any manager of a large tree can be
// chosen. The chosen one always stays listed. Without JavaScript the select still works.

type Props = {
  /** The select's id and form field name. */
  id: string;
  name: string;
  label: string;
  /** The first option, for no manager (the whole scope). */
  emptyLabel: string;
  initial: ManagerOption[];
  selected: ManagerOption | null;
  /** How a manager reads in the list ("Everyone under Ana Ruiz"). */
  optionLabel?: (manager: ManagerOption) => string;
  hint?: string;
  errors?: string[];
  className: string;
};

const SEARCH_DELAY_MS = 250;

export function ManagerPicker({ id, name, label, emptyLabel, initial, selected, optionLabel = (m) => m.name, hint, errors, className }: Props) {
  const [value, setValue] = useState(selected ? String(selected.id) : "");
  const [chosen, setChosen] = useState(selected);
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: dashboardKeys.managers(q),
    queryFn: () => fetchJson<ManagerOption[]>(`/api/dashboard/managers?q=${encodeURIComponent(q)}`),
    enabled: q.length > 0,
    // The last matches stay listed while the next search runs.
    placeholderData: keepPreviousData,
  });
  const listed = q.length > 0 ? (found.data ?? []) : initial;
  const options = chosen && !listed.some((m) => m.id === chosen.id) ? [chosen, ...listed] : listed;
  const searchId = `${id}-search`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <select id={id} name={name} value={value} className={className} aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setChosen(options.find((m) => String(m.id) === event.target.value) ?? null);
        }}>
        <option value="">{emptyLabel}</option>
        {options.map((m) => <option key={m.id} value={m.id}>{optionLabel(m)}{m.title ? ` (${m.title})` : ""}</option>)}
      </select>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{hint}</p>}
      <FieldErrors id={`${id}-error`} errors={errors} />
      <label htmlFor={searchId} className="mt-2 block text-xs font-medium text-slate-700">Find a manager</label>
      <input id={searchId} type="search" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off"
        // Enter searches (it already does as you type); it must not submit the form around the picker.
        onKeyDown={(event) => { if (event.key === "Enter") event.preventDefault(); }}
        aria-describedby={`${searchId}-status`} placeholder="Name or title"
        className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm" />
      <p id={`${searchId}-status`} aria-live="polite" className="mt-1 min-h-4 text-xs text-slate-600">
        {q.length === 0 ? "" : found.isPending ? "Searching…" : found.error ? `Could not search: ${found.error.message}` : `${found.data?.length ?? 0} found; choose one above.`}
      </p>
    </div>
  );
}
