import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addActionItem, removeActionItem, setActionItemDone } from "@/lib/check-ins/action-item-mutations";
import { DEFAULT_TEMPLATE, METRIC_QUESTION_KEYS } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { discardDraft, saveCheckIn, startCheckIn } from "@/lib/check-ins/mutations";
import { checkInActionItems, checkInHistory, getCheckIn, myActionItems } from "@/lib/check-ins/queries";
import { formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { erasePerson } from "@/lib/erasure/erase-person";
import { attachToTree } from "@/lib/org/closure";
import { orgToday } from "@/lib/org/queries";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Check-ins end to end in the domain: who may write and read, what bad input is refused with,
// idempotent submission, stale edits, private notes, action items carried forward.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let today: string;

const scores = Object.fromEntries(Object.values(METRIC_QUESTION_KEYS).map((key, i) => [key, (i % 5) + 1]));
const content = (extra: Record<string, unknown> = {}) => ({
  date: today, answers: { ...scores, "on-call-sustainable": true }, wins: "Shipped", blockers: null,
  growthDomain: "FINANCE", growthStep: "Read the P&L", growthFollowUp: null, privateNote: "Seems tired", ...extra,
});
const row = (id: number) => db().checkIn.findUniqueOrThrow({ where: { id }, include: { answers: true } });
const auditCount = () => db().auditEvent.count();

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  await db().organization.create({ data: { name: "Test org", timeZone: "Europe/Madrid" } });
  await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true));
  const eli = await db().user.create({ data: { email: "eli@test.local", name: "eli", roles: [], personId: people.eli! } });
  actors.eli = { userId: eli.id, email: eli.email, name: "eli", roles: [], personId: people.eli! };
  today = formatDate(await orgToday());
});

describe("starting a check-in", () => {
  it("opens one draft per author and person, even when started many times at once", async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, () => startCheckIn({ actor: actors.mia!, input: { personId: people.eli! } })));
    expect(new Set(ids).size).toBe(1);
    expect(await db().checkIn.count({ where: { subjectId: people.eli!, status: "DRAFT" } })).toBe(1);
  });

  it("answers 404 for someone outside the tree below you, and for readers who do not write", async () => {
    for (const actor of [actors.dario!, actors.hr!, actors.admin!, actors.eli!]) {
      expect((await refusal(startCheckIn({ actor, input: { personId: people.eli! } }))).code).toBe("NOT_FOUND");
    }
    expect((await refusal(startCheckIn({ actor: actors.mia!, input: { personId: people.mia! } }))).code).toBe("NOT_FOUND");
  });
});

describe("saving and submitting", () => {
  let id: number;
  beforeAll(async () => {
    id = await startCheckIn({ actor: actors.mia!, input: { personId: people.eli! } });
  });

  it("autosaves a partial draft and bumps its version", async () => {
    const saved = await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 1, intent: "draft", content: { date: today, answers: { trust: 4 }, wins: "half typed" } } });
    expect(saved).toEqual({ checkInId: id, version: 2, status: "DRAFT" });
    const stored = await row(id);
    expect(stored.wins).toBe("half typed");
    expect(stored.answers).toHaveLength(1);
    expect(stored.trust).toBeNull(); // figures are columns only once submitted
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const before = await row(id);
    const audits = await auditCount();
    const future = formatDate(new Date(Date.parse(today) + 10 * 86_400_000));
    const bad = await refusal(saveCheckIn({ actor: actors.mia!, input: {
      checkInId: id, version: 2, intent: "draft",
      content: { date: future, answers: { trust: 6, "no-such-question": 1, "on-call-sustainable": "maybe" }, wins: "x".repeat(2_001) },
    } }));
    expect(bad.code).toBe("UNPROCESSABLE");
    expect(Object.keys(bad.fields).sort()).toEqual(["answers.no-such-question", "answers.on-call-sustainable", "answers.trust", "date", "wins"]);
    expect(await row(id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses to submit while a required question is unanswered", async () => {
    const missing = await refusal(saveCheckIn({ actor: actors.mia!, input: {
      checkInId: id, version: 2, intent: "submit", clientRequestId: "req-missing-0000001", content: { date: today, answers: { trust: 4 } },
    } }));
    expect(missing.fields["answers.quality-score"]).toEqual(["Answer this question to submit"]);
    expect((await row(id)).status).toBe("DRAFT");
  });

  it("refuses another author's save and a stale draft", async () => {
    expect((await refusal(saveCheckIn({ actor: actors.dana!, input: { checkInId: id, version: 2, intent: "draft", content: content() } }))).code).toBe("NOT_FOUND");
    expect((await refusal(saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 1, intent: "draft", content: content() } }))).code).toBe("CONFLICT");
  });

  it("submits once however often the same submission arrives, even at the same moment", async () => {
    const input = { checkInId: id, version: 2, intent: "submit" as const, clientRequestId: "req-submit-00000001", content: content() };
    const results = await Promise.all([saveCheckIn({ actor: actors.mia!, input }), saveCheckIn({ actor: actors.mia!, input })]);
    expect(results.every((r) => r.status === "SUBMITTED" && r.version === 3)).toBe(true);
    const again = await saveCheckIn({ actor: actors.mia!, input });
    expect(again.version).toBe(3);
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "SUBMITTED", version: 3, scoreQuality: scores["quality-score"], trust: scores.trust, growthDomain: "FINANCE" });
    expect(stored.dueDate).not.toBeNull();
    expect(stored.answers.map((a) => a.value).sort()).toEqual([...Object.values(scores), true].sort());
    expect(await db().checkIn.count({ where: { subjectId: people.eli! } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "checkin.submit", entityId: String(id) } })).toBe(1);
  });

  it("keeps the private note out of the audit log", async () => {
    const events = await db().auditEvent.findMany({ where: { entityType: "CheckIn", entityId: String(id) } });
    expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain("Seems tired");
    expect(events.some((e) => (e.changedFields as string[]).includes("privateNote"))).toBe(true);
  });

  it("refuses an edit made against a version someone else has since changed", async () => {
    await saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 3, intent: "edit", content: content({ wins: "Shipped twice" }) } });
    const stale = await refusal(saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version: 3, intent: "edit", content: content({ wins: "Overwrite" }) } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await row(id)).wins).toBe("Shipped twice");
  });

  it("shows the submitted check-in to the person and the chain above, without the private note", async () => {
    for (const reader of [actors.eli!, actors.dana!, actors.vera!, actors.hr!]) {
      const seen = await getCheckIn({ actor: reader, checkInId: id });
      expect(seen.privateNote).toBeNull();
      expect(seen.wins).toBe("Shipped twice");
      const history = await checkInHistory({ actor: reader, personId: people.eli! });
      expect(JSON.stringify(history)).not.toContain("Seems tired");
    }
    expect((await getCheckIn({ actor: actors.mia!, checkInId: id })).privateNote).toBe("Seems tired");
    for (const outsider of [actors.dario!, actors.admin!]) {
      expect((await refusal(getCheckIn({ actor: outsider, checkInId: id }))).code).toBe("NOT_FOUND");
      expect((await refusal(checkInHistory({ actor: outsider, personId: people.eli! }))).code).toBe("NOT_FOUND");
    }
  });

  it("keeps a draft from everyone but its author", async () => {
    const draft = await startCheckIn({ actor: actors.mia!, input: { personId: people.eli! } });
    for (const reader of [actors.eli!, actors.dana!, actors.vera!]) {
      expect((await refusal(getCheckIn({ actor: reader, checkInId: draft }))).code).toBe("NOT_FOUND");
    }
    expect((await checkInHistory({ actor: actors.dana!, personId: people.eli! })).map((h) => h.id)).toEqual([id]);
  });
});

describe("action items", () => {
  it("carries open items into the next check-in, where they are ticked off or kept", async () => {
    const first = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, status: "SUBMITTED" } });
    const item = await addActionItem({ actor: actors.mia!, input: { checkInId: first.id, item: { title: "Book finance session", ownerId: people.eli!, dueDate: null } } });
    const draft = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, status: "DRAFT" } });
    const carried = await checkInActionItems({ actor: actors.mia!, checkInId: draft.id });
    expect(carried.carried.map((i) => i.title)).toEqual(["Book finance session"]);
    const done = await setActionItemDone({ actor: actors.mia!, input: { actionItemId: item.id, version: item.version, done: true } });
    expect(done.done).toBe(true);
    // Ticked off since the draft began: still listed in it, as done.
    expect((await checkInActionItems({ actor: actors.mia!, checkInId: draft.id })).carried[0]?.done).toBe(true);
  });

  it("lets the person tick off their own items, and nobody outside the chain touch any", async () => {
    const first = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, status: "SUBMITTED" } });
    const own = await addActionItem({ actor: actors.mia!, input: { checkInId: first.id, item: { title: "Write the one-pager", ownerId: people.eli! } } });
    const managers = await addActionItem({ actor: actors.mia!, input: { checkInId: first.id, item: { title: "Find a mentor", ownerId: people.mia! } } });
    expect((await setActionItemDone({ actor: actors.eli!, input: { actionItemId: own.id, version: own.version, done: true } })).done).toBe(true);
    expect((await refusal(setActionItemDone({ actor: actors.eli!, input: { actionItemId: managers.id, version: managers.version, done: true } }))).code).toBe("NOT_FOUND");
    expect((await refusal(setActionItemDone({ actor: actors.dario!, input: { actionItemId: managers.id, version: managers.version, done: true } }))).code).toBe("NOT_FOUND");
    const mine = await myActionItems({ actor: actors.eli! });
    expect(mine.find((i) => i.id === own.id)).toMatchObject({ done: true, mine: true });
    expect(mine.find((i) => i.id === managers.id)).toMatchObject({ done: false, mine: false });
  });

  it("refuses an owner outside the conversation and a due date past a year", async () => {
    const first = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, status: "SUBMITTED" } });
    const owner = await refusal(addActionItem({ actor: actors.mia!, input: { checkInId: first.id, item: { title: "x", ownerId: people.dario! } } }));
    expect(owner.fields.ownerId).toBeDefined();
    const far = await refusal(addActionItem({ actor: actors.mia!, input: { checkInId: first.id, item: { title: "x", ownerId: people.eli!, dueDate: "2099-01-01" } } }));
    expect(far.fields.dueDate).toEqual(["Choose a date within a year"]);
  });
});

describe("dates and erasure", () => {
  it("keeps a check-in's date within the last 30 days, and a submitted one's date as it was", async () => {
    const id = await startCheckIn({ actor: actors.mia!, input: { personId: people.eli! } });
    const { version } = await row(id);
    const old = formatDate(new Date(Date.parse(today) - 40 * 86_400_000));
    const refused = await refusal(saveCheckIn({ actor: actors.mia!, input: { checkInId: id, version, intent: "draft", content: content({ date: old }) } }));
    expect(refused.fields.date?.[0]).toMatch(/or later/);
    const submitted = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, status: "SUBMITTED" } });
    const moved = await refusal(saveCheckIn({ actor: actors.mia!, input: {
      checkInId: submitted.id, version: submitted.version, intent: "edit", content: content({ date: formatDate(new Date(Date.parse(formatDate(submitted.date)) - 86_400_000)) }),
    } }));
    expect(moved.fields.date).toBeDefined();
  });

  it("no longer shows an author what they wrote once the person is outside their reach", async () => {
    const submitted = await db().checkIn.findFirstOrThrow({ where: { subjectId: people.eli!, status: "SUBMITTED" } });
    const adminOnly: Actor = { ...actors.mia!, roles: ["ADMIN"] };
    expect((await refusal(getCheckIn({ actor: adminOnly, checkInId: submitted.id }))).code).toBe("NOT_FOUND");
  });

  it("erases the text of discarded drafts and removed action items from the audit log", async () => {
    const gus = await db().person.create({ data: { name: "Gus", startDate: new Date("2024-01-01"), managerId: people.mia! } });
    await db().$transaction((tx) => attachToTree(tx, gus.id, people.mia!));
    const draft = await startCheckIn({ actor: actors.mia!, input: { personId: gus.id } });
    await saveCheckIn({ actor: actors.mia!, input: { checkInId: draft, version: 1, intent: "draft", content: content({ wins: "GUS-PRIVATE-WIN" }) } });
    const item = await addActionItem({ actor: actors.mia!, input: { checkInId: draft, item: { title: "GUS-PRIVATE-ITEM", ownerId: gus.id } } });
    await removeActionItem({ actor: actors.mia!, input: { actionItemId: item.id, version: item.version } });
    await discardDraft({ actor: actors.mia!, input: { checkInId: draft } });
    await db().person.update({ where: { id: gus.id }, data: { endDate: new Date("2025-01-01") } });
    await erasePerson({ actor: actors.admin!, personId: gus.id });
    const events = await db().auditEvent.findMany({ where: { subjectIds: { has: gus.id } }, select: { before: true, after: true } });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toMatch(/GUS-PRIVATE/);
  });
});
