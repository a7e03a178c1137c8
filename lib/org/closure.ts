import type { Prisma } from "@/lib/generated/prisma/client";

// The reporting tree's closure table, rebuilt from Person.managerId in one statement. Bulk
// loads (seeds, imports) use this; it runs inside the caller's transaction so the tree and
// its closure never disagree.

export async function rebuildClosure(tx: Prisma.TransactionClient): Promise<number> {
  await tx.$executeRaw`DELETE FROM "PersonClosure"`;
  return tx.$executeRaw`
    INSERT INTO "PersonClosure" ("ancestorId", "descendantId", "depth")
    WITH RECURSIVE tree AS (
      SELECT id AS ancestor, id AS descendant, 0 AS depth FROM "Person"
      UNION ALL
      SELECT tree.ancestor, p.id, tree.depth + 1
      FROM tree JOIN "Person" p ON p."managerId" = tree.descendant
      WHERE tree.depth < 100 -- a cycle can never loop forever
    )
    SELECT ancestor, descendant, depth FROM tree`;
}
