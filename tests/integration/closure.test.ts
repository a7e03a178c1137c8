import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDate } from "@/lib/dates";
import { rebuildClosure } from "@/lib/org/closure";

// The closure table holds one row per (ancestor, descendant) pair with its depth.
describe("reporting-tree closure", () => {
  const created: number[] = [];

  afterAll(async () => {
    await db().person.deleteMany({ where: { id: { in: created } } });
  });

  it("is rebuilt from managers, including each person at depth 0", async () => {
    const prisma = db();
    const person = (name: string, managerId: number | null) =>
      prisma.person.create({ data: { name, managerId, startDate: parseDate("2024-01-01") } }).then((p) => {
        created.push(p.id);
        return p;
      });
    const vpe = await person("Closure VPE", null);
    const director = await person("Closure Director", vpe.id);
    const manager = await person("Closure Manager", director.id);
    const engineer = await person("Closure Engineer", manager.id);

    await prisma.$transaction((tx) => rebuildClosure(tx));

    const rows = await prisma.personClosure.findMany({
      where: { ancestorId: { in: created } },
      select: { ancestorId: true, descendantId: true, depth: true },
    });
    const below = (id: number) =>
      rows.filter((row) => row.ancestorId === id).map((row) => [row.descendantId, row.depth]).sort((a, b) => a[1]! - b[1]!);
    expect(below(vpe.id)).toEqual([[vpe.id, 0], [director.id, 1], [manager.id, 2], [engineer.id, 3]]);
    expect(below(manager.id)).toEqual([[manager.id, 0], [engineer.id, 1]]);
    expect(below(engineer.id)).toEqual([[engineer.id, 0]]);
  });
});
