import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { addDays, businessDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { attachToTree } from "@/lib/org/closure";
import { riskSignalFor, riskSignals } from "@/lib/risks/signal";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// The computed signal against a hand-built org (UTC, grace 2, default thresholds): Eli's last six
// weekly check-ins fall from an engagement index of 4 to 3, three of his action items are overdue,
// and Finn, another of Mia's reports, left ten days ago and has been erased.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let templateVersionId: number;
const today = businessDate(new Date(), "UTC");
let checkInIds: number[]; // Eli's, newest first
let overdueCheckInIds: number[];
let orgId: number;

async function checkIn(date: Date, figure: number, status: "SUBMITTED" | "DRAFT" = "SUBMITTED") {
  return db().checkIn.create({
    data: {
      subjectId: people.eli!, authorId: actors.mia!.userId, templateVersionId, date, status, submittedAt: status === "SUBMITTED" ? new Date() : null,
      psychologicalSafety: figure, autonomy: figure, trust: figure, scoreEngagement: figure,
    },
  });
}

async function actionItem(checkInId: number, dueDate: Date | null, doneAt: Date | null = null) {
  return db().actionItem.create({ data: { checkInId, subjectId: people.eli!, ownerId: people.mia!, title: "Follow up", dueDate, doneAt } });
}

const signalAudits = () => db().auditEvent.findMany({ where: { action: "risk.read" }, orderBy: { id: "asc" } });

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  orgId = (await db().organization.create({ data: { name: "Test org", timeZone: "UTC", fiscalYearStartMonth: 1, checkInGraceDays: 2 } })).id;
  templateVersionId = (await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true))).templateVersionId;
  // Weekly, the newest today: 3, 3, 3 against 4, 4, 4 (a fall of 1); none missed.
  await db().person.update({ where: { id: people.eli! }, data: { checkInCadence: "WEEKLY", checkInAnchor: today } });
  const made = [];
  for (const [weeksAgo, figure] of [[0, 3], [1, 3], [2, 3], [3, 4], [4, 4], [5, 4]] as const) made.push(await checkIn(addDays(today, -7 * weeksAgo), figure));
  checkInIds = made.map((c) => c.id);
  const draft = await checkIn(addDays(today, -1), 1, "DRAFT");
  overdueCheckInIds = [checkInIds[3]!, checkInIds[4]!, checkInIds[5]!];
  await actionItem(checkInIds[5]!, addDays(today, -20));
  await actionItem(checkInIds[4]!, addDays(today, -10));
  await actionItem(checkInIds[3]!, addDays(today, -1));
  await actionItem(checkInIds[2]!, today); // due today: not overdue yet
  await actionItem(checkInIds[2]!, addDays(today, -3), new Date()); // done
  await actionItem(draft.id, addDays(today, -3)); // on a draft
  const finn = await db().person.create({ data: { name: "finn", managerId: people.mia!, startDate: new Date("2024-01-01"), endDate: addDays(today, -10) } });
  await attachToTree(db(), finn.id, people.mia!);
  await db().departure.create({ data: { personId: finn.id, date: addDays(today, -10), voluntary: true, regrettable: true } });
  await db().person.update({ where: { id: finn.id }, data: { name: `Former employee #${finn.id}`, erasedAt: new Date() } });
  people.finn = finn.id;
});

describe("the computed risk signal", () => {
  it("is ELEVATED for falling engagement and overdue action items, with their evidence", async () => {
    const signal = await riskSignalFor({ actor: actors.mia!, personId: people.eli! });
    expect(signal.level).toBe("ELEVATED");
    expect(signal.fired.map((r) => r.rule)).toEqual(["fallingEngagement", "overdueActionItems"]);
    expect(signal.checked.map((r) => r.rule)).toEqual(["readyTooLong", "missedCheckIns", "peerDepartures"]);
    const [engagement, overdue] = signal.fired;
    expect(engagement!.evidence.map((e) => e.href)).toEqual(checkInIds.map((id) => `/check-ins/${id}`));
    expect(overdue!.evidence.map((e) => e.href)).toEqual(overdueCheckInIds.map((id) => `/check-ins/${id}`).reverse());
    expect(signal.checked.find((r) => r.rule === "readyTooLong")!.summary).toBe("No level recorded yet.");
    // The erased peer is below the default threshold of two but listed as stored.
    expect(signal.checked.find((r) => r.rule === "peerDepartures")!.evidence).toEqual([
      expect.objectContaining({ label: expect.stringMatching(`^Former employee #${people.finn} left on`), href: `/people/${people.finn}` }),
    ]);
    expect(signal.thresholds).toMatchObject({ engagementDrop: 0.75, overdueActionItems: 3 });
    expect(JSON.parse(JSON.stringify(signal))).toEqual(signal);
  });

  it("follows the thresholds stored on the organisation", async () => {
    await db().organization.update({ where: { id: orgId }, data: { riskSignalThresholds: { overdueActionItems: 4, peerDepartures: 1 } } });
    try {
      const signal = await riskSignalFor({ actor: actors.vera!, personId: people.eli! });
      expect(signal.fired.map((r) => r.rule)).toEqual(["fallingEngagement", "peerDepartures"]);
      await db().organization.update({ where: { id: orgId }, data: { riskSignalThresholds: { engagementDrop: 1.5, overdueActionItems: 4 } } });
      expect((await riskSignalFor({ actor: actors.hr!, personId: people.eli! })).level).toBe("NONE");
    } finally {
      await db().organization.update({ where: { id: orgId }, data: { riskSignalThresholds: {} } });
    }
  });

  it("answers NOT_FOUND outside the risk scope: another subtree, an admin, oneself", async () => {
    const before = (await signalAudits()).length;
    expect((await refusal(riskSignalFor({ actor: actors.dario!, personId: people.eli! }))).code).toBe("NOT_FOUND");
    expect((await refusal(riskSignalFor({ actor: actors.admin!, personId: people.eli! }))).code).toBe("NOT_FOUND");
    expect((await refusal(riskSignalFor({ actor: actors.mia!, personId: people.mia! }))).code).toBe("NOT_FOUND");
    expect((await refusal(riskSignalFor({ actor: actors.vera!, personId: people.vera! }))).code).toBe("NOT_FOUND");
    expect((await refusal(riskSignalFor({ actor: actors.vera!, personId: people.finn! }))).code).toBe("NOT_FOUND"); // erased
    expect(await signalAudits()).toHaveLength(before);
  });

  it("writes one audit event per call, listing whom it was about", async () => {
    const before = (await signalAudits()).length;
    await riskSignalFor({ actor: actors.dana!, personId: people.eli! });
    const list = await riskSignals({ actor: actors.vera!, personIds: [people.eli!, people.mia!, people.vera!, people.eli!] });
    expect(list.map((s) => s.personId)).toEqual([people.mia!, people.eli!]);
    expect(await riskSignals({ actor: actors.dario!, personIds: [people.eli!] })).toEqual([]);
    const events = (await signalAudits()).slice(before);
    expect(events.map((e) => [e.actorId, e.subjectIds])).toEqual([
      [actors.dana!.userId, [people.eli!]],
      [actors.vera!.userId, [people.mia!, people.eli!]],
    ]);
    expect((await refusal(riskSignals({ actor: actors.admin!, personIds: [people.eli!] }))).code).toBe("NOT_FOUND");
  });
});
