import type { Actor } from "@/lib/auth/actor";
import { mySkillItems } from "@/lib/skills/queries";
import { SkillItemList } from "./skill-item-list";

/** "My growth": what I am learning and trying, as my manager recorded it (read only). */
export async function MySkills({ actor }: { actor: Actor }) {
  const items = await mySkillItems({ actor });
  return (
    <section aria-labelledby="my-skills-heading" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="my-skills-heading" className="mb-3 text-lg font-semibold">My learning and experiments</h2>
      {items.length > 0 ? <SkillItemList items={items} linked={false} /> : (
        <p className="text-sm text-slate-600">Nothing recorded yet. Agree a learning goal or an experiment with your manager; they record it here.</p>
      )}
    </section>
  );
}
