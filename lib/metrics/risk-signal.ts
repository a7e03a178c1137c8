import { addDays, formatDate } from "@/lib/dates";
import type { TRiskSignalThresholds } from "@/lib/org/settings-schemas";
import { scheduleDueDates, nextDueState, type ScheduleSegment } from "./due-dates";
import { engagementIndex } from "./engagement";
import { mean } from "./mean";
import { timeInLevelDays } from "./time-in-level";

// The computed retention-risk signal (DESIGN.md, "Derived figures"). It sits next to the
// manager's own call and never replaces it: nothing here writes a RetentionRisk. Each rule is a
// pure function of facts the caller loaded, and always returns the evidence it looked at, with
// links, so a reader can check the signal instead of trusting it. Dates are business dates.

export type RiskRule = "fallingEngagement" | "readyTooLong" | "missedCheckIns" | "overdueActionItems" | "peerDepartures";
export type Evidence = { label: string; href: string; date?: string };
export type RuleResult = { rule: RiskRule; fired: boolean; summary: string; evidence: Evidence[] };
export type Thresholds = TRiskSignalThresholds;

/** Two decimals for display; comparisons round first so 4 − 3.25 counts as exactly 0.75. */
const fmt = (value: number) => value.toFixed(2);
const round = (value: number) => Math.round(value * 1e6) / 1e6;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export type EngagementCheckIn = { id: number; date: Date; psychologicalSafety: number | null; autonomy: number | null; trust: number | null };

/**
 * Falling engagement: of the submitted check-ins that carry an engagement index, the mean of the
 * latest N against the mean of the N before (N = engagementWindow). Fires when the mean fell by
 * engagementDrop points or more. Fewer than 2N such check-ins: not fired.
 */
export function fallingEngagement(input: { checkIns: readonly EngagementCheckIn[] }, thresholds: Thresholds): RuleResult {
  const n = thresholds.engagementWindow;
  const scored = input.checkIns
    .map((checkIn) => ({ ...checkIn, index: engagementIndex(checkIn) }))
    .filter((checkIn): checkIn is typeof checkIn & { index: number } => checkIn.index !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.id - a.id)
    .slice(0, 2 * n);
  const evidence = scored.map((checkIn) => ({
    label: `Check-in of ${formatDate(checkIn.date)}: engagement ${fmt(checkIn.index)}`,
    href: `/check-ins/${checkIn.id}`,
    date: formatDate(checkIn.date),
  }));
  if (scored.length < 2 * n) {
    return { rule: "fallingEngagement", fired: false, summary: `Not enough check-ins yet: ${scored.length} of the ${2 * n} needed to compare two windows of ${n}.`, evidence };
  }
  const recent = mean(scored.slice(0, n).map((c) => c.index))!;
  const before = mean(scored.slice(n).map((c) => c.index))!;
  const drop = round(before - recent);
  const fired = drop >= thresholds.engagementDrop;
  const change = `Engagement ${fmt(before)} → ${fmt(recent)} over the last ${n} check-ins against the ${n} before`;
  const summary = fired
    ? `${change}: a fall of ${fmt(drop)}, at or above the ${fmt(thresholds.engagementDrop)} threshold.`
    : `${change}: ${drop > 0 ? `a fall of ${fmt(drop)}` : "no fall"}, below the ${fmt(thresholds.engagementDrop)} threshold.`;
  return { rule: "fallingEngagement", fired, summary, evidence };
}

export type ReadinessAssessment = { id: number; date: Date; kind: "MANAGER" | "SELF"; status: "DRAFT" | "SUBMITTED" | "SHARED"; levelId: number; promotionReadiness: "NOT_YET" | "WITHIN_6_12_MONTHS" | "READY" | null };
export type CurrentLevel = { levelId: number; label: string; effectiveFrom: Date };

/**
 * Ready too long: the latest submitted or shared MANAGER assessment (by date, then id) says
 * READY, it was made against the level the person still holds, and the days in that level are
 * readyTooLongDays or more. No level, no such assessment, or not READY: not fired.
 */
export function readyTooLong(
  input: { personId: number; assessments: readonly ReadinessAssessment[]; level: CurrentLevel | null; today: Date },
  thresholds: Thresholds,
): RuleResult {
  const latest = input.assessments
    .filter((a) => a.kind === "MANAGER" && (a.status === "SUBMITTED" || a.status === "SHARED"))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.id - a.id)[0];
  const limit = thresholds.readyTooLongDays;
  const result = (fired: boolean, summary: string, evidence: Evidence[] = []): RuleResult => ({ rule: "readyTooLong", fired, summary, evidence });
  if (!input.level) return result(false, "No level recorded yet.");
  const days = timeInLevelDays(input.level.effectiveFrom, input.today);
  const levelEvidence: Evidence = {
    label: `In ${input.level.label} since ${formatDate(input.level.effectiveFrom)} (${plural(days, "day")})`,
    href: `/people/${input.personId}#level-heading`,
    date: formatDate(input.level.effectiveFrom),
  };
  if (!latest) return result(false, "No submitted manager assessment yet.", [levelEvidence]);
  const readiness = latest.promotionReadiness?.replaceAll("_", " ").toLowerCase() ?? "not stated";
  const evidence = [
    { label: `Manager assessment of ${formatDate(latest.date)}: promotion readiness ${readiness}`, href: `/assessments/${latest.id}`, date: formatDate(latest.date) },
    levelEvidence,
  ];
  if (latest.promotionReadiness !== "READY") return result(false, `Latest manager assessment: promotion readiness ${readiness}.`, evidence);
  // A READY about an earlier level was answered by the promotion that followed it.
  if (latest.levelId !== input.level.levelId) return result(false, "Rated ready at an earlier level; the person has changed level since.", evidence);
  const fired = days >= limit;
  return result(fired, `Rated ready for promotion and ${plural(days, "day")} in ${input.level.label}; the threshold is ${limit} days${fired ? "" : " (not reached)"}.`, evidence);
}

/** Missed due dates shown as evidence: the most recent ones; the summary gives the full count. */
export const MISSED_EVIDENCE_LIMIT = 12;

/**
 * Missed check-ins: the due dates whose grace period ended with no submitted check-in since the
 * last one (nextDueState's `missed`), counted up to the person's end date when they have left.
 * Fires at missedCheckIns or more. A new hire whose first due date has not passed misses none.
 */
export function missedCheckIns(
  input: { personId: number; segments: readonly ScheduleSegment[]; lastCheckInDate: Date | null; today: Date; graceDays: number; endDate?: Date | null },
  thresholds: Thresholds,
): RuleResult {
  const { segments, lastCheckInDate, graceDays } = input;
  const today = input.endDate && input.endDate < input.today ? input.endDate : input.today;
  const state = nextDueState({ segments, lastCheckInDate, today, graceDays });
  const dates = state.missed > 0 && state.nextDue ? scheduleDueDates(segments, state.nextDue, addDays(today, -graceDays - 1)) : [];
  const evidence = dates.slice(-MISSED_EVIDENCE_LIMIT).reverse().map((due) => ({
    label: `Due ${formatDate(due)}: no check-in`,
    href: `/people/${input.personId}#check-ins-heading`,
    date: formatDate(due),
  }));
  const since = lastCheckInDate ? `since the last check-in on ${formatDate(lastCheckInDate)}` : "and no check-in yet";
  const fired = state.missed >= thresholds.missedCheckIns;
  const summary = state.missed === 0
    ? lastCheckInDate || (state.nextDue && state.nextDue <= today) ? "No check-in missed." : "No check-in due yet."
    : `${plural(state.missed, "check-in")} missed ${since}; the threshold is ${thresholds.missedCheckIns}.`;
  return { rule: "missedCheckIns", fired, summary, evidence };
}

export type OpenActionItem = { id: number; title: string; dueDate: Date | null; doneAt: Date | null; checkIn: { id: number; date: Date; status: string } };

/**
 * Overdue action items: items about the person from submitted check-ins, not done, with a due
 * date before today. Fires at overdueActionItems or more. Items without a due date never count.
 */
export function overdueActionItems(input: { items: readonly OpenActionItem[]; today: Date }, thresholds: Thresholds): RuleResult {
  const overdue = input.items
    .filter((item) => item.checkIn.status === "SUBMITTED" && item.doneAt === null && item.dueDate !== null && item.dueDate < input.today)
    .sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime() || a.id - b.id);
  const evidence = overdue.map((item) => ({
    label: `“${item.title}”, due ${formatDate(item.dueDate!)} (check-in of ${formatDate(item.checkIn.date)})`,
    href: `/check-ins/${item.checkIn.id}`,
    date: formatDate(item.dueDate!),
  }));
  const fired = overdue.length >= thresholds.overdueActionItems;
  const summary = overdue.length === 0
    ? "No open action item is overdue."
    : `${plural(overdue.length, "open action item")} overdue; the threshold is ${thresholds.overdueActionItems}.`;
  return { rule: "overdueActionItems", fired, summary, evidence };
}

export type PeerDeparture = { personId: number; name: string; date: Date; teamId: number | null; managerId: number | null };

/** Days back from today that a peer's departure still counts (today included). */
export const PEER_DEPARTURE_DAYS = 90;

/**
 * Peers departing: people other than the person, in the same team or with the same manager,
 * with a Departure dated from today − 90 days to today (both included). Each peer counts once
 * (their latest departure). Fires at peerDepartures or more. Erased peers keep their stored name.
 */
export function peerDepartures(
  input: { person: { id: number; teamId: number | null; managerId: number | null }; departures: readonly PeerDeparture[]; today: Date },
  thresholds: Thresholds,
): RuleResult {
  const { person, today } = input;
  const from = addDays(today, -PEER_DEPARTURE_DAYS);
  const latest = new Map<number, PeerDeparture>();
  for (const departure of input.departures) {
    if (departure.personId === person.id || departure.date < from || departure.date > today) continue;
    const sameTeam = person.teamId !== null && departure.teamId === person.teamId;
    const sameManager = person.managerId !== null && departure.managerId === person.managerId;
    if (!sameTeam && !sameManager) continue;
    const known = latest.get(departure.personId);
    if (!known || known.date < departure.date) latest.set(departure.personId, departure);
  }
  const peers = [...latest.values()].sort((a, b) => b.date.getTime() - a.date.getTime() || a.personId - b.personId);
  const evidence = peers.map((peer) => ({ label: `${peer.name} left on ${formatDate(peer.date)}`, href: `/people/${peer.personId}`, date: formatDate(peer.date) }));
  const fired = peers.length >= thresholds.peerDepartures;
  const summary = peers.length === 0
    ? `No peer in the same team or under the same manager left in the last ${PEER_DEPARTURE_DAYS} days.`
    : `${plural(peers.length, "peer")} in the same team or under the same manager left in the last ${PEER_DEPARTURE_DAYS} days; the threshold is ${thresholds.peerDepartures}.`;
  return { rule: "peerDepartures", fired, summary, evidence };
}

export type SignalLevel = "NONE" | "WATCH" | "ELEVATED";

/**
 * The scale, kept deliberately coarse: no rule fired → NONE, one → WATCH, two or more →
 * ELEVATED. Rules are not weighted; the evidence says which ones and why.
 * `checked` holds the rules that were evaluated and did not fire.
 */
export function riskSignal(results: readonly RuleResult[]): { level: SignalLevel; fired: RuleResult[]; checked: RuleResult[] } {
  const fired = results.filter((result) => result.fired);
  const checked = results.filter((result) => !result.fired);
  const level: SignalLevel = fired.length === 0 ? "NONE" : fired.length === 1 ? "WATCH" : "ELEVATED";
  return { level, fired, checked };
}

export const RULE_LABELS: Record<RiskRule, string> = {
  fallingEngagement: "Falling engagement",
  readyTooLong: "Ready for promotion for a long time",
  missedCheckIns: "Missed check-ins",
  overdueActionItems: "Overdue action items",
  peerDepartures: "Peers departing",
};
