import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { personSkillItems } from "@/lib/skills/queries";
import { SkillItemList } from "./skill-item-list";

/**
 * The person page's learning and experiments: for readers whose scope holds the person, and for
 * the person themselves (read only). Renders nothing for anyone else; writers in scope get a
 * link to record one even when there is none yet.
 */
export async function PersonSkills({ actor, personId }: { actor: Actor; personId: number }) {
  const self = actor.personId === personId;
  const items = await personSkillItems({ actor, personId });
  const writer = !self && can(actor.roles, "skills:write");
  if (items.length === 0 && !writer) return null;
  // A reader of the skills pages who is not the person may open each item there.
  const linked = !self && can(actor.roles, "skills:read");
  return (
    <section aria-labelledby="person-skills-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="person-skills-heading" className="text-lg font-semibold">Learning and experiments</h2>
        {linked && items.length > 0 && <Link href={`/skills?personId=${personId}`} className="text-sm text-brand-700 underline">Open in Skills</Link>}
      </div>
      {items.length > 0 ? <SkillItemList items={items} linked={linked} /> : (
        <p className="text-sm text-slate-600">Nothing recorded yet. <Link href="/skills#new-heading" className="text-brand-700 underline">Record a learning item or an experiment</Link>.</p>
      )}
    </section>
  );
}
