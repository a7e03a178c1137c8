import { filtersFromSearch } from "@/lib/dashboard/filters";
import { riskSummary } from "@/lib/dashboard/queries";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open retention risks by level in the actor's scope: counts only, which are not risk reads. */
export const GET = withActor(async (actor, request) => riskSummary({ actor, input: filtersFromSearch(new URL(request.url).searchParams) }));
