import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { formatDate } from "@/lib/dates";
import { nextDueState } from "@/lib/metrics/due-dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { orgToday } from "@/lib/org/queries";
import { visibleCheckIns, writableSubjects } from "./access";
import { actionItemSelect, toActionItemView, type ActionItemView } from "./action-item-mutations";
import { scheduleOf } from "./schedule";
import { earliestCheckInDate } from "./schemas";
import { questionsOf, type TemplateQuestion } from "./template-version";

// Reading check-ins. Everything returned is plain JSON (dates as "YYYY-MM-DD"), ready for
// react-query; the private note is selected for its author only.

const notFound = () => new AppError("NOT_FOUND", "Not found");

export type AnswerValue = string | number | boolean;

export type CheckInDetail = {
  id: number;
  version: number;
  status: "DRAFT" | "SUBMITTED";
  isAuthor: boolean;
  date: string;
  dueDate: string | null;
  submittedAt: string | null;
  subject: { id: number; name: string; startDate: string };
  authorName: string;
  questions: TemplateQuestion[];
  answers: Record<string, AnswerValue>;
  wins: string | null;
  blockers: string | null;
  growthDomain: "FINANCE" | "STRATEGY" | "PRODUCT" | null;
  growthStep: string | null;
  growthFollowUp: string | null;
  /** Null for everyone but the author. */
  privateNote: string | null;
  /** The growth step of the person's previous submitted check-in, to follow up on. */
  previousGrowth: { date: string; domain: string | null; step: string } | null;
  today: string;
  /** The earliest date the form accepts (the submitted date itself once submitted). */
  earliest: string;
};

export async function getCheckIn({ actor, checkInId }: { actor: Actor; checkInId: number }): Promise<CheckInDetail> {
  const checkIn = await db().checkIn.findFirst({
    where: { AND: [{ id: checkInId }, visibleCheckIns(actor)] },
    include: {
      answers: { select: { value: true, question: { select: { key: true } } } },
      subject: { select: { id: true, name: true, startDate: true } },
      author: { select: { name: true } },
    },
  });
  if (!checkIn) throw notFound();
  const isAuthor = checkIn.authorId === actor.userId;
  const today = formatDate(await orgToday());
  const previous = await db().checkIn.findFirst({
    where: { subjectId: checkIn.subjectId, status: "SUBMITTED", id: { not: checkIn.id }, date: { lte: checkIn.date }, growthStep: { not: null } },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: { date: true, growthDomain: true, growthStep: true },
  });
  return {
    id: checkIn.id, version: checkIn.version, status: checkIn.status, isAuthor,
    date: formatDate(checkIn.date), dueDate: checkIn.dueDate ? formatDate(checkIn.dueDate) : null,
    submittedAt: checkIn.submittedAt?.toISOString() ?? null,
    subject: { id: checkIn.subject.id, name: checkIn.subject.name, startDate: formatDate(checkIn.subject.startDate) },
    authorName: checkIn.author.name,
    questions: await questionsOf(checkIn.templateVersionId),
    answers: Object.fromEntries(checkIn.answers.map((a) => [a.question.key, a.value as AnswerValue])),
    wins: checkIn.wins, blockers: checkIn.blockers, growthDomain: checkIn.growthDomain, growthStep: checkIn.growthStep,
    growthFollowUp: checkIn.growthFollowUp,
    privateNote: isAuthor ? checkIn.privateNote : null,
    previousGrowth: previous?.growthStep ? { date: formatDate(previous.date), domain: previous.growthDomain, step: previous.growthStep } : null,
    today,
    earliest: checkIn.status === "SUBMITTED" ? formatDate(checkIn.date) : earliestCheckInDate({ today, startDate: formatDate(checkIn.subject.startDate) }),
  };
}

export type CheckInActionItems = { raised: ActionItemView[]; carried: ActionItemView[] };

/**
 * The action items of a check-in's form: those raised in it, and those carried from the
 * person's earlier check-ins — still open, or ticked off since this one began.
 */
export async function checkInActionItems({ actor, checkInId }: { actor: Actor; checkInId: number }): Promise<CheckInActionItems> {
  const checkIn = await db().checkIn.findFirst({ where: { AND: [{ id: checkInId }, visibleCheckIns(actor)] }, select: { id: true, subjectId: true, createdAt: true } });
  if (!checkIn) throw notFound();
  const items = await db().actionItem.findMany({
    where: {
      subjectId: checkIn.subjectId,
      OR: [
        { checkInId: checkIn.id },
        { checkIn: { status: "SUBMITTED", createdAt: { lt: checkIn.createdAt } }, OR: [{ doneAt: null }, { doneAt: { gte: checkIn.createdAt } }] },
      ],
    },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: actionItemSelect,
  });
  const views = items.map(toActionItemView);
  return { raised: views.filter((item) => item.checkInId === checkIn.id), carried: views.filter((item) => item.checkInId !== checkIn.id) };
}

/** Who may read one person's check-ins: the person themselves, or readers whose scope holds them. */
function historyReadFilter(actor: Actor, personId: number): Prisma.PersonWhereInput {
  if (actor.personId === personId) return { id: personId };
  if (!can(actor.roles, "checkin:read")) return { id: { in: [] } };
  return { AND: [{ id: personId }, personInScope(scopeFor(actor, "people-data"))] };
}

export type Figures = {
  scoreQuality: number | null; scoreEngagement: number | null; scoreGrowth: number | null; scoreSkills: number | null;
  psychologicalSafety: number | null; autonomy: number | null; trust: number | null;
};

export type HistoryEntry = Figures & {
  id: number;
  date: string;
  authorName: string;
  wins: string | null;
  blockers: string | null;
  growthDomain: string | null;
  growthStep: string | null;
  growthFollowUp: string | null;
  /** Only on check-ins the reader wrote. */
  privateNote: string | null;
  answers: Array<{ key: string; prompt: string; pillar: string; value: AnswerValue }>;
  actionItems: ActionItemView[];
};

const FIGURE_FIELDS = ["scoreQuality", "scoreEngagement", "scoreGrowth", "scoreSkills", "psychologicalSafety", "autonomy", "trust"] as const;

/** A person's submitted check-ins, oldest first (the timeline and its chart); 404 when out of reach. */
export async function checkInHistory({ actor, personId, limit = 60 }: { actor: Actor; personId: number; limit?: number }): Promise<HistoryEntry[]> {
  const person = await db().person.findFirst({ where: historyReadFilter(actor, personId), select: { id: true } });
  if (!person) throw notFound();
  const rows = await db().checkIn.findMany({
    where: { subjectId: personId, status: "SUBMITTED" },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true, date: true, authorId: true, wins: true, blockers: true, growthDomain: true, growthStep: true, growthFollowUp: true, privateNote: true,
      ...Object.fromEntries(FIGURE_FIELDS.map((field) => [field, true])) as Record<(typeof FIGURE_FIELDS)[number], true>,
      author: { select: { name: true } },
      answers: { select: { value: true, question: { select: { key: true, prompt: true, pillar: true, metricKey: true, position: true } } } },
      actionItems: { select: actionItemSelect, orderBy: { id: "asc" } },
    },
  });
  return rows.reverse().map((row) => ({
    id: row.id, date: formatDate(row.date), authorName: row.author.name,
    ...Object.fromEntries(FIGURE_FIELDS.map((field) => [field, row[field]])) as Figures,
    wins: row.wins, blockers: row.blockers, growthDomain: row.growthDomain, growthStep: row.growthStep, growthFollowUp: row.growthFollowUp,
    privateNote: row.authorId === actor.userId ? row.privateNote : null,
    answers: row.answers
      .filter((a) => a.question.metricKey === null)
      .sort((a, b) => a.question.position - b.question.position)
      .map((a) => ({ key: a.question.key, prompt: a.question.prompt, pillar: a.question.pillar, value: a.value as AnswerValue })),
    actionItems: row.actionItems.map(toActionItemView),
  }));
}

/** "My growth": the action items raised about me in submitted check-ins, open ones first. */
export async function myActionItems({ actor }: { actor: Actor }): Promise<Array<ActionItemView & { mine: boolean }>> {
  if (actor.personId === null) return [];
  const items = await db().actionItem.findMany({
    where: { subjectId: actor.personId, checkIn: { status: "SUBMITTED" } },
    orderBy: [{ doneAt: { sort: "desc", nulls: "first" } }, { dueDate: { sort: "asc", nulls: "last" } }, { id: "desc" }],
    take: 100,
    select: actionItemSelect,
  });
  return items.map((item) => ({ ...toActionItemView(item), mine: item.ownerId === actor.personId }));
}

/** The drafts this user has open, for the check-ins page. */
export async function myDrafts({ actor }: { actor: Actor }) {
  const drafts = await db().checkIn.findMany({
    where: { authorId: actor.userId, status: "DRAFT" },
    orderBy: { updatedAt: "desc" },
    select: { id: true, date: true, subject: { select: { id: true, name: true } } },
  });
  return drafts.map((d) => ({ id: d.id, date: formatDate(d.date), subject: d.subject }));
}

/** Whether the actor may write a check-in about the person, and the draft they have open about them. */
export async function checkInWriteContext({ actor, personId }: { actor: Actor; personId: number }): Promise<{ writable: boolean; draftId: number | null }> {
  const person = await db().person.findFirst({ where: { AND: [{ id: personId, endDate: null }, writableSubjects(actor)] }, select: { id: true } });
  if (!person) return { writable: false, draftId: null };
  const draft = await db().checkIn.findFirst({ where: { subjectId: personId, authorId: actor.userId, status: "DRAFT" }, select: { id: true } });
  return { writable: true, draftId: draft?.id ?? null };
}

export type ScheduleSummary = { version: number; cadence: "WEEKLY" | "BIWEEKLY" | "MONTHLY"; nextDue: string | null; state: string; daysOverdue: number };

/** The person's cadence and where their next check-in stands, for those who may read their check-ins (404 otherwise). */
export async function scheduleSummary({ actor, personId }: { actor: Actor; personId: number }): Promise<ScheduleSummary> {
  const [person, org, last] = await Promise.all([
    db().person.findFirst({ where: historyReadFilter(actor, personId), select: { version: true } }),
    db().organization.findFirst({ orderBy: { id: "asc" }, select: { checkInGraceDays: true } }),
    db().checkIn.findFirst({ where: { subjectId: personId, status: "SUBMITTED" }, orderBy: { date: "desc" }, select: { date: true } }),
  ]);
  if (!person) throw notFound();
  const segments = await scheduleOf(personId);
  const due = nextDueState({ segments, lastCheckInDate: last?.date ?? null, today: await orgToday(), graceDays: org?.checkInGraceDays ?? 2 });
  return {
    version: person.version, cadence: segments.at(-1)!.cadence, nextDue: due.nextDue ? formatDate(due.nextDue) : null,
    state: due.state, daysOverdue: due.daysOverdue,
  };
}
