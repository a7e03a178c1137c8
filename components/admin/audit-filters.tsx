import type { TAuditFilters } from "@/lib/audit/schemas";

/** A plain GET form: the filters live in the URL, so a view can be shared and bookmarked. */
export function AuditFilters({ values }: { values: TAuditFilters }) {
  const field = (name: keyof TAuditFilters, label: string, type = "text") => (
    <div>
      <label htmlFor={`audit-${name}`} className="block text-xs font-medium text-slate-700">{label}</label>
      <input id={`audit-${name}`} name={name} type={type} defaultValue={values[name] === undefined ? "" : String(values[name])}
        className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm" />
    </div>
  );
  return (
    <form role="search" aria-label="Filter the audit log" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-6">
      {field("action", "Action starts with")}
      {field("entityType", "Target type")}
      {field("actor", "Who (email)")}
      {field("from", "From", "date")}
      {field("to", "To", "date")}
      <div className="flex items-end">
        <button type="submit" className="w-full rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Filter</button>
      </div>
    </form>
  );
}
