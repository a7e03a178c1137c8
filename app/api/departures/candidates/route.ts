import { departureCandidates } from "@/lib/departures/queries";
import { ZCandidateQuery } from "@/lib/departures/schemas";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** People a departure may be recorded for (VPE, HR), matching ?q= by name, email or employee id. */
export const GET = withActor(async (actor, request) => {
  const { q } = ZCandidateQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return departureCandidates({ actor, q });
});
