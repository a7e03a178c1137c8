import type { Metadata } from "next";
import Link from "next/link";
import { ImportFrameworkForm } from "@/components/frameworks/import-form";
import { StatusBadge } from "@/components/frameworks/labels";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { listFrameworks } from "@/lib/frameworks/queries";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage() {
  const actor = await requireActor();
  requirePagePermission(actor, "people:read");
  const frameworks = await listFrameworks({ actor });
  const canWrite = can(actor.roles, "framework:write");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">Career frameworks</h1>
        <p className="text-slate-700">What each level expects for each competency. Assessments keep the version they were made against.</p>
      </header>
      {frameworks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {canWrite ? "No framework yet. Import one from a JSON file below." : "No framework yet. Ask your VP of Engineering or an administrator to import one."}
        </p>
      ) : (
        frameworks.map((framework) => (
          <section key={framework.id} aria-labelledby={`framework-${framework.id}`} className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
            <h2 id={`framework-${framework.id}`} className="text-lg font-semibold">{framework.name}</h2>
            {framework.description && <p className="text-sm text-slate-700">{framework.description}</p>}
            <div tabIndex={0} role="region" aria-label={`Versions of ${framework.name}`} className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Versions of {framework.name}, newest first</caption>
                <thead className="bg-slate-50">
                  <tr><th scope="col" className="px-3 py-2">Version</th><th scope="col" className="px-3 py-2">Status</th><th scope="col" className="px-3 py-2">Published on</th></tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {framework.versions.map((version) => (
                    <tr key={version.id}>
                      <td className="px-3 py-2">
                        <Link href={`/frameworks/${version.id}`} className="font-medium text-brand-700 underline">Version {version.number}</Link>
                      </td>
                      <td className="px-3 py-2"><StatusBadge status={version.status} /></td>
                      <td className="px-3 py-2">{version.publishedAt ? formatDate(version.publishedAt) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
      {canWrite && (
        <section aria-labelledby="import-heading" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="import-heading" className="mb-4 text-lg font-semibold">Import from JSON</h2>
          <ImportFrameworkForm />
        </section>
      )}
    </div>
  );
}
