import { filtersFromSearch } from "@/lib/dashboard/filters";
import { heatmap } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Teams × pillars for the quarter (filters in the query string): the lowest-scoring teams, or every team with `all=1`. */
export const GET = withActor(async (actor, request) => {
  const params = new URL(request.url).searchParams;
  return heatmap({ actor, input: { ...filtersFromSearch(params), all: params.get("all") || undefined } });
});
