import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TOrgSettings } from "./settings-schemas";

const STALE = "Someone else changed the settings meanwhile. Reload the page to see their change, then try again.";

export async function updateOrgSettings({ actor, input, ip }: { actor: Actor; input: TOrgSettings; ip?: string | null }): Promise<void> {
  requirePermission(actor, "org:manage");
  await db().$transaction(async (tx) => {
    const before = await tx.organization.findFirst();
    if (!before) throw new AppError("NOT_FOUND", "Not found");
    const data = {
      name: input.orgName,
      timeZone: input.timeZone,
      fiscalYearStartMonth: input.fiscalYearStartMonth,
      defaultCadence: input.defaultCadence,
      checkInGraceDays: input.checkInGraceDays,
      departedRetentionDays: input.departedRetentionDays,
      riskSignalThresholds: input.thresholds,
    };
    const { count } = await tx.organization.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    const previous = {
      name: before.name, timeZone: before.timeZone, fiscalYearStartMonth: before.fiscalYearStartMonth, defaultCadence: before.defaultCadence,
      checkInGraceDays: before.checkInGraceDays, departedRetentionDays: before.departedRetentionDays, riskSignalThresholds: before.riskSignalThresholds,
    };
    await recordAudit({ actorId: actor.userId, action: "org.update", entityType: "Organization", entityId: before.id, before: previous, after: data, ip }, tx);
  });
}
