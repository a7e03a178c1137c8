import { idParam, withActor } from "@/lib/http/route";
import { getPersonSummary } from "@/lib/people/queries";

export const dynamic = "force-dynamic";

export const GET = withActor<{ id: string }>((actor, _request, params) => getPersonSummary({ actor, personId: idParam(params.id) }));
