import { withActor } from "@/lib/http/route";
import { reviewQueue } from "@/lib/risks/queries";

export const dynamic = "force-dynamic";

/** Reviews due and mitigations overdue (what components/risks/review-queue.tsx reads); the read is audited. */
export const GET = withActor(async (actor, request) => reviewQueue({ actor, requestId: request.headers.get("x-request-id") }));
