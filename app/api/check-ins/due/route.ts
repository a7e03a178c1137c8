import { requirePermission } from "@/lib/auth/permissions";
import { dueList } from "@/lib/check-ins/due";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The signed-in manager's due list (what components/check-ins/due-list.tsx reads). */
export const GET = withActor(async (actor) => {
  requirePermission(actor, "checkin:read");
  return dueList({ actor });
});
