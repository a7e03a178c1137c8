import { myActionItems } from "@/lib/check-ins/queries";
import { withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** "My growth": the action items raised about the signed-in person. */
export const GET = withActor(async (actor) => myActionItems({ actor }));
