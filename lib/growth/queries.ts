import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { currentLevel } from "@/lib/levels/queries";

/**
 * "My growth": the signed-in person's level and what it and the next level expect, per
 * competency. Only ever about the actor's own linked person.
 */
export async function myLevelOverview({ actor }: { actor: Actor }) {
  if (actor.personId === null) return null;
  const current = await currentLevel(actor.personId);
  if (!current) return { current: null, next: null, competencies: [] };
  const next = await db().level.findFirst({
    where: { trackId: current.level.trackId, rank: current.level.rank + 1 },
    select: { id: true, code: true, name: true, summary: true },
  });
  const competencies = await db().competency.findMany({
    where: { trackId: current.level.trackId },
    orderBy: { position: "asc" },
    select: {
      id: true, name: true, pillar: true, domain: true,
      expectations: { where: { levelId: { in: [current.levelId, ...(next ? [next.id] : [])] } }, select: { levelId: true, text: true } },
    },
  });
  return {
    current: { code: current.level.code, name: current.level.name, summary: current.level.summary, since: current.effectiveFrom },
    next,
    competencies: competencies.map((c) => ({
      id: c.id, name: c.name, pillar: c.pillar, domain: c.domain,
      now: c.expectations.find((e) => e.levelId === current.levelId)?.text ?? null,
      next: next ? (c.expectations.find((e) => e.levelId === next.id)?.text ?? null) : null,
    })),
  };
}
