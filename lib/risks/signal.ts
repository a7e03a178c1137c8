import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { personInScope, scopeFor } from "@/lib/auth/scope";
import { readAudited, type RiskReadOptions } from "./read-audit";
import { segmentsOf } from "@/lib/check-ins/schedule";
import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  fallingEngagement, missedCheckIns, overdueActionItems, PEER_DEPARTURE_DAYS, peerDepartures, readyTooLong, riskSignal,
  type PeerDeparture, type RuleResult, type SignalLevel,
} from "@/lib/metrics/risk-signal";
import { riskThresholds, type TRiskSignalThresholds } from "@/lib/org/settings-schemas";
import { peopleAtRiskInScope } from "./access";

// The computed retention-risk signal for people in the actor's risk scope. It is risk data: the
// same people may read it as may read risks (never about oneself, never an ADMIN-only user), and
// every call that returns any writes one audit event listing whom it was about. The facts load in
// two round trips whatever the number of people: the org and the people with their check-ins,
// level, assessment and open items (relation joins), then the departures around them.

export type PersonRiskSignal = {
  personId: number;
  /** The business date the signal was computed for, "YYYY-MM-DD". */
  asOf: string;
  level: SignalLevel;
  /** Rules that fired, each with its evidence. */
  fired: RuleResult[];
  /** Rules that were checked and did not fire. */
  checked: RuleResult[];
  thresholds: TRiskSignalThresholds;
};

const SUBMITTED = ["SUBMITTED", "SHARED"] as const;

function personSelect(window: number) {
  return {
    id: true, teamId: true, managerId: true, startDate: true, endDate: true, checkInCadence: true, checkInAnchor: true,
    checkInSchedules: { select: { cadence: true, anchor: true, effectiveFrom: true } },
    // Newest first: the first one is also the last check-in the due dates count from.
    checkIns: {
      where: { status: "SUBMITTED" },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: 2 * window,
      select: { id: true, date: true, psychologicalSafety: true, autonomy: true, trust: true },
    },
    levelAssignments: {
      where: { effectiveTo: null },
      orderBy: { effectiveFrom: "desc" },
      take: 1,
      select: { levelId: true, effectiveFrom: true, level: { select: { code: true, name: true } } },
    },
    assessments: {
      where: { kind: "MANAGER", status: { in: [...SUBMITTED] } },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      take: 1,
      select: { id: true, date: true, kind: true, status: true, levelId: true, promotionReadiness: true },
    },
    actionItemsAbout: {
      where: { doneAt: null, dueDate: { not: null }, checkIn: { status: "SUBMITTED" } },
      select: { id: true, title: true, dueDate: true, doneAt: true, checkIn: { select: { id: true, date: true, status: true } } },
    },
  } satisfies Prisma.PersonSelect;
}

/**
 * Departures of the last 90 days from the teams or under the managers of these people — among
 * the people the actor may see (a team can span subtrees; a peer outside the actor's view is
 * neither counted nor named to them).
 */
async function departuresAround(actor: Actor, people: ReadonlyArray<{ teamId: number | null; managerId: number | null }>, today: Date): Promise<PeerDeparture[]> {
  const teamIds = [...new Set(people.flatMap((p) => (p.teamId === null ? [] : [p.teamId])))];
  const managerIds = [...new Set(people.flatMap((p) => (p.managerId === null ? [] : [p.managerId])))];
  if (teamIds.length === 0 && managerIds.length === 0) return [];
  const rows = await db().departure.findMany({
    where: {
      date: { gte: addDays(today, -PEER_DEPARTURE_DAYS), lte: today },
      person: { is: { AND: [{ OR: [{ teamId: { in: teamIds } }, { managerId: { in: managerIds } }] }, personInScope(scopeFor(actor, "people-data"))] } },
    },
    select: { date: true, person: { select: { id: true, name: true, teamId: true, managerId: true } } },
  });
  // The stored name: an erased peer already reads "Former employee #id".
  return rows.map((row) => ({ personId: row.person.id, name: row.person.name, date: row.date, teamId: row.person.teamId, managerId: row.person.managerId }));
}

/**
 * Signals for the people among `personIds` whom the actor may read risks about, by person id;
 * the others are simply absent. The signal is risk data: the read is audited (lib/risks/read-audit.ts).
 */
export async function riskSignals({ actor, personIds, ...options }: { actor: Actor; personIds: readonly number[] } & RiskReadOptions): Promise<PersonRiskSignal[]> {
  requirePermission(actor, "risk:read");
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return [];
  const org = await db().organization.findFirst({
    orderBy: { id: "asc" },
    select: { timeZone: true, defaultCadence: true, checkInGraceDays: true, riskSignalThresholds: true },
  });
  const thresholds = riskThresholds(org?.riskSignalThresholds);
  const today = businessDate(new Date(), org?.timeZone ?? "UTC");
  const people = await db().person.findMany({
    where: { AND: [{ id: { in: ids }, erasedAt: null }, peopleAtRiskInScope(actor)] },
    select: personSelect(thresholds.engagementWindow),
    orderBy: { id: "asc" },
  });
  if (people.length === 0) return [];
  const departures = await departuresAround(actor, people, today);
  const signals: PersonRiskSignal[] = [];
  for (const person of people) {
    const current = person.levelAssignments[0];
    const level = current ? { levelId: current.levelId, label: `${current.level.code} · ${current.level.name}`, effectiveFrom: current.effectiveFrom } : null;
    const results = [
      fallingEngagement({ checkIns: person.checkIns }, thresholds),
      readyTooLong({ personId: person.id, assessments: person.assessments, level, today }, thresholds),
      missedCheckIns({
        personId: person.id, today, endDate: person.endDate, graceDays: org?.checkInGraceDays ?? 2,
        segments: segmentsOf({ person, rows: person.checkInSchedules, defaultCadence: org?.defaultCadence ?? "BIWEEKLY" }),
        lastCheckInDate: person.checkIns[0]?.date ?? null,
      }, thresholds),
      overdueActionItems({ items: person.actionItemsAbout, today }, thresholds),
      peerDepartures({ person, departures, today }, thresholds),
    ];
    signals.push({ personId: person.id, asOf: formatDate(today), ...riskSignal(results), thresholds });
  }
  await readAudited({ actor, subjectIds: signals.map((s) => s.personId), options });
  return signals;
}

/** The signal about one person; NOT_FOUND when the actor may not read risks about them. */
export async function riskSignalFor({ actor, personId, ...options }: { actor: Actor; personId: number } & RiskReadOptions): Promise<PersonRiskSignal> {
  const [signal] = await riskSignals({ actor, personIds: [personId], ...options });
  if (!signal) throw new AppError("NOT_FOUND", "Not found");
  return signal;
}
