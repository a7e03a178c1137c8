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

/** A new person's closure rows: themselves at depth 0, then every ancestor of their manager. */
export async function attachToTree(tx: Prisma.TransactionClient, personId: number, managerId: number | null): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "PersonClosure" ("ancestorId", "descendantId", "depth")
    SELECT ${personId}::int, ${personId}::int, 0
    UNION ALL
    SELECT "ancestorId", ${personId}::int, depth + 1 FROM "PersonClosure" WHERE "descendantId" = ${managerId}::int`;
}

/** True when `candidateId` is `personId` or anywhere below them: making them the manager would close a loop. */
export async function wouldCreateCycle(tx: Prisma.TransactionClient, personId: number, candidateId: number): Promise<boolean> {
  const rows = await tx.personClosure.count({ where: { ancestorId: personId, descendantId: candidateId } });
  return rows > 0;
}

/**
 * Moves a person and everyone below them under a new manager (or to the top): the subtree's
 * links to its old ancestors go, links to the new ones are made. Runs in the caller's
 * transaction, beside the change of Person.managerId; the caller refuses cycles first.
 */
export async function moveSubtree(tx: Prisma.TransactionClient, personId: number, newManagerId: number | null): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "PersonClosure" c
    USING "PersonClosure" sub
    WHERE sub."ancestorId" = ${personId} AND c."descendantId" = sub."descendantId"
      AND c."ancestorId" NOT IN (SELECT "descendantId" FROM "PersonClosure" WHERE "ancestorId" = ${personId})`;
  if (newManagerId === null) return;
  await tx.$executeRaw`
    INSERT INTO "PersonClosure" ("ancestorId", "descendantId", "depth")
    SELECT up."ancestorId", down."descendantId", up.depth + down.depth + 1
    FROM "PersonClosure" up CROSS JOIN "PersonClosure" down
    WHERE up."descendantId" = ${newManagerId} AND down."ancestorId" = ${personId}`;
}
