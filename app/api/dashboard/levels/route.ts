import { filtersFromSearch } from "@/lib/dashboard/filters";
import { levelDistribution } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** People by level at the end of the quarter and their mean time in level. */
export const GET = withActor(async (actor, request) => levelDistribution({ actor, input: filtersFromSearch(new URL(request.url).searchParams) }));
