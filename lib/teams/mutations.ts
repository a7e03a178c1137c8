import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { resolvePersonRef } from "@/lib/people/resolve";
import type { TCreateTeam, TUpdateTeam } from "./schemas";

// Teams and their owners (ADMIN, HR partners). Quality metrics attach to teams.

async function ownerId(tx: Prisma.TransactionClient, ref: string | null): Promise<number | null> {
  return ref === null ? null : (await resolvePersonRef(tx, ref, "owner")).id;
}

async function assertNameFree(tx: Prisma.TransactionClient, name: string, teamId: number | null) {
  const clash = await tx.team.findFirst({ where: { name: { equals: name, mode: "insensitive" }, id: teamId ? { not: teamId } : undefined } });
  if (clash) throw new AppError("UNPROCESSABLE", "Some fields need attention.", { name: ["Another team has this name"] });
}

export async function createTeam({ actor, input, ip }: { actor: Actor; input: TCreateTeam; ip?: string | null }): Promise<number> {
  requirePermission(actor, "people:write");
  return db().$transaction(async (tx) => {
    await assertNameFree(tx, input.name, null);
    const team = await tx.team.create({ data: { name: input.name, originCompany: input.originCompany, ownerId: await ownerId(tx, input.owner) } });
    await recordAudit({ actorId: actor.userId, action: "team.create", entityType: "Team", entityId: team.id, after: { name: team.name, ownerId: team.ownerId }, ip }, tx);
    return team.id;
  });
}

export async function updateTeam({ actor, input, ip }: { actor: Actor; input: TUpdateTeam; ip?: string | null }): Promise<void> {
  requirePermission(actor, "people:write");
  await db().$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: input.teamId } });
    if (!before) throw new AppError("NOT_FOUND", "Not found");
    await assertNameFree(tx, input.name, before.id);
    const data = { name: input.name, originCompany: input.originCompany, ownerId: await ownerId(tx, input.owner) };
    const { count } = await tx.team.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "Someone else changed this team meanwhile. Reload the page and try again.");
    await recordAudit(
      { actorId: actor.userId, action: "team.update", entityType: "Team", entityId: before.id,
        before: { name: before.name, originCompany: before.originCompany, ownerId: before.ownerId }, after: data, ip },
      tx,
    );
  });
}
