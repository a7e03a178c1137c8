import { filtersFromSearch } from "@/lib/dashboard/filters";
import { attritionSummary } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Attrition, regrettable and voluntary, this quarter and the one before. */
export const GET = withActor(async (actor, request) => attritionSummary({ actor, input: filtersFromSearch(new URL(request.url).searchParams) }));
