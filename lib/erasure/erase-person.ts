import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { runErasure, type EraseResult } from "./run-erasure";

// Erasure of a departed person (DESIGN.md, "Rules that hold everywhere"): their names become
// "Former employee #id" everywhere — snapshots and audit log included — their free text is
// deleted and figures stay. What each feature erases is listed in ./erasers.ts.

/**
 * ADMIN only ("org:manage"; anyone else gets NOT_FOUND, like every permission refusal).
 * Unknown person → NOT_FOUND; not departed (no end date, or the end date is today or later)
 * → UNPROCESSABLE; already erased → no-op with `erased: false`, so a retry is harmless.
 */
export async function erasePerson({
  actor,
  personId,
  now = new Date(),
  ip,
  requestId,
}: {
  actor: Actor;
  personId: number;
  now?: Date;
  ip?: string | null;
  requestId?: string | null;
}): Promise<EraseResult> {
  requirePermission(actor, "org:manage");
  // Erasing oneself would close the very session asking for it; another admin must do it.
  if (actor.personId === personId) throw new AppError("UNPROCESSABLE", "You cannot erase yourself. Ask another admin.");
  return runErasure({ actorId: actor.userId, personId, now, ip, requestId });
}
