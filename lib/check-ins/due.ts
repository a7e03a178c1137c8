import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { businessDate, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { nextDueState, type DueState } from "@/lib/metrics/due-dates";
import { segmentsOf } from "./schedule";

// A manager's due list: their direct reports, each with the next due check-in and whether it
// is overdue, due (inside the grace period) or upcoming. Three queries run side by side, so the
// list costs one round trip however many reports there are.

export type DueItem = {
  personId: number;
  name: string;
  title: string | null;
  cadence: Cadence;
  /** "YYYY-MM-DD" of the last submitted check-in. */
  lastCheckInDate: string | null;
  /** The actor's own draft about this person, to continue rather than start another. */
  openDraftId: number | null;
  nextDue: string | null;
  state: DueState;
  daysOverdue: number;
  missed: number;
};

export type DueList = { today: string; items: DueItem[]; counts: { overdue: number; due: number; upcoming: number } };

type CheckInFacts = { id: number; lastDate: Date | null; draftId: number | null; schedule: Array<{ cadence: Cadence; anchor: string; effectiveFrom: string }> | null };

/** Last submitted check-in, open draft and schedule history per direct report, in one statement. */
function checkInFacts(managerId: number, authorId: number) {
  // max(date) walks the (subjectId, date) index backwards; the draft lookup uses (authorId, date).
  return db().$queryRaw<CheckInFacts[]>`
    SELECT p.id,
      (SELECT max(c.date) FROM "CheckIn" c WHERE c."subjectId" = p.id AND c.status = 'SUBMITTED') AS "lastDate",
      (SELECT c.id FROM "CheckIn" c WHERE c."subjectId" = p.id AND c."authorId" = ${authorId} AND c.status = 'DRAFT'
        ORDER BY c."updatedAt" DESC LIMIT 1) AS "draftId",
      (SELECT json_agg(json_build_object('cadence', s.cadence, 'anchor', s.anchor, 'effectiveFrom', s."effectiveFrom"))
        FROM "CheckInSchedule" s WHERE s."personId" = p.id) AS schedule
    FROM "Person" p
    WHERE p."managerId" = ${managerId} AND p."erasedAt" IS NULL`;
}

const STATE_ORDER: Record<DueState, number> = { OVERDUE: 0, DUE: 1, UPCOMING: 2 };

export async function dueList({ actor }: { actor: Actor }): Promise<DueList> {
  requirePermission(actor, "checkin:read");
  const managerId = actor.personId;
  const [org, reports, facts] = await Promise.all([
    db().organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true, defaultCadence: true, checkInGraceDays: true } }),
    // Direct reports, and only those the actor's scope admits (a user without a Person has none).
    managerId === null ? [] : db().person.findMany({
      where: { AND: [{ managerId, erasedAt: null }, personInScope(scopeFor(actor, "people-data"))] },
      select: { id: true, name: true, title: true, startDate: true, endDate: true, checkInCadence: true, checkInAnchor: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    managerId === null ? [] : checkInFacts(managerId, actor.userId),
  ]);
  const today = businessDate(new Date(), org?.timeZone ?? "UTC");
  const graceDays = org?.checkInGraceDays ?? 2;
  const defaultCadence = org?.defaultCadence ?? "BIWEEKLY";
  const factsById = new Map(facts.map((row) => [row.id, row]));
  const items: DueItem[] = [];
  for (const person of reports) {
    if (person.endDate && person.endDate < today) continue;
    const fact = factsById.get(person.id);
    const rows = (fact?.schedule ?? []).map((row) => ({ cadence: row.cadence, anchor: parseDate(row.anchor), effectiveFrom: parseDate(row.effectiveFrom) }));
    const segments = segmentsOf({ person, rows, defaultCadence });
    const lastDate = fact?.lastDate ?? null;
    const due = nextDueState({ segments, lastCheckInDate: lastDate, today, graceDays });
    items.push({
      personId: person.id, name: person.name, title: person.title, cadence: person.checkInCadence ?? defaultCadence,
      lastCheckInDate: lastDate && formatDate(lastDate), openDraftId: fact?.draftId ?? null,
      nextDue: due.nextDue && formatDate(due.nextDue), state: due.state, daysOverdue: due.daysOverdue, missed: due.missed,
    });
  }
  // Most urgent first: the longest overdue, then the soonest due.
  items.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.nextDue ?? "").localeCompare(b.nextDue ?? "") || a.name.localeCompare(b.name));
  const count = (state: DueState) => items.filter((item) => item.state === state).length;
  return { today: formatDate(today), items, counts: { overdue: count("OVERDUE"), due: count("DUE"), upcoming: count("UPCOMING") } };
}
