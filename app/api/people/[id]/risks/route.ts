import { idParam, withActor } from "@/lib/http/route";
import { getPersonSummary } from "@/lib/people/queries";
import { listRisksForPerson } from "@/lib/risks/queries";

export const dynamic = "force-dynamic";

// The person must be visible first (404 otherwise); risks then follow their own, narrower rules.
export const GET = withActor<{ id: string }>(async (actor, request, params) => {
  const person = await getPersonSummary({ actor, personId: idParam(params.id) });
  return { risks: await listRisksForPerson({ actor, personId: person.id, requestId: request.headers.get("x-request-id") }) };
});
