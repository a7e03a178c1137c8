import { withActor } from "@/lib/http/route";
import { listReports } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

/** The reports the actor may see, newest first, with the status of those still being generated. */
export const GET = withActor(async (actor) => listReports({ actor }));
