import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDate } from "@/lib/dates";
import { attachToTree, moveSubtree, rebuildClosure, wouldCreateCycle } from "@/lib/org/closure";
import { truncateAllTables } from "../../prisma/seed/truncate";

// The closure table holds one row per (ancestor, descendant) pair with its depth. Incremental
// updates must always equal a rebuild from Person.managerId.

type Row = { ancestorId: number; descendantId: number; depth: number };
const key = (row: Row) => `${row.ancestorId}>${row.descendantId}@${row.depth}`;

async function closureRows(): Promise<string[]> {
  const rows = await db().personClosure.findMany({ select: { ancestorId: true, descendantId: true, depth: true } });
  return rows.map(key).sort();
}

async function expectMatchesRebuild() {
  const incremental = await closureRows();
  await db().$transaction((tx) => rebuildClosure(tx));
  expect(incremental).toEqual(await closureRows());
}

async function person(name: string, managerId: number | null) {
  return db().$transaction(async (tx) => {
    const created = await tx.person.create({ data: { name, managerId, startDate: parseDate("2024-01-01") } });
    await attachToTree(tx, created.id, managerId);
    return created.id;
  });
}

describe("reporting-tree closure", () => {
  beforeEach(async () => truncateAllTables(db()));

  it("is rebuilt from managers, including each person at depth 0", async () => {
    const vpe = await person("VPE", null);
    const director = await person("Director", vpe);
    const manager = await person("Manager", director);
    const engineer = await person("Engineer", manager);
    await db().$transaction((tx) => rebuildClosure(tx));
    const below = async (id: number) =>
      (await db().personClosure.findMany({ where: { ancestorId: id }, orderBy: { depth: "asc" } })).map((r) => [r.descendantId, r.depth]);
    expect(await below(vpe)).toEqual([[vpe, 0], [director, 1], [manager, 2], [engineer, 3]]);
    expect(await below(manager)).toEqual([[manager, 0], [engineer, 1]]);
  });

  it("attaches new people and moves whole subtrees incrementally, matching a rebuild", async () => {
    const vpe = await person("VPE", null);
    const a = await person("Director A", vpe);
    const b = await person("Director B", vpe);
    const m = await person("Manager", a);
    const e1 = await person("Engineer 1", m);
    await person("Engineer 2", m);
    await expectMatchesRebuild();

    // The manager and both engineers move from A to B.
    await db().$transaction(async (tx) => {
      await tx.person.update({ where: { id: m }, data: { managerId: b } });
      await moveSubtree(tx, m, b);
    });
    await expectMatchesRebuild();
    expect(await db().personClosure.count({ where: { ancestorId: a, depth: { gt: 0 } } })).toBe(0);
    expect(await db().personClosure.findFirst({ where: { ancestorId: b, descendantId: e1 } })).toMatchObject({ depth: 2 });

    // To the top of the tree and back under the VPE.
    await db().$transaction(async (tx) => {
      await tx.person.update({ where: { id: m }, data: { managerId: null } });
      await moveSubtree(tx, m, null);
    });
    await expectMatchesRebuild();
    await db().$transaction(async (tx) => {
      await tx.person.update({ where: { id: m }, data: { managerId: vpe } });
      await moveSubtree(tx, m, vpe);
    });
    await expectMatchesRebuild();
  });

  it("spots a change that would make someone report to their own report", async () => {
    const vpe = await person("VPE", null);
    const director = await person("Director", vpe);
    const engineer = await person("Engineer", director);
    await db().$transaction(async (tx) => {
      expect(await wouldCreateCycle(tx, vpe, engineer)).toBe(true);
      expect(await wouldCreateCycle(tx, director, director)).toBe(true);
      expect(await wouldCreateCycle(tx, engineer, vpe)).toBe(false);
    });
  });
});
