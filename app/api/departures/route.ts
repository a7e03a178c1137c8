import { listDepartures } from "@/lib/departures/queries";
import { ZDepartureFilters } from "@/lib/departures/schemas";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Departures in the actor's scope (?quarter=FY2027-Q1&voluntary=true&regrettable=false). */
export const GET = withActor(async (actor, request) => {
  const filters = ZDepartureFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  return listDepartures({ actor, filters });
});
