import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The audit trail: append-only (no code path updates or deletes an event). For sensitive
// fields — risk fields, private notes, assessment evidence — only the names of the changed
// fields are kept, never their values (DESIGN.md, "Rules that hold everywhere").

export const REDACTED_FIELDS: Record<string, readonly string[]> = {
  RetentionRisk: ["level", "factors", "regrettable", "notes", "nextReviewDate", "status"],
  RiskMitigation: ["action", "ownerId", "dueDate", "status"],
  /** The reason is read only by those who record departures; the audit log is read by admins. */
  Departure: ["reason"],
  CheckIn: ["privateNote"],
  AssessmentRating: ["evidence", "rating"],
  Assessment: ["summary"],
  User: ["passwordHash"],
};

export type AuditInput = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  subjectIds?: number[];
  requestId?: string | null;
  ip?: string | null;
};

function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}

function withoutRedacted(entityType: string, values: Record<string, unknown> | null | undefined) {
  if (!values) return undefined;
  const redacted = REDACTED_FIELDS[entityType] ?? [];
  return Object.fromEntries(Object.entries(values).filter(([key]) => !redacted.includes(key))) as Prisma.InputJsonObject;
}

/** Builds the row to store; exported for tests of the redaction rules. */
export function auditRow(input: AuditInput): Prisma.AuditEventUncheckedCreateInput {
  return {
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    changedFields: changedFields(input.before, input.after),
    before: withoutRedacted(input.entityType, input.before),
    after: withoutRedacted(input.entityType, input.after),
    subjectIds: input.subjectIds ?? [],
    requestId: input.requestId ?? null,
    ip: input.ip ?? null,
  };
}

/** Writes one audit event, inside the caller's transaction when one is given. */
export async function recordAudit(input: AuditInput, tx: Prisma.TransactionClient = db()): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(input) });
}
