import { describe, expect, it } from "vitest";
import { addDays, parseDate } from "@/lib/dates";
import { riskThresholds } from "@/lib/org/settings-schemas";
import type { ScheduleSegment } from "./due-dates";
import {
  fallingEngagement, missedCheckIns, overdueActionItems, peerDepartures, readyTooLong, riskSignal,
  type EngagementCheckIn, type OpenActionItem, type PeerDeparture, type ReadinessAssessment, type RuleResult,
} from "./risk-signal";

// Hand-computed examples, one rule at a time. Defaults: drop 0.75 over windows of 3, ready 180
// days, 2 missed check-ins, 3 overdue items, 2 peer departures. 2026-03-02 is a Monday.

const d = parseDate;
const defaults = riskThresholds({});
const hrefs = (result: RuleResult) => result.evidence.map((e) => e.href);

/** Check-ins on consecutive Mondays from 2026-01-05, oldest first, each from [safety, autonomy, trust]. */
function checkIns(figures: Array<[number, number, number] | null>): EngagementCheckIn[] {
  return figures.map((f, i) => ({
    id: i + 1, date: addDays(d("2026-01-05"), 7 * i),
    psychologicalSafety: f?.[0] ?? null, autonomy: f?.[1] ?? null, trust: f?.[2] ?? null,
  }));
}

describe("falling engagement", () => {
  // Indexes 4, 4, 4 then 3, 3⅓, 3⅓: means 4 and 3.222…, a fall of 0.777….
  const falling = checkIns([[4, 4, 4], [5, 4, 3], [4, 4, 4], [3, 3, 3], [3, 3, 4], [4, 3, 3]]);

  it("fires when the latest window's mean fell by the threshold or more", () => {
    const result = fallingEngagement({ checkIns: falling }, defaults);
    expect(result.fired).toBe(true);
    expect(result.summary).toContain("4.00 → 3.22");
    expect(result.summary).toContain("a fall of 0.78");
    // Newest first, each with its index.
    expect(hrefs(result)).toEqual(["/check-ins/6", "/check-ins/5", "/check-ins/4", "/check-ins/3", "/check-ins/2", "/check-ins/1"]);
    expect(result.evidence[0]).toEqual({ label: "Check-in of 2026-02-09: engagement 3.33", href: "/check-ins/6", date: "2026-02-09" });
  });

  it("fires at exactly the threshold and not just below it", () => {
    // Windows of 4: indexes 4 ×4 (mean 4) then 3, 3⅓, 3⅓, 3⅓ (sum 13, mean 3.25): a fall of exactly 0.75.
    const edge = checkIns([[4, 4, 4], [4, 4, 4], [4, 4, 4], [4, 4, 4], [3, 3, 3], [3, 3, 4], [3, 4, 3], [4, 3, 3]]);
    const window4 = riskThresholds({ engagementWindow: 4 });
    expect(fallingEngagement({ checkIns: edge }, window4).fired).toBe(true);
    expect(fallingEngagement({ checkIns: edge }, { ...window4, engagementDrop: 0.76 }).fired).toBe(false);
  });

  it("needs two full windows: no check-ins yet, or fewer than 2N, is not fired", () => {
    const none = fallingEngagement({ checkIns: [] }, defaults);
    expect(none).toMatchObject({ fired: false, evidence: [] });
    expect(none.summary).toMatch(/^Not enough check-ins yet: 0 of the 6/);
    const five = fallingEngagement({ checkIns: falling.slice(1) }, defaults);
    expect(five.fired).toBe(false);
    expect(five.summary).toMatch(/^Not enough check-ins yet: 5 of the 6/);
  });

  it("skips check-ins without engagement figures rather than counting them as zero", () => {
    const withGap = checkIns([[4, 4, 4], [5, 4, 3], [4, 4, 4], null, [3, 3, 3], [3, 3, 4], [4, 3, 3]]);
    const result = fallingEngagement({ checkIns: withGap }, defaults);
    expect(result.fired).toBe(true);
    expect(hrefs(result)).not.toContain("/check-ins/4");
  });

  it("does not fire on rising engagement", () => {
    const rising = fallingEngagement({ checkIns: [...falling].reverse().map((c, i) => ({ ...c, date: addDays(d("2026-01-05"), 7 * i) })) }, defaults);
    expect(rising.fired).toBe(false);
    expect(rising.summary).toContain("no fall");
  });

  it("follows the window from settings", () => {
    // Windows of 2: 3⅓, 3⅓ against 3, 4 (mean 3.5): a fall of 0.1666…, not fired.
    expect(fallingEngagement({ checkIns: falling }, riskThresholds({ engagementWindow: 2 })).fired).toBe(false);
    expect(fallingEngagement({ checkIns: falling }, riskThresholds({ engagementWindow: 2, engagementDrop: 0.1 })).fired).toBe(true);
  });
});

describe("ready too long", () => {
  const level = { levelId: 7, label: "M2 · Manager", effectiveFrom: d("2025-01-01") };
  const ready: ReadinessAssessment = { id: 40, date: d("2025-03-01"), kind: "MANAGER", status: "SHARED", levelId: 7, promotionReadiness: "READY" };
  const input = (over: Partial<Parameters<typeof readyTooLong>[0]> = {}) => ({ personId: 3, assessments: [ready], level, today: d("2025-06-30"), ...over });

  it("fires at exactly the threshold (2025-01-01 → 2025-06-30 is 180 days) and not a day before", () => {
    const result = readyTooLong(input(), defaults);
    expect(result.fired).toBe(true);
    expect(result.evidence).toEqual([
      { label: "Manager assessment of 2025-03-01: promotion readiness ready", href: "/assessments/40", date: "2025-03-01" },
      { label: "In M2 · Manager since 2025-01-01 (180 days)", href: "/people/3#level-heading", date: "2025-01-01" },
    ]);
    expect(readyTooLong(input({ today: d("2025-06-29") }), defaults).fired).toBe(false);
  });

  it("follows the days from settings", () => {
    expect(readyTooLong(input(), riskThresholds({ readyTooLongDays: 181 })).fired).toBe(false);
    expect(readyTooLong(input({ today: d("2025-02-01") }), riskThresholds({ readyTooLongDays: 31 })).fired).toBe(true);
  });

  it("is not fired for a person with no level", () => {
    expect(readyTooLong(input({ level: null }), defaults)).toEqual({ rule: "readyTooLong", fired: false, summary: "No level recorded yet.", evidence: [] });
  });

  it("is not fired without a submitted manager assessment: none, a draft, or only a self-assessment", () => {
    expect(readyTooLong(input({ assessments: [] }), defaults).fired).toBe(false);
    const draft = { ...ready, status: "DRAFT" as const };
    const self = { ...ready, id: 41, kind: "SELF" as const };
    const result = readyTooLong(input({ assessments: [draft, self] }), defaults);
    expect(result).toMatchObject({ fired: false, summary: "No submitted manager assessment yet." });
  });

  it("reads only the latest manager assessment", () => {
    const later = { ...ready, id: 42, date: d("2025-05-01"), status: "SUBMITTED" as const, promotionReadiness: "WITHIN_6_12_MONTHS" as const };
    const result = readyTooLong(input({ assessments: [ready, later] }), defaults);
    expect(result.fired).toBe(false);
    expect(hrefs(result)[0]).toBe("/assessments/42");
  });

  it("is not fired by a READY about an earlier level", () => {
    expect(readyTooLong(input({ assessments: [{ ...ready, levelId: 6 }] }), defaults).fired).toBe(false);
  });
});

describe("missed check-ins", () => {
  // Weekly on Mondays from 2026-03-02; the last check-in answered 2026-03-02; grace 2 days.
  const weekly: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2026-03-02"), effectiveFrom: d("2026-03-02") }];
  const input = (today: string, over: Partial<Parameters<typeof missedCheckIns>[0]> = {}) => ({
    personId: 9, segments: weekly, lastCheckInDate: d("2026-03-02"), today: d(today), graceDays: 2, ...over,
  });

  it("fires once the grace of the second missed due date has ended, not the day before", () => {
    // On 03-19 the grace of 03-09 and 03-16 has ended; on 03-18, 03-16 is still in its grace.
    const result = missedCheckIns(input("2026-03-19"), defaults);
    expect(result.fired).toBe(true);
    expect(result.summary).toBe("2 check-ins missed since the last check-in on 2026-03-02; the threshold is 2.");
    expect(result.evidence).toEqual([
      { label: "Due 2026-03-16: no check-in", href: "/people/9#check-ins-heading", date: "2026-03-16" },
      { label: "Due 2026-03-09: no check-in", href: "/people/9#check-ins-heading", date: "2026-03-09" },
    ]);
    expect(missedCheckIns(input("2026-03-18"), defaults)).toMatchObject({ fired: false, evidence: [{ date: "2026-03-09" }] });
  });

  it("follows the count from settings", () => {
    expect(missedCheckIns(input("2026-03-18"), riskThresholds({ missedCheckIns: 1 })).fired).toBe(true);
    expect(missedCheckIns(input("2026-03-19"), riskThresholds({ missedCheckIns: 3 })).fired).toBe(false);
  });

  it("is not fired for a new hire who started last week and whose first due date is ahead", () => {
    const started = d("2026-03-12");
    const segments: ScheduleSegment[] = [{ cadence: "BIWEEKLY", anchor: d("2026-03-23"), effectiveFrom: started }];
    const result = missedCheckIns(input("2026-03-19", { segments, lastCheckInDate: null }), defaults);
    expect(result).toMatchObject({ fired: false, summary: "No check-in due yet.", evidence: [] });
  });

  it("counts a new hire's first due date once its grace has passed, without a check-in yet", () => {
    const segments: ScheduleSegment[] = [{ cadence: "WEEKLY", anchor: d("2026-03-02"), effectiveFrom: d("2026-03-02") }];
    const result = missedCheckIns(input("2026-03-12", { segments, lastCheckInDate: null }), defaults);
    expect(result.fired).toBe(true);
    expect(result.summary).toBe("2 check-ins missed and no check-in yet; the threshold is 2.");
  });

  it("stops counting at the person's end date", () => {
    expect(missedCheckIns(input("2026-04-30", { endDate: d("2026-03-12") }), defaults).fired).toBe(false);
  });
});

describe("overdue action items", () => {
  const today = d("2026-03-10");
  const item = (id: number, dueDate: string | null, over: Partial<OpenActionItem> = {}): OpenActionItem => ({
    id, title: `Item ${id}`, dueDate: dueDate ? d(dueDate) : null, doneAt: null, checkIn: { id: 100 + id, date: d("2026-02-02"), status: "SUBMITTED" }, ...over,
  });
  const counted = [item(1, "2026-03-09"), item(2, "2026-02-01"), item(3, "2026-03-01")];
  const ignored = [
    item(4, "2026-03-10"), // due today: not yet overdue
    item(5, null), // no due date
    item(6, "2026-03-01", { doneAt: new Date("2026-03-02T10:00:00Z") }),
    item(7, "2026-03-01", { checkIn: { id: 107, date: d("2026-02-02"), status: "DRAFT" } }),
  ];

  it("fires at the threshold with each item's check-in as evidence, oldest due first", () => {
    const result = overdueActionItems({ items: [...counted, ...ignored], today }, defaults);
    expect(result.fired).toBe(true);
    expect(hrefs(result)).toEqual(["/check-ins/102", "/check-ins/103", "/check-ins/101"]);
    expect(result.evidence[0]).toEqual({ label: "“Item 2”, due 2026-02-01 (check-in of 2026-02-02)", href: "/check-ins/102", date: "2026-02-01" });
  });

  it("is not fired just below the threshold, or with none", () => {
    expect(overdueActionItems({ items: [...counted.slice(1), ...ignored], today }, defaults).fired).toBe(false);
    expect(overdueActionItems({ items: [], today }, defaults)).toMatchObject({ fired: false, summary: "No open action item is overdue." });
  });

  it("follows the count from settings", () => {
    expect(overdueActionItems({ items: counted.slice(0, 1), today }, riskThresholds({ overdueActionItems: 1 })).fired).toBe(true);
    expect(overdueActionItems({ items: counted, today }, riskThresholds({ overdueActionItems: 4 })).fired).toBe(false);
  });
});

describe("peer departures", () => {
  const today = d("2026-06-30");
  const person = { id: 1, teamId: 10, managerId: 5 };
  const left = (personId: number, days: number, over: Partial<PeerDeparture> = {}): PeerDeparture => ({
    personId, name: `Peer ${personId}`, date: addDays(today, -days), teamId: 10, managerId: 99, ...over,
  });

  it("counts peers of the same team or manager who left in the last 90 days, today included", () => {
    const departures = [
      left(2, 90), // same team, exactly 90 days ago
      left(3, 0, { name: "Former employee #3", teamId: 11, managerId: 5 }), // erased, same manager, today
      left(4, 91), // too long ago
      left(6, 10, { teamId: 12, managerId: 6 }), // elsewhere
      left(7, -1), // recorded ahead of time: not yet gone
      left(1, 5), // the person themselves
    ];
    const result = peerDepartures({ person, departures, today }, defaults);
    expect(result.fired).toBe(true);
    expect(result.evidence).toEqual([
      { label: "Former employee #3 left on 2026-06-30", href: "/people/3", date: "2026-06-30" },
      { label: "Peer 2 left on 2026-04-01", href: "/people/2", date: "2026-04-01" },
    ]);
  });

  it("counts each peer once and stays below the threshold with one", () => {
    const result = peerDepartures({ person, departures: [left(2, 80), left(2, 10)], today }, defaults);
    expect(result).toMatchObject({ fired: false, evidence: [{ href: "/people/2", date: "2026-06-20" }] });
    expect(peerDepartures({ person, departures: [left(2, 10)], today }, riskThresholds({ peerDepartures: 1 })).fired).toBe(true);
  });

  it("matches nobody for a person without team or manager", () => {
    const loner = { id: 1, teamId: null, managerId: null };
    const result = peerDepartures({ person: loner, departures: [left(2, 1, { teamId: null, managerId: null }), left(3, 1)], today }, defaults);
    expect(result).toMatchObject({ fired: false, evidence: [] });
  });
});

describe("the signal", () => {
  const result = (fired: boolean): RuleResult => ({ rule: "missedCheckIns", fired, summary: "", evidence: [] });

  it("is NONE with no rule fired, WATCH with one, ELEVATED with two or more", () => {
    expect(riskSignal([result(false), result(false)]).level).toBe("NONE");
    expect(riskSignal([]).level).toBe("NONE");
    const watch = riskSignal([result(true), result(false)]);
    expect(watch).toMatchObject({ level: "WATCH", fired: [{ fired: true }], checked: [{ fired: false }] });
    expect(riskSignal([result(true), result(true), result(false)]).level).toBe("ELEVATED");
  });
});
