import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { writableTeams } from "./access";
import { currentMonth } from "./queries";
import { monthOf, monthStart, saveTeamMonthSchema, ZDeleteTeamMonth, type TDeleteTeamMonth, type TSaveTeamMonth } from "./schemas";

// Entering a team's monthly flow metrics by hand (quality:write, teams in the writer's scope).
// A month is keyed by (team, month): saving a month that exists needs the version the form
// read, so a second editor's stale save is refused instead of overwriting the first.

const notFound = () => new AppError("NOT_FOUND", "Not found");
const STALE = "Someone changed this month's figures after you opened them. Reload to see them, then make your change again.";
const TAKEN = "This month already has figures. Reload and edit them instead.";

const VALUE_FIELDS = ["deployments", "deployDays", "leadTimeHours", "failedDeployments", "timeToRestoreHours", "incidents"] as const;
type Values = Record<(typeof VALUE_FIELDS)[number], number>;
const valuesOf = (row: Values): Values => Object.fromEntries(VALUE_FIELDS.map((field) => [field, row[field]])) as Values;
const sameValues = (a: Values, b: Values) => VALUE_FIELDS.every((field) => a[field] === b[field]);

async function findWritableTeam(tx: Prisma.TransactionClient, actor: Actor, teamId: number) {
  const team = await tx.team.findFirst({ where: { AND: [{ id: teamId }, writableTeams(actor)] }, select: { id: true } });
  if (!team) throw notFound();
  return team;
}

export type SavedMonth = { teamId: number; month: string; version: number; created: boolean };

/**
 * Adds a month (no version) or updates it (the version read). Adding the same figures twice —
 * a double click — answers with the month already there; different figures are refused.
 */
export async function saveTeamMonth({ actor, input, ip }: { actor: Actor; input: TSaveTeamMonth; ip?: string | null }): Promise<SavedMonth> {
  requirePermission(actor, "quality:write");
  const { teamId, version, month, ...fields } = parseOrRefuse(saveTeamMonthSchema(await currentMonth()), input);
  const values = valuesOf(fields);
  try {
    return await db().$transaction(async (tx) => {
      await findWritableTeam(tx, actor, teamId);
      const key = { teamId, month: monthStart(month) };
      const before = await tx.teamMonthlyMetric.findUnique({ where: { teamId_month: key } });
      const audit = { actorId: actor.userId, entityType: "TeamMonthlyMetric", ip };
      if (!before) {
        if (version !== undefined) throw new AppError("CONFLICT", "These figures were deleted meanwhile. Reload to add the month again.");
        const created = await tx.teamMonthlyMetric.create({ data: { ...key, ...values, source: "MANUAL" } });
        await recordAudit({ ...audit, action: "quality.month.create", entityId: created.id, after: { teamId, month, ...values, source: "MANUAL" } }, tx);
        return { teamId, month, version: created.version, created: true };
      }
      if (version === undefined) {
        if (sameValues(before, values)) return { teamId, month, version: before.version, created: false };
        throw new AppError("CONFLICT", TAKEN);
      }
      const { count } = await tx.teamMonthlyMetric.updateMany({
        where: { id: before.id, version },
        data: { ...values, source: "MANUAL", version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", STALE);
      await recordAudit({
        ...audit, action: "quality.month.update", entityId: before.id,
        before: { teamId, month, ...valuesOf(before), source: before.source }, after: { teamId, month, ...values, source: "MANUAL" },
      }, tx);
      return { teamId, month, version: version + 1, created: false };
    });
  } catch (error) {
    // Two first saves of the same month at once: the loser sees the winner's row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", TAKEN);
    throw error;
  }
}

/** Removes a month's figures, given the version read. */
export async function deleteTeamMonth({ actor, input, ip }: { actor: Actor; input: TDeleteTeamMonth; ip?: string | null }): Promise<void> {
  requirePermission(actor, "quality:write");
  const { teamId, month, version } = parseOrRefuse(ZDeleteTeamMonth, input);
  await db().$transaction(async (tx) => {
    await findWritableTeam(tx, actor, teamId);
    const before = await tx.teamMonthlyMetric.findUnique({ where: { teamId_month: { teamId, month: monthStart(month) } } });
    if (!before) throw notFound();
    const { count } = await tx.teamMonthlyMetric.deleteMany({ where: { id: before.id, version } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await recordAudit({
      actorId: actor.userId, action: "quality.month.delete", entityType: "TeamMonthlyMetric", entityId: before.id, ip,
      before: { teamId, month: monthOf(before.month), ...valuesOf(before), source: before.source },
    }, tx);
  });
}
