import { type AuditInput, auditRow } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExistingPerson } from "./types";
import type { ResolvedPerson } from "./write";

// Every person and team the import creates or changes gets its own audit event, as any edit in
// the directory would (so the erasure of a person finds them by entity id), written in one
// statement. One more event summarises the import with counts only. All share a request id.

type Tx = Prisma.TransactionClient;

const AUDITED_FIELDS = ["employeeId", "email", "name", "title", "managerId", "teamId", "location", "region", "originCompany", "startDate"] as const;

function stored(row: ResolvedPerson): Record<(typeof AUDITED_FIELDS)[number], unknown> {
  const { person } = row;
  return {
    employeeId: person.employeeId,
    email: person.email,
    name: person.name,
    title: person.title,
    managerId: row.managerId,
    teamId: row.teamId,
    location: person.location,
    region: person.region,
    originCompany: person.originCompany,
    startDate: person.startDate,
  };
}

/** Audit inputs for the people written: everything for a new person, only the changed fields for an update. */
export function personAuditInputs(rows: ResolvedPerson[], existingById: Map<number, ExistingPerson>, actorId: number): AuditInput[] {
  return rows.map((row) => {
    const after = stored(row);
    const previous = existingById.get(row.id);
    if (!previous) return { actorId, action: "person.create", entityType: "Person", entityId: row.id, after };
    const before: Record<string, unknown> = { ...previous };
    const changed = AUDITED_FIELDS.filter((field) => before[field] !== after[field]);
    return {
      actorId,
      action: "person.update",
      entityType: "Person",
      entityId: row.id,
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
    };
  });
}

export async function insertAuditEvents(tx: Tx, inputs: AuditInput[], requestId: string, ip: string | null): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map((input) => auditRow({ ...input, requestId, ip }));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", "changedFields", before, after, "subjectIds", "requestId", ip)
    SELECT "actorId", action, "entityType", "entityId", "changedFields", before, after, "subjectIds", "requestId", ip
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS t("actorId" int, action text, "entityType" text, "entityId" text,
      "changedFields" text[], before jsonb, after jsonb, "subjectIds" int[], "requestId" text, ip text)`;
}
