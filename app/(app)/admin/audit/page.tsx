import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit-filters";
import { listAuditEvents } from "@/lib/audit/queries";
import { ZAuditFilters } from "@/lib/audit/schemas";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor();
  requirePagePermission(actor, "audit:read");
  const params = await searchParams;
  const filters = ZAuditFilters.parse(params);
  const { events, nextBefore } = await listAuditEvents({ actor, filters });
  const next = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  if (nextBefore) next.set("before", String(nextBefore));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Audit log</h1>
        <p className="text-sm text-slate-600">Every change and every read of retention risks. Read-only: nobody can edit or delete it.</p>
      </div>
      <AuditFilters values={filters} />
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">No events match these filters.</p>
      ) : (
        /* Focusable so keyboard users can scroll the wide table on a phone. */
        <div tabIndex={0} role="region" aria-label="Audit events" className="overflow-x-auto rounded-lg bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">When (UTC)</th>
                <th scope="col" className="px-3 py-2">Who</th>
                <th scope="col" className="px-3 py-2">Action</th>
                <th scope="col" className="px-3 py-2">Target</th>
                <th scope="col" className="px-3 py-2">Changed</th>
                <th scope="col" className="px-3 py-2">Address</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {events.map((event) => (
                <tr key={String(event.id)}>
                  <td className="whitespace-nowrap px-3 py-2">{event.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td className="px-3 py-2">{event.actor?.email ?? "—"}</td>
                  <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
                  <td className="px-3 py-2">
                    {event.entityType}
                    {event.entityId ? ` #${event.entityId}` : ""}
                    {event.subjectIds.length > 0 ? ` (people ${event.subjectIds.join(", ")})` : ""}
                  </td>
                  <td className="px-3 py-2">{event.changedFields.join(", ") || "—"}</td>
                  <td className="px-3 py-2 text-slate-600">{event.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && (
        <Link href={`/admin/audit?${next.toString()}`} className="inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium">
          Older events
        </Link>
      )}
    </div>
  );
}
