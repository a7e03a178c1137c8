import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionList } from "@/components/check-ins/templates/question-list";
import { EditTemplateButton } from "@/components/check-ins/templates/template-buttons";
import { TemplateEditor } from "@/components/check-ins/templates/template-editor";
import { StatusBadge } from "@/components/frameworks/labels";
import type { Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { getTemplateVersion } from "@/lib/check-ins/templates/queries";
import { formatDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/http/route";

export const metadata: Metadata = { title: "Check-in template" };

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<{ published?: string }> };

async function loadVersion(actor: Actor, id: string) {
  try {
    return await getTemplateVersion({ actor, versionId: idParam(id) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

const NOTE = {
  DRAFT: "A draft: no check-in uses it until it is published.",
  PUBLISHED: "Published: read only. To change it, edit it as a new draft.",
  ARCHIVED: "Archived: kept, read only, for the check-ins written against it.",
} as const;

export default async function CheckInTemplateVersionPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  requirePagePermission(actor, "template:write");
  const view = await loadVersion(actor, (await params).versionId);
  const justPublished = (await searchParams).published !== undefined && view.status === "PUBLISHED";
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm"><Link href="/check-ins/templates" className="text-brand-700 underline">All check-in templates</Link></p>
        <h1 className="text-2xl font-bold">{view.template.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span>Version {view.number}</span>
          <StatusBadge status={view.status} />
          {view.publishedAt && <span>published {formatDate(view.publishedAt)}</span>}
          <span>· {view.checkInCount} check-in{view.checkInCount === 1 ? "" : "s"}</span>
        </p>
        {view.template.description && <p className="text-sm text-slate-700">{view.template.description}</p>}
      </header>
      <p role="status" className="rounded-lg bg-white p-4 text-sm shadow-sm">
        {justPublished ? "Published. The version published before it is now archived; check-ins already written keep their questions." : NOTE[view.status]}
      </p>
      {view.status === "PUBLISHED" && <EditTemplateButton templateId={view.template.id} templateName={view.template.name} hasDraft={false} />}
      {view.status === "DRAFT" ? (
        <TemplateEditor versionId={view.id} version={view.version} number={view.number} questions={view.questions} />
      ) : (
        <section aria-labelledby="questions-heading" className="space-y-3">
          <h2 id="questions-heading" className="text-lg font-semibold">Questions</h2>
          <QuestionList questions={view.questions} />
        </section>
      )}
    </div>
  );
}
