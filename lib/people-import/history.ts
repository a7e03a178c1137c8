import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResolvedPerson } from "./write";

// Reporting-line history for the import. A new person's line starts on their start date (as the
// seeds write it). A moved person's open line ends the day before the effective date and a new
// one opens on it; an open line that itself starts on or after that date (made earlier the same
// day, say) is corrected in place rather than closed before it began.

type Tx = Prisma.TransactionClient;

export async function recordReportingLines(
  tx: Tx,
  { created, moved, effectiveDate, changedById }: { created: ResolvedPerson[]; moved: ResolvedPerson[]; effectiveDate: string; changedById: number },
): Promise<number> {
  let written = 0;
  if (created.length > 0) {
    written += await tx.$executeRaw`
      INSERT INTO "ReportingLine" ("personId", "managerId", "teamId", "effectiveFrom", "changedById")
      SELECT id, manager, team, start, ${changedById}::int
      FROM unnest(${created.map((r) => r.id)}::int[], ${created.map((r) => r.managerId)}::int[], ${created.map((r) => r.teamId)}::int[],
                  ${created.map((r) => r.person.startDate)}::date[]) AS t(id, manager, team, start)`;
  }
  if (moved.length === 0) return written;

  const ids = moved.map((r) => r.id);
  const managers = moved.map((r) => r.managerId);
  const teams = moved.map((r) => r.teamId);
  await tx.$executeRaw`
    UPDATE "ReportingLine" r SET "managerId" = t.manager, "teamId" = t.team, "changedById" = ${changedById}::int
    FROM unnest(${ids}::int[], ${managers}::int[], ${teams}::int[]) AS t(id, manager, team)
    WHERE r."personId" = t.id AND r."effectiveTo" IS NULL AND r."effectiveFrom" >= ${effectiveDate}::date`;
  await tx.$executeRaw`
    UPDATE "ReportingLine" SET "effectiveTo" = ${effectiveDate}::date - 1
    WHERE "personId" = ANY(${ids}::int[]) AND "effectiveTo" IS NULL AND "effectiveFrom" < ${effectiveDate}::date`;
  written += await tx.$executeRaw`
    INSERT INTO "ReportingLine" ("personId", "managerId", "teamId", "effectiveFrom", "changedById")
    SELECT t.id, t.manager, t.team, ${effectiveDate}::date, ${changedById}::int
    FROM unnest(${ids}::int[], ${managers}::int[], ${teams}::int[]) AS t(id, manager, team)
    WHERE NOT EXISTS (SELECT 1 FROM "ReportingLine" r WHERE r."personId" = t.id AND r."effectiveTo" IS NULL)`;
  return written;
}
