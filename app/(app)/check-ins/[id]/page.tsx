import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckInForm } from "@/components/check-ins/check-in-form";
import { CheckInView } from "@/components/check-ins/check-in-view";
import { DiscardDraftButton } from "@/components/check-ins/discard-draft-button";
import { requireActor } from "@/lib/auth/session";
import { checkInActionItems, getCheckIn } from "@/lib/check-ins/queries";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/http/route";
import { queryKeys } from "@/lib/query/keys";
import { Prefetched } from "@/lib/query/prefetch";

export const metadata: Metadata = { title: "Check-in" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ edit?: string; saved?: string }> };

/** The author edits (a draft, or a submitted check-in with ?edit); everyone else who may see it reads it. */
export default async function CheckInPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const checkInId = idParam((await params).id);
  const checkIn = await getCheckIn({ actor, checkInId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { edit, saved } = await searchParams;
  const editing = checkIn.isAuthor && (checkIn.status === "DRAFT" || edit === "1");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm"><Link href={`/people/${checkIn.subject.id}`} className="text-brand-700 underline">{checkIn.subject.name}</Link></p>
        <h1 className="text-2xl font-bold">Check-in with {checkIn.subject.name}</h1>
        <p className="text-sm text-slate-600">
          {checkIn.status === "DRAFT" ? "Draft" : `Submitted${checkIn.submittedAt ? ` ${checkIn.submittedAt.slice(0, 10)}` : ""}`} · by {checkIn.authorName}
          {checkIn.dueDate && ` · answers the check-in due ${checkIn.dueDate}`}
        </p>
      </header>
      {saved === "1" && checkIn.status === "SUBMITTED" && !editing && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Saved. {checkIn.subject.name} can now read it in My growth, without your private note.{" "}
          <Link href="/check-ins" className="font-medium underline">Back to your check-ins</Link>
        </p>
      )}
      {editing ? (
        <Prefetched queries={[{ queryKey: queryKeys.checkIns.actionItems(checkIn.id), queryFn: () => checkInActionItems({ actor, checkInId }) }]}>
          <CheckInForm checkIn={checkIn} author={actor.personId === null ? null : { id: actor.personId, name: actor.name }} />
          {checkIn.status === "DRAFT" && <DiscardDraftButton checkInId={checkIn.id} />}
        </Prefetched>
      ) : (
        <>
          {checkIn.isAuthor && (
            <Link href={`/check-ins/${checkIn.id}?edit=1`} className="inline-block rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
              Edit this check-in
            </Link>
          )}
          <CheckInView checkIn={checkIn} actionItems={await checkInActionItems({ actor, checkInId })} />
        </>
      )}
    </div>
  );
}
