import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildIsStale } from "./build-state";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { embeddedSecret, lockDataDir } from "./embedded-lock";
import { bin, prisma, ROOT, runOrThrow, spawnWorker, stopChild } from "./run";
import { parseEnv } from "../lib/env";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "../prisma/seed/demo-users";

// `npm start` — serves Pillars on http://localhost:3000 (PORT to change).
// Without DATABASE_URL: an embedded Postgres in .data/pglite, migrated, with the demo org loaded
// on first start. With DATABASE_URL: that server, brought up to date with `migrate deploy`.
// `--dev` runs Next's dev server instead of building; `--no-build` serves the existing build
// as it is (the Docker image). The background worker (scripts/worker.ts) runs beside the web
// server. Ctrl-C stops everything started here.

const dev = process.argv.includes("--dev");
const noBuild = process.argv.includes("--no-build");
let embedded: EmbeddedPostgres | undefined;
let releaseLock: (() => void) | undefined;
let server: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function hasOrganization(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Organization"');
    return (rows[0]?.n ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Stops the server, then the embedded database (closing it cleanly keeps its data folder sound). */
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([server, worker].map(stopChild));
  if (embedded) {
    await embedded.stop();
    console.log("Stopped the app and the embedded database.");
  }
  releaseLock?.();
  process.exit(code);
}

async function main(): Promise<void> {
  // Check the whole environment before starting anything; the embedded URL is filled in below.
  const embeddedMode = !process.env.DATABASE_URL;
  const secret = process.env.NEXTAUTH_SECRET ?? (embeddedMode ? embeddedSecret(path.join(ROOT, ".data")) : undefined);
  const { PORT: port } = parseEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://embedded", NEXTAUTH_SECRET: secret });
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.join(ROOT, ".data", "pglite");
    mkdirSync(dataDir, { recursive: true });
    releaseLock = lockDataDir(path.join(ROOT, ".data", "pglite.lock"));
    console.log(`No DATABASE_URL: starting the embedded Postgres (data in ${path.relative(ROOT, dataDir)})…`);
    embedded = await startEmbeddedPostgres({ dataDir });
    databaseUrl = embedded.url;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PILLARS_EMBEDDED: embedded ? "1" : "0",
    // PGlite is a single backend taking one transaction at a time: one connection per process is all it can use.
    DATABASE_POOL_MAX: embedded ? "1" : process.env.DATABASE_POOL_MAX,
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };

  await prisma(["migrate", "deploy"], env);
  if (embedded && !(await hasOrganization(databaseUrl))) {
    console.log("First start: loading the demo organisation…");
    await runOrThrow(bin("tsx"), ["prisma/seed.ts"], { cwd: ROOT, env });
  }
  if (!dev && !noBuild && buildIsStale(ROOT)) {
    console.log("Building the app (first start or changed sources)…");
    await runOrThrow(bin("next"), ["build"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" } });
  }

  server = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), dev ? "dev" : "start", "-p", String(port)], {
    cwd: ROOT,
    env: dev ? env : { ...env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  server.once("exit", (code) => void stop(code ?? 1));
  // Background jobs (reports, reminders, erasure) run in their own process, on the embedded
  // database too: its wire server (scripts/embedded-wire.ts) gives each transaction the one backend in turn.
  worker = spawnWorker(env);
  worker.once("exit", (code) => void stop(code ?? 1));
  console.log(`\nPillars is running at http://localhost:${port}`);
  if (embedded) {
    console.log(`Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const [role, email] of Object.entries(DEMO_SIGN_INS)) console.log(`  ${role.padEnd(10)} ${email}`);
    console.log("Demo data on an embedded database — not for production. Ctrl-C stops the app and the database.\n");
  }
}

// `on`, not `once`: Ctrl-C reaches us twice (from the terminal and relayed by tsx), and a second
// signal without a handler would kill the process before the database is closed.
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
