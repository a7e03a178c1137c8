import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MetricKey } from "@/lib/generated/prisma/enums";
import { getOrganization, orgToday } from "@/lib/org/queries";
import { writableSubjects } from "./access";
import { answeredValues, checkInContentSchema, earliestCheckInDate, ZDiscardDraft, ZSaveCheckIn, ZStartCheckIn, type TDiscardDraft, type TSaveCheckIn, type TStartCheckIn } from "./schemas";
import { activeTemplateVersionId, questionSelect, toFormQuestion } from "./template-version";
import { answeredDueDate } from "./due-date";
import { refreshDueDates } from "./due-rollup";

// Writing check-ins. Only the author writes one, and only while the person is still below them
// in the tree; a draft saves itself as the form changes, a submission is idempotent by the
// form's request id, and every save carries the version it read (a stale one is refused).

const notFound = () => new AppError("NOT_FOUND", "Not found");
const STALE_DRAFT = "This draft was saved from another tab or device meanwhile. Reload to continue from the latest version.";
const STALE_EDIT = "Someone changed this check-in after you opened it. Reload to see the change, then make yours again.";

/** The check-in columns that hold the seven figures, by metric key. */
const METRIC_COLUMNS = {
  PILLAR_QUALITY: "scoreQuality",
  PILLAR_ENGAGEMENT: "scoreEngagement",
  PILLAR_GROWTH: "scoreGrowth",
  PILLAR_SKILLS: "scoreSkills",
  PSYCHOLOGICAL_SAFETY: "psychologicalSafety",
  AUTONOMY: "autonomy",
  TRUST: "trust",
} as const satisfies Record<MetricKey, keyof Prisma.CheckInUncheckedUpdateInput>;

/**
 * Opens the author's draft about a person, or returns the one already open: a double click or
 * two tabs never make two drafts. Returns the check-in id.
 */
export async function startCheckIn({ actor, input, ip }: { actor: Actor; input: TStartCheckIn; ip?: string | null }): Promise<number> {
  requirePermission(actor, "checkin:write");
  const { personId } = parseOrRefuse(ZStartCheckIn, input);
  const today = await orgToday();
  return db().$transaction(async (tx) => {
    const subject = await tx.person.findFirst({ where: { AND: [{ id: personId }, writableSubjects(actor)] }, select: { id: true, startDate: true, endDate: true } });
    if (!subject) throw notFound();
    if (subject.endDate && subject.endDate < today) throw new AppError("UNPROCESSABLE", "This person has left; their check-ins are history now.");
    if (subject.startDate > today) throw new AppError("UNPROCESSABLE", "This person has not started yet.");
    // Serialises concurrent starts for the same author and person (released at commit).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${actor.userId}, ${personId})`;
    const open = await tx.checkIn.findFirst({ where: { subjectId: personId, authorId: actor.userId, status: "DRAFT" }, select: { id: true } });
    if (open) return open.id;
    const created = await tx.checkIn.create({
      data: { subjectId: personId, authorId: actor.userId, templateVersionId: await activeTemplateVersionId(tx), date: today },
    });
    await recordAudit({ actorId: actor.userId, action: "checkin.start", entityType: "CheckIn", entityId: created.id, ip,
      subjectIds: [personId], after: { subjectId: personId, date: formatDate(today), status: "DRAFT" } }, tx);
    return created.id;
  });
}

export type SaveResult = { checkInId: number; version: number; status: "DRAFT" | "SUBMITTED" };

/** Autosave of a draft, its submission, or an edit of a submitted check-in (`intent`). */
export async function saveCheckIn({ actor, input, ip }: { actor: Actor; input: TSaveCheckIn; ip?: string | null }): Promise<SaveResult> {
  requirePermission(actor, "checkin:write");
  const envelope = parseOrRefuse(ZSaveCheckIn, input);
  if (envelope.intent === "submit" && !envelope.clientRequestId) {
    throw new AppError("UNPROCESSABLE", "Some fields need attention.", { clientRequestId: ["A submission needs a request id"] });
  }
  const org = await getOrganization();
  const today = await orgToday();
  return db().$transaction(async (tx) => {
    const before = await tx.checkIn.findFirst({
      where: { id: envelope.checkInId, authorId: actor.userId, subject: { is: writableSubjects(actor) } },
      include: {
        answers: { select: { questionId: true, value: true } },
        subject: { select: { startDate: true, endDate: true, checkInCadence: true, checkInAnchor: true, checkInSchedules: { select: { cadence: true, anchor: true, effectiveFrom: true } } } },
      },
    });
    if (!before) throw notFound();
    const done = { checkInId: before.id, version: before.version, status: before.status };
    // The same submission again (a double click, a retry after a lost response): already done.
    if (envelope.intent === "submit" && before.clientRequestId === envelope.clientRequestId) return done;
    if (envelope.intent === "edit" ? before.status !== "SUBMITTED" : before.status !== "DRAFT") {
      throw new AppError("CONFLICT", before.status === "SUBMITTED" ? "This check-in was already submitted. Reload to see it." : "Submit this draft first.");
    }
    if (before.version !== envelope.version) throw new AppError("CONFLICT", envelope.intent === "edit" ? STALE_EDIT : STALE_DRAFT);

    const questions = (await tx.checkInQuestion.findMany({ where: { templateVersionId: before.templateVersionId }, orderBy: { position: "asc" }, select: questionSelect }))
      .map(toFormQuestion);
    const earliest = earliestCheckInDate({ today: formatDate(today), startDate: formatDate(before.subject.startDate) });
    // An edit keeps the date it was submitted with (which may be older than the window by now).
    const schema = checkInContentSchema({
      questions, today: formatDate(today), earliest: envelope.intent === "edit" ? formatDate(before.date) : earliest, submit: envelope.intent !== "draft",
    });
    const content = parseOrRefuse(schema, envelope.content);
    if (envelope.intent === "edit" && content.date !== formatDate(before.date)) {
      throw new AppError("UNPROCESSABLE", "Some fields need attention.", { date: ["The date of a submitted check-in stays as it was"] });
    }
    if (before.subject.endDate && content.date > formatDate(before.subject.endDate)) {
      throw new AppError("UNPROCESSABLE", "Some fields need attention.", { date: [`They left on ${formatDate(before.subject.endDate)}; date the check-in no later`] });
    }
    const values = answeredValues(questions, content.answers);
    const date = parseDate(content.date);
    const submitting = envelope.intent === "submit";
    const figures = envelope.intent === "draft" ? {} : Object.fromEntries(
      questions.filter((q) => q.metricKey).map((q) => [METRIC_COLUMNS[q.metricKey!], values.get(q.key) as number]),
    );
    const fields = {
      date, wins: content.wins, blockers: content.blockers, growthDomain: content.growthDomain,
      growthStep: content.growthStep, growthFollowUp: content.growthFollowUp, privateNote: content.privateNote,
    };
    const { count } = await updateOrRefuseReusedRequestId(() => tx.checkIn.updateMany({
      where: { id: before.id, version: envelope.version },
      data: {
        ...fields, ...figures, version: { increment: 1 },
        ...(submitting ? { status: "SUBMITTED", submittedAt: new Date(), clientRequestId: envelope.clientRequestId } : {}),
        ...(envelope.intent !== "draft" ? { dueDate: answeredDueDate({ subject: before.subject, org, date }) } : {}),
      },
    }));
    if (count === 0) {
      // A concurrent twin of this submission won the row; it is the same submission.
      const now = await tx.checkIn.findUniqueOrThrow({ where: { id: before.id }, select: { version: true, status: true, clientRequestId: true } });
      if (submitting && now.clientRequestId === envelope.clientRequestId) return { checkInId: before.id, version: now.version, status: now.status };
      throw new AppError("CONFLICT", envelope.intent === "edit" ? STALE_EDIT : STALE_DRAFT);
    }
    // A submission can meet a due date: coverage reads the person's due dates fresh in this
    // transaction. (Drafts meet none, and an edit keeps the date; the triggers agree.)
    if (submitting) await refreshDueDates(tx, [before.subjectId]);
    const keyOf = new Map(questions.map((q) => [q.id, q.key]));
    const answersBefore = Object.fromEntries(before.answers.map((a) => [keyOf.get(a.questionId), a.value]));
    // A submission usually carries exactly what the last autosave stored: then the rows stay.
    if (JSON.stringify(sortedEntries(answersBefore)) !== JSON.stringify(sortedEntries(Object.fromEntries(values)))) {
      if (before.answers.length > 0) await tx.checkInAnswer.deleteMany({ where: { checkInId: before.id } });
      const questionIds = new Map(questions.map((q) => [q.key, q.id]));
      await tx.checkInAnswer.createMany({
        data: [...values].map(([key, value]) => ({ checkInId: before.id, questionId: questionIds.get(key)!, value })),
      });
    }
    await recordAudit({
      actorId: actor.userId, action: `checkin.${envelope.intent === "draft" ? "save-draft" : envelope.intent}`, entityType: "CheckIn", entityId: before.id, ip,
      subjectIds: [before.subjectId],
      before: { ...auditFields(before), status: before.status, answers: answersBefore },
      after: { ...auditFields(fields), status: submitting ? "SUBMITTED" : before.status, answers: Object.fromEntries(values) },
    }, tx);
    return { checkInId: before.id, version: envelope.version + 1, status: submitting ? "SUBMITTED" : before.status };
  });
}

/** A request id already used by another check-in (a crafted or confused client) is a conflict, not a crash. */
async function updateOrRefuseReusedRequestId<T>(update: () => Promise<T>): Promise<T> {
  try {
    return await update();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "P2002") throw new AppError("CONFLICT", "This submission was already used for another check-in. Reload the page and submit again.");
    throw error;
  }
}

function sortedEntries(record: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

function auditFields(row: { date: Date; wins: string | null; blockers: string | null; growthDomain: string | null; growthStep: string | null; growthFollowUp: string | null; privateNote: string | null }) {
  return {
    date: formatDate(row.date), wins: row.wins, blockers: row.blockers, growthDomain: row.growthDomain,
    growthStep: row.growthStep, growthFollowUp: row.growthFollowUp, privateNote: row.privateNote,
  };
}

/** Deletes the author's own draft (a check-in started by mistake). */
export async function discardDraft({ actor, input, ip }: { actor: Actor; input: TDiscardDraft; ip?: string | null }): Promise<void> {
  requirePermission(actor, "checkin:write");
  const data = parseOrRefuse(ZDiscardDraft, input);
  await db().$transaction(async (tx) => {
    const draft = await tx.checkIn.findFirst({ where: { id: data.checkInId, authorId: actor.userId, status: "DRAFT" }, select: { id: true, subjectId: true } });
    if (!draft) throw notFound();
    await tx.checkIn.delete({ where: { id: draft.id } });
    await recordAudit({ actorId: actor.userId, action: "checkin.discard", entityType: "CheckIn", entityId: draft.id, ip, subjectIds: [draft.subjectId], before: { status: "DRAFT" } }, tx);
  });
}
