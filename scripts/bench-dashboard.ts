import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { assertLocalDatabase } from "../prisma/seed/local-database";
import { buildForBench, machineLoad, report, requireBuild, send, signIn, spread, startServer, type BenchServer, type Jar } from "./bench-support";

// `npx tsx scripts/bench-dashboard.ts [--requests 300] [--concurrency 10] [--no-build]` on the
// generated org (npm run db:seed:large): every dashboard data route as the VPE (whole org) at 10
// concurrent clients, and the dashboard page with all its widgets at one client, over HTTP with
// real session cookies against a production build. Only the sign-ins write; they are undone.

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "300" },
    concurrency: { type: "string", default: "10" },
    "no-build": { type: "boolean", default: false },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(requests) || requests < 1) throw new Error("--requests must be a positive whole number");
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 100) throw new Error("--concurrency must be a whole number from 1 to 100");

const DATABASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/pillars_large";
const PASSWORD = process.env.BENCH_PASSWORD ?? "pillars-large";
const ROUTE_TARGET_MS = 150;
const PAGE_TARGET_MS = 400;
const WARMUP_PER_CLIENT = 3;

/**
 * The dashboard's data routes, as its widgets call them, and the "people under" picker's search;
 * the last is the check-ins page's coverage table, for comparison.
 */
const ROUTES = [
  "/api/dashboard/pillars", "/api/dashboard/heatmap", "/api/dashboard/scorecards", "/api/dashboard/levels",
  "/api/dashboard/coverage", "/api/dashboard/attrition", "/api/dashboard/risks", "/api/dashboard/managers?q=engineering",
  "/api/check-ins/coverage",
];

async function main(): Promise<void> {
  assertLocalDatabase(DATABASE_URL);
  const sql = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  let server: BenchServer | undefined;
  const mark = (await sql.query<{ audit: string }>(`SELECT coalesce(max(id), 0)::text AS audit FROM "AuditEvent"`)).rows[0]!.audit;
  const vpe = (await sql.query<{ id: number; email: string; lastSignInAt: Date | null }>(
    `SELECT id, email, "lastSignInAt" FROM "User" WHERE 'VPE' = ANY(roles) AND active AND "passwordHash" IS NOT NULL ORDER BY id LIMIT 1`)).rows[0];
  if (!vpe) throw new Error("No VPE login in this database; is it the generated org (npm run db:seed:large)?");
  const throttleKeys = new Set((await sql.query<{ key: string }>(`SELECT key FROM "SignInThrottle"`)).rows.map((row) => row.key));
  try {
    const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") } as NodeJS.ProcessEnv;
    if (!values["no-build"]) await buildForBench(env);
    else requireBuild();
    server = await startServer(env);
    const base = server.base;
    const people = (await sql.query<{ n: number; c: number }>(`SELECT (SELECT count(*) FROM "Person")::int AS n, (SELECT count(*) FROM "CheckIn")::int AS c`)).rows[0]!;
    console.log(`${people.n} people, ${people.c} check-ins; next start on ${base}; ${requests} requests per route, ${concurrency} clients, signed in as ${vpe.email}\n`);
    // Each client its own session of the VPE, as ten browser tabs on ten machines would be.
    const jars: Jar[] = [];
    for (let i = 0; i < concurrency; i++) {
      const jar: Jar = new Map();
      await signIn(base, jar, vpe.email, PASSWORD);
      jars.push(jar);
    }
    console.log(`before: ${machineLoad()}`);
    const failures: string[] = [];
    const get = async (jar: Jar, path: string, times?: number[]) => {
      const started = performance.now();
      const response = await send(base, jar, path);
      const body = await response.text();
      times?.push(performance.now() - started);
      if (response.status !== 200) failures.push(`${path}: ${response.status} ${body.slice(0, 200)}`);
    };
    let ok = true;
    const results: Array<() => boolean> = [];
    for (const route of ROUTES) {
      await Promise.all(jars.map(async (jar) => { for (let i = 0; i < WARMUP_PER_CLIENT; i++) await get(jar, route); }));
      const times: number[] = [];
      const wall = await spread(jars, requests, (jar) => get(jar, route, times));
      results.push(() => report(route, times, wall, concurrency, ROUTE_TARGET_MS));
    }
    // The page's server response with every widget's data prefetched, one client at a time.
    for (let i = 0; i < WARMUP_PER_CLIENT; i++) await get(jars[0]!, "/");
    const pageTimes: number[] = [];
    const pageWall = await spread(jars.slice(0, 1), Math.min(requests, 100), (jar) => get(jar, "/", pageTimes));
    // A change marks the quarter stale: the next reader rebuilds it (one build, whoever asks).
    const rebuilds: number[] = [];
    for (let i = 0; i < 5; i++) {
      await sql.query(`UPDATE "DashboardRollupState" SET generation = generation + 1 WHERE "quarterStart" = (SELECT max("quarterStart") FROM "DashboardRollupState")`);
      await get(jars[0]!, "/api/dashboard/pillars", rebuilds);
    }
    console.log(`after:  ${machineLoad()}\n`);
    for (const result of results) ok = result() && ok;
    ok = report("dashboard page / (server response)", pageTimes, pageWall, 1, PAGE_TARGET_MS) && ok;
    report("pillars after a change (rebuild)", rebuilds, 0, 1);
    if (failures.length > 0) {
      ok = false;
      console.log(`\n${failures.length} failures, first ones:\n  ${failures.slice(0, 5).join("\n  ")}`);
    }
    if (!ok) process.exitCode = 1;
  } finally {
    server?.stop();
    // Only what the sign-ins wrote.
    await sql.query(`DELETE FROM "AuditEvent" WHERE id > $1::bigint AND action = 'auth.sign_in' AND "actorId" = $2`, [mark, vpe.id]);
    await sql.query(`UPDATE "User" SET "lastSignInAt" = $2 WHERE id = $1`, [vpe.id, vpe.lastSignInAt]);
    await sql.query(`DELETE FROM "SignInThrottle" WHERE NOT (key = ANY($1::text[])) AND key LIKE ANY($2::text[])`, [[...throttleKeys], [`account:${vpe.email}`, "ip:%"]]);
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
