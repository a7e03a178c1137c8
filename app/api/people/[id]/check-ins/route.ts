import { checkInHistory } from "@/lib/check-ins/queries";
import { idParam, withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** A person's submitted check-ins, oldest first, for the timeline and its chart. */
export const GET = withActor<{ id: string }>(async (actor, _request, params) => checkInHistory({ actor, personId: idParam(params.id) }));
