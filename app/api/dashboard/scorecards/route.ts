import { filtersFromSearch } from "@/lib/dashboard/filters";
import { scorecards } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Scorecards of the managers directly below `parent` (default: the chosen subtree, the director, or the VPE), each over everyone below them. */
export const GET = withActor(async (actor, request) => {
  const params = new URL(request.url).searchParams;
  return scorecards({ actor, input: { ...filtersFromSearch(params), parent: params.get("parent") || undefined } });
});
