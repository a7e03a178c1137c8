import { filtersFromSearch } from "@/lib/dashboard/filters";
import { coverageSummary } from "@/lib/dashboard/widgets";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** On-time check-ins ÷ due this quarter to date, overall and the managers lowest on it. */
export const GET = withActor(async (actor, request) => coverageSummary({ actor, input: filtersFromSearch(new URL(request.url).searchParams) }));
