import { withActor } from "@/lib/http/route";
import { teamsWithBands } from "@/lib/quality/queries";

export const dynamic = "force-dynamic";

/** Every team in the actor's scope with its DORA metrics and band over the last three complete months (quality:read). */
export const GET = withActor(async (actor) => teamsWithBands({ actor, months: 3 }));
