import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { chosenManager, filterOptions, managerOptions, MANAGER_OPTIONS } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { attachToTree } from "@/lib/org/closure";
import { buildDashboardOrg } from "../factories/dashboard-org";
import { refusal } from "../support/refusal";

// The "people under" pickers (dashboard filters, reports page): managers in the viewer's scope,
// nearest the top first, found by name or title; never anyone outside the scope.

let p: Record<string, number>;
let a: Record<string, Actor>;
const names = (options: Array<{ name: string }>) => options.map((option) => option.name);

beforeAll(async () => {
  ({ people: p, actors: a } = await buildDashboardOrg());
  await db().person.update({ where: { id: p.nat! }, data: { title: "Engineering Manager, Payments" } });
});

describe("manager options", () => {
  it("lists the VPE the managers below her, directors first, then by name, never herself", async () => {
    expect(names(await managerOptions({ actor: a.vera!, input: {} }))).toEqual(["dana", "dario", "max", "mia", "nat"]);
    expect(names((await filterOptions({ actor: a.vera! })).managers)).toEqual(["dana", "dario", "max", "mia", "nat"]);
  });

  it("lists a director only the managers of his subtree, whatever he searches for", async () => {
    expect(names(await managerOptions({ actor: a.dana!, input: {} }))).toEqual(["mia", "nat"]);
    expect(names(await managerOptions({ actor: a.dana!, input: { q: "max" } }))).toEqual([]);
    expect(await chosenManager({ actor: a.dana!, id: p.max! })).toBeNull();
    expect(await chosenManager({ actor: a.dana!, id: p.mia! })).toMatchObject({ id: p.mia, name: "mia" });
    expect(await chosenManager({ actor: a.dana!, id: p.dana! })).toMatchObject({ id: p.dana, name: "dana" });
  });

  it("finds managers by name or title, case-insensitively, taking % and _ literally", async () => {
    // Titles here are the roles ("MANAGER"), and nat's "Engineering Manager, Payments".
    expect(names(await managerOptions({ actor: a.vera!, input: { q: "MAx" } }))).toEqual(["max"]);
    expect(names(await managerOptions({ actor: a.vera!, input: { q: "manager" } }))).toEqual(["max", "mia", "nat"]);
    expect(names(await managerOptions({ actor: a.vera!, input: { q: "payments" } }))).toEqual(["nat"]);
    expect(await managerOptions({ actor: a.vera!, input: { q: "%" } })).toEqual([]);
    expect(await managerOptions({ actor: a.vera!, input: { q: "d_na" } })).toEqual([]);
  });

  it("lists at most MANAGER_OPTIONS, and search reaches the rest", async () => {
    const many = [];
    for (let i = 0; i < MANAGER_OPTIONS + 5; i++) {
      const manager = await db().person.create({ data: { name: `zz manager ${String(i).padStart(3, "0")}`, email: `zz${i}@x.example`, startDate: new Date("2025-01-01"), managerId: p.dario! } });
      const report = await db().person.create({ data: { name: `zz report ${i}`, email: `zzr${i}@x.example`, startDate: new Date("2025-01-01"), managerId: manager.id } });
      many.push(manager, report);
    }
    for (const person of many) await attachToTree(db(), person.id, person.managerId);
    const first = await managerOptions({ actor: a.vera!, input: {} });
    expect(first).toHaveLength(MANAGER_OPTIONS);
    expect(names(first).slice(0, 2)).toEqual(["dana", "dario"]);
    expect(names(await managerOptions({ actor: a.vera!, input: { q: "zz manager 054" } }))).toEqual(["zz manager 054"]);
  });

  it("refuses roles without the dashboard, and a search over 100 characters", async () => {
    expect((await refusal(managerOptions({ actor: a.mia!, input: {} }))).code).toBe("NOT_FOUND");
    const long = await refusal(managerOptions({ actor: a.vera!, input: { q: "x".repeat(101) } }));
    expect(long.code).toBe("UNPROCESSABLE");
    expect(long.fields).toEqual({ q: ["At most 100 characters"] });
  });
});
