import { performance } from "node:perf_hooks";
import type { Actor } from "../lib/auth/actor";
import { db } from "../lib/db";
import { listPeople } from "../lib/people/queries";
import { ZPeopleQuery } from "../lib/people/schemas";

// `DATABASE_URL=… npx tsx scripts/bench-people.ts [--runs 50]` on a generated org
// (npm run db:seed:large): the people directory's search, sort and paging, as the VPE (whole
// org) and as a director (a subtree), timed over repeated runs. Prints p50 and p95 in ms.

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 50;

async function actorWithRole(role: "VPE" | "DIRECTOR"): Promise<Actor> {
  const user = await db().user.findFirstOrThrow({ where: { roles: { has: role }, active: true }, orderBy: { id: "asc" } });
  return { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function main(): Promise<void> {
  const people = await db().person.count();
  console.log(`${people} people; ${runs} runs per case`);
  const cases: Array<[string, "VPE" | "DIRECTOR", Record<string, string>]> = [
    ["first page, by name", "VPE", {}],
    ["search 'engineer' (title)", "VPE", { q: "engineer" }],
    ["search a name fragment", "VPE", { q: "ana" }],
    ["sorted by team, page 40", "VPE", { sort: "team", page: "40" }],
    ["director's subtree, search", "DIRECTOR", { q: "a" }],
    ["level E3, 365+ days in level", "VPE", { level: "E3", minDaysInLevel: "365" }],
    ["readiness READY", "VPE", { readiness: "READY" }],
    ["track + subtree", "DIRECTOR", { track: "ic", under: "2" }],
  ];
  for (const [label, role, params] of cases) {
    const actor = await actorWithRole(role);
    const query = ZPeopleQuery.parse(params);
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      total = (await listPeople({ actor, query })).total;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(30)} ${String(total).padStart(5)} matches  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
