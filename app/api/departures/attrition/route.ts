import { attritionByQuarter } from "@/lib/departures/queries";
import { ZAttritionQuery } from "@/lib/departures/schemas";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Attrition for the last four fiscal quarters, over the actor's scope or below ?under=<personId>. */
export const GET = withActor(async (actor, request) => {
  const { under } = ZAttritionQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return attritionByQuarter({ actor, rootPersonId: under });
});
