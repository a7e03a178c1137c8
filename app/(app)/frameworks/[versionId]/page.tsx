import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DraftEditor } from "@/components/frameworks/draft-editor";
import { StatusBadge } from "@/components/frameworks/labels";
import { MatrixTable } from "@/components/frameworks/matrix-table";
import { StartDraftButton } from "@/components/frameworks/start-draft-button";
import type { Actor } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { definitionOf, getFrameworkVersion } from "@/lib/frameworks/queries";
import { idParam } from "@/lib/http/route";

export const metadata: Metadata = { title: "Framework" };

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<{ published?: string; imported?: string }> };

async function loadVersion(actor: Actor, id: string) {
  try {
    return await getFrameworkVersion({ actor, versionId: idParam(id) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function FrameworkVersionPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  requirePagePermission(actor, "people:read");
  const view = await loadVersion(actor, (await params).versionId);
  const { published, imported } = await searchParams;
  const canWrite = can(actor.roles, "framework:write");
  const editing = canWrite && view.status === "DRAFT";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm"><Link href="/frameworks" className="text-brand-700 underline">All frameworks</Link></p>
        <h1 className="text-2xl font-bold">{view.framework.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span>Version {view.number}</span>
          <StatusBadge status={view.status} />
          {view.publishedAt && <span>published {formatDate(view.publishedAt)}</span>}
        </p>
        {!editing && view.framework.description && <p className="text-sm text-slate-700">{view.framework.description}</p>}
      </header>
      <StatusNote status={view.status} justPublished={published !== undefined && view.status === "PUBLISHED"} imported={imported !== undefined && view.status === "DRAFT"} />
      <div className="flex flex-wrap items-start gap-4">
        <a href={`/api/frameworks/${view.id}/export`} download className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
          Download JSON
        </a>
        {canWrite && view.status === "PUBLISHED" && <StartDraftButton frameworkId={view.framework.id} />}
      </div>
      {editing ? (
        <DraftEditor versionId={view.id} version={view.version} number={view.number} definition={definitionOf(view.framework, view.matrix)} />
      ) : view.matrix.tracks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">This version has no tracks.</p>
      ) : (
        view.matrix.tracks.map((track) => <MatrixTable key={track.id} track={track} />)
      )}
    </div>
  );
}

function StatusNote({ status, justPublished, imported }: { status: string; justPublished: boolean; imported: boolean }) {
  const text = justPublished
    ? "Published. The version published before it is now archived; past assessments keep the version they were made against."
    : imported
      ? "Imported as a draft. Check it, then publish it when it is ready."
      : status === "ARCHIVED"
        ? "Archived: kept, read only, for the assessments and levels made against it."
        : status === "DRAFT"
          ? "A draft: nobody is assessed against it until it is published."
          : null;
  if (!text) return null;
  return <p role="status" className="rounded-lg bg-white p-4 text-sm shadow-sm">{text}</p>;
}
