import { withActor } from "@/lib/http/route";
import { riskRegister } from "@/lib/risks/queries";
import { registerFiltersOf } from "@/lib/risks/filters";

export const dynamic = "force-dynamic";

/** The risk register (what components/risks/register-table.tsx reads); the read is audited. */
export const GET = withActor(async (actor, request) => {
  const filters = registerFiltersOf(new URL(request.url).searchParams);
  return riskRegister({ actor, filters, page: filters.page, requestId: request.headers.get("x-request-id") });
});
