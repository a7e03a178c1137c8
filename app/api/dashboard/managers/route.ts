import { managerOptions } from "@/lib/dashboard/queries";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Managers in the actor's scope for the "people under" pickers (?q= by name or title), nearest the top first. */
export const GET = withActor(async (actor, request) => managerOptions({ actor, input: Object.fromEntries(new URL(request.url).searchParams) }));
