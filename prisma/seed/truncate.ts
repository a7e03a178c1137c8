import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Empties every application table (not the migration history) and restarts their ids. */
export async function truncateAllTables(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<Array<{ name: string }>>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => table.name).join(", ")} RESTART IDENTITY CASCADE`);
}
