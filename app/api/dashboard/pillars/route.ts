import { filtersFromSearch } from "@/lib/dashboard/filters";
import { pillarCards } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The four pillar scores and the engagement index for a quarter and the one before (filters in the query string). */
export const GET = withActor(async (actor, request) => pillarCards({ actor, input: filtersFromSearch(new URL(request.url).searchParams) }));
