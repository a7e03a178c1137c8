import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteSkillButton } from "@/components/skills/delete-skill-button";
import { dateRange, Evidence, KindLabel, StatusBadge } from "@/components/skills/labels";
import { SkillItemForm } from "@/components/skills/skill-item-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/http/route";
import { orgToday } from "@/lib/org/queries";
import { getSkillItem } from "@/lib/skills/queries";

export const metadata: Metadata = { title: "Learning item or experiment" };

type Props = { params: Promise<{ id: string }> };

// One item: what it is, its outcome and evidence; writers edit or delete it. Out of scope is a
// 404 like an unknown id.

export default async function SkillItemPage({ params }: Props) {
  const actor = await requireActor();
  if (!can(actor.roles, "skills:read")) notFound();
  const item = await getSkillItem({ actor, itemId: idParam((await params).id) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const editable = can(actor.roles, "skills:write");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href="/skills" className="text-brand-700 underline">Skills</Link></p>
        <KindLabel kind={item.kind} />
        <h1 className="break-words text-2xl font-bold">{item.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StatusBadge status={item.status} />
          <span>
            About {item.target.type === "person"
              ? <Link href={`/people/${item.target.id}`} className="text-brand-700 underline">{item.target.name}</Link>
              : <Link href={`/skills?teamId=${item.target.id}`} className="text-brand-700 underline">team {item.target.name}</Link>}
          </span>
          {dateRange(item) && <span>· {dateRange(item)}</span>}
        </p>
      </header>
      <section aria-labelledby="details-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="details-heading" className="mb-3 text-lg font-semibold">Description, outcome and evidence</h2>
        <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-700">Description</dt>
          <dd className="whitespace-pre-wrap break-words">{item.description ?? "—"}</dd>
          <dt className="font-medium text-slate-700">Outcome</dt>
          <dd className="whitespace-pre-wrap break-words">{item.outcome ?? "Not recorded yet"}</dd>
          <dt className="font-medium text-slate-700">Evidence</dt>
          <dd>{item.evidence ? <Evidence evidence={item.evidence} /> : "Not recorded yet"}</dd>
        </dl>
      </section>
      {editable && (
        <section aria-labelledby="edit-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h2 id="edit-heading" className="mb-4 text-lg font-semibold">Edit</h2>
          <SkillItemForm today={formatDate(await orgToday())} item={item} />
          <div className="mt-4 border-t border-slate-100 pt-4"><DeleteSkillButton itemId={item.id} version={item.version} /></div>
        </section>
      )}
    </div>
  );
}
