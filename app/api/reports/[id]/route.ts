import { withActor } from "@/lib/http/route";
import { reportStatus } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

/** One report's status and progress (polled by its page while it is generated); not its data. */
export const GET = withActor<{ id: string }>(async (actor, _request, { id }) => reportStatus({ actor, id }));
