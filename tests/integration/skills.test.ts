import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { erasePerson } from "@/lib/erasure/erase-person";
import { createSkillItem, deleteSkillItem, updateSkillItem } from "@/lib/skills/mutations";
import { getSkillItem, listSkillItems, mySkillItems, personSkillItems, skillPersonOptions, skillsSummary, skillTeamOptions } from "@/lib/skills/queries";
import { ZSkillFilters } from "@/lib/skills/schemas";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Learning items and experiments against the real database. The org:
//   vera (VPE) → dana (director) → mia (manager, owns "Platform") → eli
//             → dario (director, owns "Payments")
// plus an HR partner, an admin, and a login for eli with no role.

let a: Record<string, Actor>;
let p: Record<string, number>;
let platform: number;
let payments: number;
const none = ZSkillFilters.parse({});
const item = (overrides: Record<string, unknown> = {}) => ({
  kind: "LEARNING", title: "Finance for engineering leaders", description: "An online course", status: "ACTIVE",
  outcome: "", evidence: "", startedOn: "2026-01-05", completedOn: "", ...overrides,
});
const eventsFor = (id: number) => db().auditEvent.findMany({ where: { entityType: "SkillItem", entityId: String(id) }, orderBy: { id: "asc" } });

beforeAll(async () => {
  const org = await buildGrowthOrg();
  a = org.actors;
  p = org.people;
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC", fiscalYearStartMonth: 1 } });
  platform = (await db().team.create({ data: { name: "Platform", ownerId: p.mia! } })).id;
  payments = (await db().team.create({ data: { name: "Payments", ownerId: p.dario! } })).id;
  const eli = await db().user.create({ data: { email: "eli@test.local", name: "eli", roles: [], personId: p.eli! } });
  a.eli = { userId: eli.id, email: eli.email, name: "eli", roles: [], personId: p.eli! };
});

describe("writing items", () => {
  it("creates, updates and deletes an item about a person, each with an audit event naming them", async () => {
    const { itemId, version } = await createSkillItem({ actor: a.mia!, input: { ...item(), personId: String(p.eli), teamId: "" } });
    expect(version).toBe(1);
    expect(await getSkillItem({ actor: a.dana!, itemId })).toMatchObject({
      kind: "LEARNING", status: "ACTIVE", title: "Finance for engineering leaders", description: "An online course",
      target: { type: "person", id: p.eli, name: "eli" }, startedOn: "2026-01-05", completedOn: null, outcome: null,
    });
    const saved = await updateSkillItem({ actor: a.dana!, input: { ...item({ status: "COMPLETED", completedOn: "2026-02-20", outcome: "Reads a P&L", evidence: "https://example.com/cert" }), itemId, version } });
    expect(saved).toEqual({ itemId, version: 2 });
    expect(await getSkillItem({ actor: a.vera!, itemId })).toMatchObject({ status: "COMPLETED", completedOn: "2026-02-20", outcome: "Reads a P&L", version: 2 });

    // The second save of a stale form is refused, not applied over the first.
    expect(await refusal(updateSkillItem({ actor: a.mia!, input: { ...item({ title: "Stale" }), itemId, version: 1 } }))).toMatchObject({ code: "CONFLICT" });
    expect(await refusal(deleteSkillItem({ actor: a.mia!, input: { itemId, version: 1 } }))).toMatchObject({ code: "CONFLICT" });

    await deleteSkillItem({ actor: a.vera!, input: { itemId, version: 2 } });
    expect(await db().skillItem.count({ where: { id: itemId } })).toBe(0);
    const events = await eventsFor(itemId);
    expect(events.map((e) => [e.action, e.actorId, e.subjectIds])).toEqual([
      ["skill.create", a.mia!.userId, [p.eli]], ["skill.update", a.dana!.userId, [p.eli]], ["skill.delete", a.vera!.userId, [p.eli]],
    ]);
    expect(events[1]!.changedFields).toEqual(["completedOn", "evidence", "outcome", "status"]);
  });

  it("creates an item about a team, audited without a person", async () => {
    const { itemId } = await createSkillItem({ actor: a.mia!, input: { ...item({ kind: "EXPERIMENT", title: "AI-assistant pilot" }), teamId: platform } });
    expect((await getSkillItem({ actor: a.mia!, itemId })).target).toEqual({ type: "team", id: platform, name: "Platform" });
    const [created] = await eventsFor(itemId);
    expect(created).toMatchObject({ action: "skill.create", subjectIds: [] });
    expect(created!.after).toMatchObject({ teamId: platform, personId: null, title: "AI-assistant pilot" });
    await deleteSkillItem({ actor: a.mia!, input: { itemId, version: 1 } });
  });

  it("refuses a missing or double target, bad dates and long texts per field, writing nothing", async () => {
    const before = [await db().skillItem.count(), await db().auditEvent.count()];
    expect((await refusal(createSkillItem({ actor: a.mia!, input: item() }))).fields).toEqual({ target: ["Choose a person or a team"] });
    expect((await refusal(createSkillItem({ actor: a.mia!, input: { ...item(), personId: p.eli, teamId: platform } }))).fields)
      .toEqual({ target: ["An item is about one person or one team, not both"] });
    const refused = await refusal(createSkillItem({ actor: a.mia!, input: {
      ...item({ status: "COMPLETED", title: "t".repeat(201), description: "d".repeat(2001), outcome: "o".repeat(2001), evidence: "e".repeat(2001), startedOn: "2026-02-01", completedOn: "2026-01-01" }),
      personId: p.eli,
    } }));
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(Object.keys(refused.fields).sort()).toEqual(["completedOn", "description", "evidence", "outcome", "title"]);
    expect(refused.fields.completedOn).toEqual(["This is before it started on 2026-02-01"]);
    expect((await refusal(createSkillItem({ actor: a.mia!, input: { ...item({ status: "COMPLETED" }), personId: p.eli } }))).fields.completedOn)
      .toEqual(["A completed item needs the date it was completed"]);
    const future = await refusal(createSkillItem({ actor: a.mia!, input: { ...item({ status: "COMPLETED", completedOn: "2999-01-01" }), personId: p.eli } }));
    expect(future.fields.completedOn?.[0]).toMatch(/in the future/);
    expect([await db().skillItem.count(), await db().auditEvent.count()]).toEqual(before);
  });

  it("makes one item of a double submission, and refuses a second open item with the same title", async () => {
    const input = { ...item({ title: "Strategy reading group" }), personId: p.eli };
    const [first, second] = await Promise.all([createSkillItem({ actor: a.mia!, input }), createSkillItem({ actor: a.mia!, input })]);
    expect(second).toEqual(first);
    expect(await db().skillItem.count({ where: { title: "Strategy reading group" } })).toBe(1);
    const other = await refusal(createSkillItem({ actor: a.mia!, input: { ...input, description: "Another text" } }));
    expect(other.fields.title?.[0]).toMatch(/already exists/);
    await deleteSkillItem({ actor: a.mia!, input: { itemId: first.itemId, version: 1 } });
  });
});

describe("who may read and write what", () => {
  let eliItem: number;
  let teamItem: number;
  let miaItem: number;

  beforeAll(async () => {
    eliItem = (await createSkillItem({ actor: a.mia!, input: { ...item({ title: "Product discovery course" }), personId: p.eli } })).itemId;
    teamItem = (await createSkillItem({ actor: a.dana!, input: { ...item({ kind: "EXPERIMENT", title: "Copilot pilot", status: "PLANNED", startedOn: "" }), teamId: platform } })).itemId;
    miaItem = (await createSkillItem({ actor: a.dana!, input: { ...item({ title: "M&A basics", status: "COMPLETED", completedOn: "2026-02-01" }), personId: p.mia } })).itemId;
  });

  it("answers Not found to a director outside the chain, for reads and writes alike", async () => {
    for (const itemId of [eliItem, teamItem]) {
      expect((await refusal(getSkillItem({ actor: a.dario!, itemId }))).code).toBe("NOT_FOUND");
      expect((await refusal(updateSkillItem({ actor: a.dario!, input: { ...item({ title: "Hijacked" }), itemId, version: 1 } }))).code).toBe("NOT_FOUND");
      expect((await refusal(deleteSkillItem({ actor: a.dario!, input: { itemId, version: 1 } }))).code).toBe("NOT_FOUND");
    }
    expect((await refusal(createSkillItem({ actor: a.dario!, input: { ...item({ title: "New" }), personId: p.eli } }))).code).toBe("NOT_FOUND");
    expect((await refusal(createSkillItem({ actor: a.dario!, input: { ...item({ title: "New" }), teamId: platform } }))).code).toBe("NOT_FOUND");
    expect((await listSkillItems({ actor: a.dario!, filters: none })).items).toEqual([]);
    expect(await personSkillItems({ actor: a.dario!, personId: p.eli! })).toEqual([]);
    expect((await db().skillItem.findUniqueOrThrow({ where: { id: eliItem } })).title).toBe("Product discovery course");
    // His own team is his to write about; nobody else's.
    const own = await createSkillItem({ actor: a.dario!, input: { ...item({ title: "Payments learning day" }), teamId: payments } });
    expect((await refusal(getSkillItem({ actor: a.mia!, itemId: own.itemId }))).code).toBe("NOT_FOUND");
    await deleteSkillItem({ actor: a.dario!, input: { itemId: own.itemId, version: 1 } });
  });

  it("lets a manager see and write only below them and their own team, never about themselves", async () => {
    const titles = (await listSkillItems({ actor: a.mia!, filters: none })).items.map((row) => row.title).sort();
    expect(titles).toEqual(["Copilot pilot", "Product discovery course"]);
    expect((await refusal(getSkillItem({ actor: a.mia!, itemId: miaItem }))).code).toBe("NOT_FOUND");
    expect((await refusal(createSkillItem({ actor: a.mia!, input: { ...item({ title: "Self" }), personId: p.mia } }))).code).toBe("NOT_FOUND");
    expect((await skillTeamOptions({ actor: a.mia! })).map((team) => team.name)).toEqual(["Platform"]);
    expect((await skillPersonOptions({ actor: a.mia! })).map((person) => person.name)).toEqual(["eli"]);
    expect((await skillTeamOptions({ actor: a.dana! })).map((team) => team.name)).toEqual(["Platform"]);
    expect((await skillPersonOptions({ actor: a.dana!, q: "e" })).map((person) => person.name)).toEqual(["eli"]);
  });

  it("lets HR read everything but write nothing", async () => {
    expect((await listSkillItems({ actor: a.hr!, filters: none })).items).toHaveLength(3);
    expect((await getSkillItem({ actor: a.hr!, itemId: eliItem })).description).toBe("An online course");
    expect((await refusal(createSkillItem({ actor: a.hr!, input: { ...item({ title: "HR" }), personId: p.eli } }))).code).toBe("NOT_FOUND");
    expect((await refusal(updateSkillItem({ actor: a.hr!, input: { ...item(), itemId: eliItem, version: 1 } }))).code).toBe("NOT_FOUND");
    expect((await refusal(deleteSkillItem({ actor: a.hr!, input: { itemId: eliItem, version: 1 } }))).code).toBe("NOT_FOUND");
    expect((await refusal(skillTeamOptions({ actor: a.hr! }))).code).toBe("NOT_FOUND");
  });

  it("keeps an admin out entirely", async () => {
    expect((await refusal(listSkillItems({ actor: a.admin!, filters: none }))).code).toBe("NOT_FOUND");
    expect((await refusal(getSkillItem({ actor: a.admin!, itemId: eliItem }))).code).toBe("NOT_FOUND");
    expect((await refusal(skillsSummary({ actor: a.admin! }))).code).toBe("NOT_FOUND");
    expect((await refusal(createSkillItem({ actor: a.admin!, input: { ...item({ title: "Admin" }), teamId: platform } }))).code).toBe("NOT_FOUND");
    expect(await personSkillItems({ actor: a.admin!, personId: p.eli! })).toEqual([]);
  });

  it("lets eli read his own items, and nothing else", async () => {
    expect((await mySkillItems({ actor: a.eli! })).map((row) => [row.title, row.description])).toEqual([["Product discovery course", "An online course"]]);
    expect((await personSkillItems({ actor: a.eli!, personId: p.eli! })).map((row) => row.id)).toEqual([eliItem]);
    expect(await personSkillItems({ actor: a.eli!, personId: p.mia! })).toEqual([]);
    expect((await refusal(getSkillItem({ actor: a.eli!, itemId: eliItem }))).code).toBe("NOT_FOUND");
    expect((await refusal(listSkillItems({ actor: a.eli!, filters: none }))).code).toBe("NOT_FOUND");
    expect((await refusal(updateSkillItem({ actor: a.eli!, input: { ...item(), itemId: eliItem, version: 1 } }))).code).toBe("NOT_FOUND");
    expect(await mySkillItems({ actor: a.hr! })).toEqual([]);
  });

  it("filters the list by kind, status, team, person and words", async () => {
    const list = async (filters: Record<string, string>) => (await listSkillItems({ actor: a.vera!, filters: ZSkillFilters.parse(filters) })).items.map((row) => row.id).sort();
    expect(await list({ kind: "EXPERIMENT" })).toEqual([teamItem]);
    expect(await list({ status: "COMPLETED" })).toEqual([miaItem]);
    expect(await list({ teamId: String(platform) })).toEqual([teamItem]);
    expect(await list({ personId: String(p.eli) })).toEqual([eliItem]);
    expect(await list({ q: "platf" })).toEqual([teamItem]);
    expect(await list({ q: "m&a" })).toEqual([miaItem]);
  });

  it("counts by kind and status within each reader's scope", async () => {
    expect(await skillsSummary({ actor: a.vera! })).toEqual({
      total: 3,
      byKind: { LEARNING: 2, EXPERIMENT: 1 },
      byStatus: { PLANNED: 1, ACTIVE: 1, COMPLETED: 1, STOPPED: 0 },
      byKindAndStatus: {
        LEARNING: { PLANNED: 0, ACTIVE: 1, COMPLETED: 1, STOPPED: 0 },
        EXPERIMENT: { PLANNED: 1, ACTIVE: 0, COMPLETED: 0, STOPPED: 0 },
      },
    });
    expect((await skillsSummary({ actor: a.dana! })).total).toBe(3);
    expect((await skillsSummary({ actor: a.mia! })).byKind).toEqual({ LEARNING: 1, EXPERIMENT: 1 });
    expect((await skillsSummary({ actor: a.dario! })).total).toBe(0);
    expect((await skillsSummary({ actor: a.hr! })).total).toBe(3);
  });

  it("erases a departed person's texts, in the items and in the audit log, including deleted items", async () => {
    const gone = await createSkillItem({ actor: a.mia!, input: { ...item({ title: "DELETED-SECRET", description: "DELETED-SECRET" }), personId: p.eli } });
    await deleteSkillItem({ actor: a.mia!, input: { itemId: gone.itemId, version: 1 } });
    await db().person.update({ where: { id: p.eli! }, data: { endDate: parseDate("2025-12-31") } });
    await erasePerson({ actor: a.admin!, personId: p.eli! });
    expect(await db().skillItem.findUniqueOrThrow({ where: { id: eliItem } })).toMatchObject({ title: "(erased)", description: null, kind: "LEARNING", status: "ACTIVE" });
    const payloads = JSON.stringify((await db().auditEvent.findMany({ where: { entityType: "SkillItem" } })).map((e) => [e.before, e.after]));
    expect(payloads).not.toContain("DELETED-SECRET");
    expect(payloads).not.toContain("Product discovery course");
    // Team items are not about one person and stay.
    expect((await db().skillItem.findUniqueOrThrow({ where: { id: teamItem } })).title).toBe("Copilot pilot");
  });
});
