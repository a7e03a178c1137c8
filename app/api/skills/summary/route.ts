import { withActor } from "@/lib/http/route";
import { skillsSummary } from "@/lib/skills/queries";

export const dynamic = "force-dynamic";

/** Counts by kind and status over the actor's scope; skills:read. */
export const GET = withActor(async (actor) => skillsSummary({ actor }));
