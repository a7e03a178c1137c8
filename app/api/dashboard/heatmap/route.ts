import { filtersFromSearch } from "@/lib/dashboard/filters";
import { heatmap } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Teams × pillars for the quarter (filters in the query string). */
export const GET = withActor(async (actor, request) => heatmap({ actor, input: filtersFromSearch(new URL(request.url).searchParams) }));
