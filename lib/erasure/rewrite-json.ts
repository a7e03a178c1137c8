import type { Prisma } from "@/lib/generated/prisma/client";
import { eraseFields, eraseFreeText, jsonTextNeedles, nameMatcher, replaceNames } from "./scrub";
import type { AuditedRecords, Tx } from "./types";

// Report snapshots and the audit log are frozen copies, so the person's names live on inside
// their JSON. Both are rewritten here — the one code path that changes an audit event, as
// erasure requires. Postgres picks the candidate rows (a text search over `jsonb::text`, no
// JSON escaping pitfalls since nothing is replaced in SQL); JS then rewrites string values
// structurally, which keeps the JSON valid whatever quotes or backslashes a name contains.

const BATCH = 200;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function rewriteSnapshots(tx: Tx, formerNames: readonly string[], replacement: string): Promise<number> {
  const matcher = nameMatcher(formerNames);
  if (!matcher) return 0;
  const candidates = await tx.$queryRaw<Array<{ id: number }>>`
    SELECT id FROM "ReportSnapshot"
    WHERE data IS NOT NULL
      AND EXISTS (SELECT 1 FROM unnest(${jsonTextNeedles(formerNames)}::text[]) AS n WHERE strpos(lower(data::text), n) > 0)`;
  let rewritten = 0;
  for (const ids of chunks(candidates.map((row) => row.id), BATCH)) {
    const rows = await tx.reportSnapshot.findMany({ where: { id: { in: ids } }, select: { id: true, data: true } });
    for (const row of rows) {
      const data = replaceNames(row.data, matcher, replacement);
      if (same(data, row.data)) continue;
      await tx.reportSnapshot.update({ where: { id: row.id }, data: { data: data as Prisma.InputJsonValue } });
      // The rendered files still hold the old names; a download renders them again from the rewritten JSON.
      await tx.reportFile.deleteMany({ where: { snapshotId: row.id } });
      rewritten += 1;
    }
  }
  return rewritten;
}

export type AuditRewrite = {
  formerNames: readonly string[];
  replacement: string;
  /** Records whose audit payloads hold the person's free text (from the erasers). */
  audited: readonly AuditedRecords[];
  /** The erased login: its own events keep what it did but lose the client address. */
  userId: number | null;
};

export async function rewriteAuditEvents(tx: Tx, { formerNames, replacement, audited, userId }: AuditRewrite): Promise<number> {
  const matcher = nameMatcher(formerNames);
  const candidateIds = new Set<bigint>();
  if (matcher) {
    const byName = await tx.$queryRaw<Array<{ id: bigint }>>`
      SELECT id FROM "AuditEvent"
      WHERE (before IS NOT NULL OR after IS NOT NULL)
        AND EXISTS (
          SELECT 1 FROM unnest(${jsonTextNeedles(formerNames)}::text[]) AS n
          WHERE strpos(lower(coalesce(before::text, '')), n) > 0 OR strpos(lower(coalesce(after::text, '')), n) > 0)`;
    for (const row of byName) candidateIds.add(BigInt(row.id));
  }

  // Which records' payloads lose their free text, keyed "<entityType>:<entityId>".
  const rules = new Map<string, AuditedRecords[]>();
  for (const records of audited) {
    for (const ids of chunks(records.ids.map(String), 1000)) {
      const events = await tx.auditEvent.findMany({ where: { entityType: records.entityType, entityId: { in: ids } }, select: { id: true } });
      for (const event of events) candidateIds.add(event.id);
    }
    for (const id of records.ids) {
      const key = `${records.entityType}:${id}`;
      rules.set(key, [...(rules.get(key) ?? []), records]);
    }
  }

  const scrub = (value: unknown, recordRules: readonly AuditedRecords[]) => {
    let next = value;
    for (const rule of recordRules) next = rule.fields ? eraseFields(next, rule.fields) : eraseFreeText(next);
    return replaceNames(next, matcher, replacement);
  };

  let rewritten = 0;
  for (const ids of chunks([...candidateIds], BATCH)) {
    const events = await tx.auditEvent.findMany({
      where: { id: { in: ids } },
      select: { id: true, entityType: true, entityId: true, before: true, after: true },
    });
    for (const event of events) {
      const recordRules = rules.get(`${event.entityType}:${event.entityId}`) ?? [];
      const before = scrub(event.before, recordRules);
      const after = scrub(event.after, recordRules);
      if (same(before, event.before) && same(after, event.after)) continue;
      await tx.auditEvent.update({
        where: { id: event.id },
        data: {
          ...(event.before === null ? {} : { before: before as Prisma.InputJsonValue }),
          ...(event.after === null ? {} : { after: after as Prisma.InputJsonValue }),
        },
      });
      rewritten += 1;
    }
  }

  if (userId !== null) await tx.auditEvent.updateMany({ where: { actorId: userId, ip: { not: null } }, data: { ip: null } });
  return rewritten;
}
