import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ERASERS } from "./erasers";
import { eraseIdentity } from "./identity";
import { hasDeparted } from "./retention";
import { rewriteAuditEvents, rewriteSnapshots } from "./rewrite-json";
import { formerEmployeeName } from "./scrub";
import type { AuditedRecords, ErasureContext } from "./types";

// The erasure itself, in one transaction: every feature's eraser, then the identity, then the
// frozen copies (report snapshots, audit log) rewritten from the former names, then one audit
// event that names only the person's id. No permission check here: callers are erasePerson
// (ADMIN) and eraseDuePeople (the retention job).

export type EraseResult = {
  personId: number;
  /** False when nothing was done: the person was already erased (erasure is idempotent). */
  erased: boolean;
};

export type ErasureRequest = {
  /** The user who asked, or null for the retention job. */
  actorId: number | null;
  personId: number;
  now: Date;
  /** For the retention job: skip the person unless their end date is still before this. */
  endedBefore?: Date;
  ip?: string | null;
  requestId?: string | null;
};

// The audit log and snapshots are scanned whole, which outlasts Prisma's 5 s default on a
// large install; a long erasure only holds locks on the rows it rewrites.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10 * 60_000 };

export async function runErasure({ actorId, personId, now, endedBefore, ip, requestId }: ErasureRequest): Promise<EraseResult> {
  return db().$transaction(async (tx) => {
    // Locks the person: a concurrent erasure (a double click, the daily job) waits, then sees erasedAt.
    const locked = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM "Person" WHERE id = ${personId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "Not found");
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { name: true, email: true, endDate: true, erasedAt: true },
    });
    if (person.erasedAt) return { personId, erased: false };
    if (endedBefore && !(person.endDate && person.endDate < endedBefore)) return { personId, erased: false };

    const org = await tx.organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true } });
    if (!hasDeparted(person.endDate, now, org?.timeZone ?? "UTC")) {
      throw new AppError("UNPROCESSABLE", "Only a departed person can be erased: record their departure, and erase them after their last day.");
    }

    const context: ErasureContext = { tx, personId, now };
    const audited: AuditedRecords[] = [];
    for (const eraser of ERASERS) audited.push(...(await eraser.erase(context)));
    const identity = await eraseIdentity(context, person);
    audited.push(...identity.audited);

    const replacement = formerEmployeeName(personId);
    const snapshotsRewritten = await rewriteSnapshots(tx, identity.formerNames, replacement);
    const auditEventsRewritten = await rewriteAuditEvents(tx, { formerNames: identity.formerNames, replacement, audited, userId: identity.userId });

    // Written last so the rewrite never touches it; it carries counts, never the erased content.
    await recordAudit(
      {
        actorId,
        action: "person.erase",
        entityType: "Person",
        entityId: personId,
        after: { automatic: actorId === null, snapshotsRewritten, auditEventsRewritten },
        ip,
        requestId,
      },
      tx,
    );
    return { personId, erased: true };
  }, TRANSACTION_OPTIONS);
}
