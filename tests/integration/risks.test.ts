import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addDays, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { orgToday } from "@/lib/org/queries";
import { addMitigation, closeRisk, createRisk, updateMitigation, updateRisk } from "@/lib/risks/mutations";
import { getRisk, listRisksForPerson, reviewQueue, riskRegister } from "@/lib/risks/queries";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// The risk register end to end in the domain: who may write and read (attacker/victim), what
// bad input is refused with (nothing written), history, redacted audit, audited reads, queue.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let today: Date;
const iso = (days: number) => formatDate(addDays(today, days));
const SECRET = "Secretly interviewing at Acme";

const counts = async () => ({
  risks: await db().retentionRisk.count(), mitigations: await db().riskMitigation.count(),
  history: await db().riskHistory.count(), audit: await db().auditEvent.count(),
});
const readEvents = async (since: bigint) => db().auditEvent.findMany({ where: { action: "risk.read", id: { gt: since } }, orderBy: { id: "asc" } });
const lastAuditId = async () => (await db().auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
const riskInput = (personId: number, extra: Record<string, unknown> = {}) => ({
  personId, level: "HIGH", factors: ["EXTERNAL_OFFER", "COMPENSATION"], regrettable: true, notes: SECRET, nextReviewDate: iso(14), ...extra,
});
/** The edit form's fields: the create form's without the person. */
const edit = (personId: number) => Object.fromEntries(Object.entries(riskInput(personId)).filter(([key]) => key !== "personId"));

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  await db().organization.create({ data: { name: "Test org", timeZone: "Europe/Madrid" } });
  const eli = await db().user.create({ data: { email: "eli@test.local", name: "eli", roles: ["MANAGER"], personId: people.eli! } });
  actors.eli = { userId: eli.id, email: eli.email, name: "eli", roles: ["MANAGER"], personId: people.eli! };
  const gone = await db().person.create({ data: { name: "gone", startDate: new Date("2020-01-01"), endDate: new Date("2021-01-01") } });
  people.gone = gone.id;
  today = await orgToday();
});

describe("recording, editing and closing a risk", () => {
  let riskId: number;

  it("creates a risk with a history row and an audit event that holds no risk value", async () => {
    const saved = await createRisk({ actor: actors.mia!, input: riskInput(people.eli!) });
    riskId = saved.riskId;
    expect(saved.version).toBe(1);
    const history = await db().riskHistory.findMany({ where: { riskId } });
    expect(history).toHaveLength(1);
    expect(history[0]!.actorId).toBe(actors.mia!.userId);
    expect(history[0]!.changes).toMatchObject({ level: { from: null, to: "HIGH" }, notes: { from: null, to: SECRET } });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "risk.create", entityId: String(riskId) } });
    expect(audit.subjectIds).toEqual([people.eli]);
    expect(audit.changedFields).toEqual(expect.arrayContaining(["level", "notes", "factors"]));
  });

  it("a double submit of the same form creates one risk; another open risk for the person is refused", async () => {
    expect((await createRisk({ actor: actors.mia!, input: riskInput(people.eli!) })).riskId).toBe(riskId);
    expect((await refusal(createRisk({ actor: actors.dana!, input: riskInput(people.eli!, { level: "LOW" }) }))).code).toBe("CONFLICT");
    expect(await db().retentionRisk.count({ where: { personId: people.eli! } })).toBe(1);
  });

  it("updates with the version it read; a stale version is a conflict", async () => {
    const saved = await updateRisk({ actor: actors.dana!, input: { ...edit(people.eli!), riskId, version: 1, level: "CRITICAL", status: "MONITORING" } });
    expect(saved.version).toBe(2);
    const stale = await refusal(updateRisk({ actor: actors.vera!, input: { ...edit(people.eli!), riskId, version: 1, status: "OPEN" } }));
    expect(stale.code).toBe("CONFLICT");
    const history = await db().riskHistory.findMany({ where: { riskId }, orderBy: { id: "asc" } });
    expect(history).toHaveLength(2);
    expect(history[1]!.changes).toEqual({ level: { from: "HIGH", to: "CRITICAL" }, status: { from: "OPEN", to: "MONITORING" } });
    expect(history[1]!.actorId).toBe(actors.dana!.userId);
  });

  it("adds and completes mitigations with history; closes the risk", async () => {
    const added = await addMitigation({ actor: actors.hr!, input: { riskId, action: "Counter-offer review", ownerId: people.mia!, dueDate: iso(7) } });
    const done = await updateMitigation({ actor: actors.dana!, input: { mitigationId: added.mitigationId, version: 1, status: "DONE" } });
    expect(done.version).toBe(2);
    expect((await db().riskMitigation.findUniqueOrThrow({ where: { id: added.mitigationId } })).doneAt).not.toBeNull();
    expect((await refusal(updateMitigation({ actor: actors.dana!, input: { mitigationId: added.mitigationId, version: 1, status: "CANCELLED" } }))).code).toBe("CONFLICT");
    const closed = await closeRisk({ actor: actors.vera!, input: { riskId, version: 2 } });
    expect(closed.version).toBe(3);
    const detail = await getRisk({ actor: actors.vera!, riskId });
    expect(detail.status).toBe("CLOSED");
    expect(detail.history.map((entry) => entry.actorName)).toEqual(["vera", "dana", "hr", "dana", "mia"]);
    expect(detail.history[1]!.changes).toEqual({ mitigation: added.mitigationId, status: { from: "OPEN", to: "DONE" } });
    expect(detail.names[people.mia!]).toBe("mia");
  });

  it("reopens a closed risk only while the person has no other open risk", async () => {
    const second = await createRisk({ actor: actors.dana!, input: riskInput(people.eli!, { level: "LOW" }) });
    const reopen = await refusal(updateRisk({ actor: actors.vera!, input: { ...edit(people.eli!), riskId, version: 3, status: "OPEN" } }));
    expect(reopen.code).toBe("CONFLICT");
    expect(await db().retentionRisk.count({ where: { personId: people.eli!, status: { not: "CLOSED" } } })).toBe(1);
    await db().retentionRisk.delete({ where: { id: second.riskId } }); // leave the register as the later tests expect
  });

  it("keeps every risk value out of the audit log", async () => {
    const events = await db().auditEvent.findMany({ where: { entityType: { in: ["RetentionRisk", "RiskMitigation"] } } });
    expect(events.length).toBeGreaterThanOrEqual(6);
    for (const event of events) {
      const json = JSON.stringify({ before: event.before, after: event.after });
      for (const value of [SECRET, "Counter-offer review", "HIGH", "CRITICAL", "EXTERNAL_OFFER", "MONITORING", iso(14), iso(7)]) expect(json).not.toContain(value);
    }
  });
});

describe("bad input", () => {
  it("refuses unknown factor and level and a past review date, per field, writing nothing", async () => {
    const before = await counts();
    const bad = await refusal(createRisk({ actor: actors.vera!, input: riskInput(people.dana!, { level: "SEVERE", factors: ["BOREDOM"], nextReviewDate: iso(-1) }) }));
    expect(bad.code).toBe("UNPROCESSABLE");
    expect(Object.keys(bad.fields).sort()).toEqual(["factors", "level", "nextReviewDate"]);
    expect(bad.fields.nextReviewDate![0]).toMatch(/in the past/);
    expect(await counts()).toEqual(before);
  });

  it("refuses a mitigation owner outside the organisation or departed, and a past due date", async () => {
    const { riskId } = await createRisk({ actor: actors.vera!, input: riskInput(people.dario!) });
    const before = await counts();
    for (const ownerId of [999_999, people.gone!]) {
      const bad = await refusal(addMitigation({ actor: actors.vera!, input: { riskId, action: "Talk", ownerId, dueDate: iso(3) } }));
      expect(bad).toEqual({ code: "UNPROCESSABLE", fields: { ownerId: ["Choose someone in the organisation"] } });
    }
    const past = await refusal(addMitigation({ actor: actors.vera!, input: { riskId, action: "Talk", ownerId: people.vera!, dueDate: iso(-2) } }));
    expect(Object.keys(past.fields)).toEqual(["dueDate"]);
    expect(await counts()).toEqual(before);
  });
});

describe("who may see and write risks", () => {
  let miaRisk: number;
  beforeAll(async () => {
    // A risk about Mia (a MANAGER), recorded by her director.
    miaRisk = (await createRisk({ actor: actors.dana!, input: riskInput(people.mia!, { nextReviewDate: iso(0) }) })).riskId;
  });

  it("answers NOT_FOUND outside the scope and writes nothing", async () => {
    const before = await counts();
    const attempts: Array<[Actor, number]> = [[actors.dario!, people.eli!], [actors.mia!, people.mia!], [actors.admin!, people.eli!], [actors.eli!, people.eli!], [actors.dana!, people.dana!]];
    for (const [actor, personId] of attempts) {
      expect((await refusal(createRisk({ actor, input: riskInput(personId) }))).code).toBe("NOT_FOUND");
    }
    for (const actor of [actors.mia!, actors.dario!, actors.admin!, actors.eli!]) {
      expect((await refusal(updateRisk({ actor, input: { ...edit(people.mia!), riskId: miaRisk, version: 1, status: "OPEN" } }))).code).toBe("NOT_FOUND");
      expect((await refusal(closeRisk({ actor, input: { riskId: miaRisk, version: 1 } }))).code).toBe("NOT_FOUND");
      expect((await refusal(addMitigation({ actor, input: { riskId: miaRisk, action: "x", ownerId: people.vera!, dueDate: iso(1) } }))).code).toBe("NOT_FOUND");
      expect((await refusal(getRisk({ actor, riskId: miaRisk }))).code).toBe("NOT_FOUND");
    }
    expect(await counts()).toEqual(before);
  });

  it("never shows a person their own risk, whatever their role", async () => {
    const since = await lastAuditId();
    const register = await riskRegister({ actor: actors.mia!, filters: {} });
    expect(register.rows.map((row) => row.person.id)).not.toContain(people.mia);
    const queue = await reviewQueue({ actor: actors.mia! });
    expect(queue.reviews.map((r) => r.person.id)).not.toContain(people.mia);
    expect(await listRisksForPerson({ actor: actors.mia!, personId: people.mia! })).toEqual([]);
    expect((await refusal(getRisk({ actor: actors.mia!, riskId: miaRisk }))).code).toBe("NOT_FOUND");
    // The admin sees nothing at all, and reads nothing.
    await expect(riskRegister({ actor: actors.admin!, filters: {} })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listRisksForPerson({ actor: actors.admin!, personId: people.eli! })).toEqual([]);
    for (const event of await readEvents(since)) expect(event.subjectIds).not.toContain(people.mia);
  });

  it("shows the risk to the chain above, HR and the VPE, but not a director beside", async () => {
    for (const actor of [actors.dana!, actors.vera!, actors.hr!]) {
      expect((await riskRegister({ actor, filters: {} })).rows.map((row) => row.person.id)).toContain(people.mia);
    }
    expect((await riskRegister({ actor: actors.dario!, filters: {} })).rows).toEqual([]);
  });
});

describe("reads are audited once per request", () => {
  it("writes one risk.read event listing the subjects returned, and none when nothing is returned", async () => {
    let since = await lastAuditId();
    const register = await riskRegister({ actor: actors.vera!, filters: {} });
    const subjects = [...new Set(register.rows.map((row) => row.person.id))].sort((a, b) => a - b);
    let events = await readEvents(since);
    expect(events).toHaveLength(1);
    expect(events[0]!.subjectIds).toEqual(subjects);
    expect(events[0]!.actorId).toBe(actors.vera!.userId);

    since = await lastAuditId();
    await getRisk({ actor: actors.hr!, riskId: register.rows[0]!.id });
    events = await readEvents(since);
    expect(events).toHaveLength(1);
    expect(events[0]!.subjectIds).toEqual([register.rows[0]!.person.id]);

    since = await lastAuditId();
    await listRisksForPerson({ actor: actors.vera!, personId: people.mia! });
    expect((await readEvents(since)).map((e) => e.subjectIds)).toEqual([[people.mia]]);

    since = await lastAuditId();
    expect((await riskRegister({ actor: actors.dario!, filters: {} })).rows).toEqual([]);
    expect((await riskRegister({ actor: actors.vera!, filters: { q: "nobody-by-this-name" } })).rows).toEqual([]);
    expect(await readEvents(since)).toHaveLength(0);
  });

  it("filters the register by level, factor, regrettable, status, subtree and name", async () => {
    const names = async (filters: Parameters<typeof riskRegister>[0]["filters"]) => (await riskRegister({ actor: actors.vera!, filters })).rows.map((row) => row.person.name).sort();
    expect(await names({})).toEqual(["dario", "mia"]);
    expect(await names({ status: "CLOSED" })).toEqual(["eli"]);
    expect(await names({ managerId: people.dana! })).toEqual(["mia"]);
    expect(await names({ q: "DAR" })).toEqual(["dario"]);
    expect(await names({ factor: "GROWTH" })).toEqual([]);
    expect(await names({ level: "HIGH", regrettable: "yes" })).toEqual(["dario", "mia"]);
    expect(await names({ regrettable: "no" })).toEqual([]);
  });
});

describe("the review queue", () => {
  it("lists risks due for review and open mitigations past their due date", async () => {
    const dario = await db().retentionRisk.findFirstOrThrow({ where: { personId: people.dario! } });
    const mitigation = await db().riskMitigation.create({ data: { riskId: dario.id, action: "Career talk", ownerId: people.vera!, dueDate: addDays(today, -3) } });
    await db().riskMitigation.create({ data: { riskId: dario.id, action: "Done already", ownerId: people.vera!, dueDate: addDays(today, -3), status: "DONE" } });
    const since = await lastAuditId();
    const queue = await reviewQueue({ actor: actors.vera! });
    expect(queue.reviews.map((r) => r.person.name)).toEqual(["mia"]);
    expect(queue.mitigations.map((m) => m.id)).toEqual([mitigation.id]);
    expect(queue.counts).toEqual({ reviewsDue: 1, mitigationsOverdue: 1 });
    const events = await readEvents(since);
    expect(events).toHaveLength(1);
    expect(events[0]!.subjectIds).toEqual([people.dario!, people.mia!].sort((a, b) => a - b));
    // Dana sees Mia's due review but not Dario's mitigation; Dario sees neither.
    expect((await reviewQueue({ actor: actors.dana! })).counts).toEqual({ reviewsDue: 1, mitigationsOverdue: 0 });
    expect((await reviewQueue({ actor: actors.dario! })).counts).toEqual({ reviewsDue: 0, mitigationsOverdue: 0 });
    // The register lists the same risk under "mitigation overdue" (a done one past its date does not count).
    const overdue = await riskRegister({ actor: actors.vera!, filters: { mitigation: "overdue" } });
    expect(overdue.rows.map((row) => row.person.name)).toEqual(["dario"]);
  });
});
