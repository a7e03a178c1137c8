import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { createPublishedFramework, type LoadedFramework } from "@/lib/frameworks/load";
import type { Role } from "@/lib/generated/prisma/enums";
import { attachToTree } from "@/lib/org/closure";
import { truncateAllTables } from "../../prisma/seed/truncate";

// A small org for growth tests, on an emptied database: Vera (VPE) → Dana and Dario (directors)
// → Mia (manager, under Dana) → Eli; logins for each plus an HR partner and an admin.

export type GrowthOrg = { framework: LoadedFramework; people: Record<string, number>; actors: Record<string, Actor> };

export async function buildGrowthOrg(): Promise<GrowthOrg> {
  await truncateAllTables(db());
  const framework = await db().$transaction((tx) => createPublishedFramework(tx, DEFAULT_FRAMEWORK));
  const people: Record<string, number> = {};
  const actors: Record<string, Actor> = {};
  await db().$transaction(async (tx) => {
    for (const [name, manager] of [["vera", null], ["dana", "vera"], ["dario", "vera"], ["mia", "dana"], ["eli", "mia"]] as const) {
      const person = await tx.person.create({ data: { name, startDate: new Date("2024-01-01"), managerId: manager && people[manager] } });
      await attachToTree(tx, person.id, manager && people[manager]!);
      people[name] = person.id;
    }
  });
  const login = async (key: string, roles: Role[], personId: number | null) => {
    const user = await db().user.create({ data: { email: `${key}@test.local`, name: key, roles, personId } });
    actors[key] = { userId: user.id, email: user.email, name: key, roles, personId };
  };
  await login("vera", ["VPE"], people.vera!);
  await login("dana", ["DIRECTOR"], people.dana!);
  await login("dario", ["DIRECTOR"], people.dario!);
  await login("hr", ["HR_PARTNER"], null);
  await login("admin", ["ADMIN"], null);
  await login("mia", ["MANAGER"], people.mia!);
  return { framework, people, actors };
}
