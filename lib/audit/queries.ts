import type { Actor } from "@/lib/auth/actor";
import { can, requirePermission } from "@/lib/auth/permissions";
import { addDays, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilters } from "./schemas";
import { containsText, startsWithText } from "@/lib/search";

export const AUDIT_PAGE_SIZE = 50;

/** Audit targets that would say who has a retention risk. */
const RISK_ENTITIES = ["RetentionRisk", "RiskMitigation", "RiskHistory"];

/**
 * Newest first, keyset-paged by id (`before`), filtered on indexed columns. ADMIN only. The log
 * must not become a side door to risk data: events about anyone's risks show no people or target
 * ids to a reader without risk access, and nobody sees events whose subjects include themselves.
 */
export async function listAuditEvents({ actor, filters }: { actor: Actor; filters: TAuditFilters }) {
  requirePermission(actor, "audit:read");
  const where: Prisma.AuditEventWhereInput = {
    ...(actor.personId !== null ? { NOT: { subjectIds: { has: actor.personId } } } : {}),
    ...(filters.action ? { action: startsWithText(filters.action) } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actor ? { actor: { is: { email: containsText(filters.actor.toLowerCase()) } } } : {}),
    ...(filters.before ? { id: { lt: filters.before } } : {}),
    at: {
      ...(filters.from ? { gte: parseDate(filters.from) } : {}),
      ...(filters.to ? { lt: addDays(parseDate(filters.to), 1) } : {}),
    },
  };
  const events = await db().auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      changedFields: true,
      before: true,
      after: true,
      subjectIds: true,
      ip: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const seesRisks = can(actor.roles, "risk:read");
  const page = events
    .slice(0, AUDIT_PAGE_SIZE)
    .map((event) => (seesRisks || !RISK_ENTITIES.includes(event.entityType) ? event : { ...event, entityId: null, subjectIds: [], before: null, after: null }));
  return { events: page, nextBefore: events.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}
