import type { Metadata } from "next";
import Link from "next/link";
import { NewTemplateForm } from "@/components/check-ins/templates/new-template-form";
import { EditTemplateButton, MakeDefaultButton } from "@/components/check-ins/templates/template-buttons";
import { StatusBadge } from "@/components/frameworks/labels";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { listTemplates } from "@/lib/check-ins/templates/queries";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Check-in templates" };

export default async function CheckInTemplatesPage() {
  const actor = await requireActor();
  requirePagePermission(actor, "template:write");
  const templates = await listTemplates({ actor });
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Check-in templates</h1>
        <p className="text-slate-700">
          The questions managers answer in a check-in. New check-ins use the default template&apos;s published version; check-ins already written keep theirs.
        </p>
      </header>
      {templates.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          No check-in template yet. Create one below: it starts with the seven questions every check-in asks.
        </p>
      ) : (
        templates.map((template) => {
          const published = template.versions.some((version) => version.status === "PUBLISHED");
          const hasDraft = template.versions.some((version) => version.status === "DRAFT");
          return (
            <section key={template.id} aria-labelledby={`template-${template.id}`} className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="space-y-1">
                  <h2 id={`template-${template.id}`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                    {template.name}
                    {template.isDefault && <span className="rounded bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900">Default</span>}
                  </h2>
                  {template.description && <p className="text-sm text-slate-700">{template.description}</p>}
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  {(published || hasDraft) && <EditTemplateButton templateId={template.id} templateName={template.name} hasDraft={hasDraft} />}
                  {published && !template.isDefault && <MakeDefaultButton templateId={template.id} templateName={template.name} />}
                </div>
              </div>
              {!published && <p className="text-sm text-slate-700">Not published yet: publish its draft before making it the default.</p>}
              <div tabIndex={0} role="region" aria-label={`Versions of ${template.name}`} className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Versions of {template.name}, newest first</caption>
                  <thead className="bg-slate-50">
                    <tr>
                      <th scope="col" className="px-3 py-2">Version</th>
                      <th scope="col" className="px-3 py-2">Status</th>
                      <th scope="col" className="px-3 py-2">Published on</th>
                      <th scope="col" className="px-3 py-2 text-right">Questions</th>
                      <th scope="col" className="px-3 py-2 text-right">Check-ins</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {template.versions.map((version) => (
                      <tr key={version.id}>
                        <td className="px-3 py-2">
                          <Link href={`/check-ins/templates/${version.id}`} className="font-medium text-brand-700 underline">Version {version.number}</Link>
                        </td>
                        <td className="px-3 py-2"><StatusBadge status={version.status} /></td>
                        <td className="px-3 py-2">{version.publishedAt ? formatDate(version.publishedAt) : "—"}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{version.questionCount}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{version.checkInCount}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })
      )}
      <section aria-labelledby="new-template-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="new-template-heading" className="mb-1 text-lg font-semibold">New template</h2>
        <p className="mb-4 text-sm text-slate-700">It starts as a draft holding the questions the default template asks now.</p>
        <NewTemplateForm />
      </section>
    </div>
  );
}
