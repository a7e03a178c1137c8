import { withActor } from "@/lib/http/route";
import { skillPersonOptions } from "@/lib/skills/queries";
import { ZPersonQuery } from "@/lib/skills/schemas";

export const dynamic = "force-dynamic";

/** People in scope an item may be recorded for, matching ?q= by name, work email or employee id; skills:write. */
export const GET = withActor(async (actor, request) => {
  const { q } = ZPersonQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return skillPersonOptions({ actor, q });
});
