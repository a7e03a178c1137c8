import { checkInActionItems } from "@/lib/check-ins/queries";
import { idParam, withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The action items of a check-in's form: raised in it and carried from earlier ones. */
export const GET = withActor<{ id: string }>(async (actor, _request, params) => checkInActionItems({ actor, checkInId: idParam(params.id) }));
