import { withActor } from "@/lib/http/route";
import { skillFiltersOf } from "@/lib/skills/filters";
import { listSkillItems } from "@/lib/skills/queries";

export const dynamic = "force-dynamic";

/** Learning items and experiments in the actor's scope (?kind=&status=&teamId=&personId=&q=); skills:read. */
export const GET = withActor(async (actor, request) => listSkillItems({ actor, filters: skillFiltersOf(new URL(request.url).searchParams) }));
