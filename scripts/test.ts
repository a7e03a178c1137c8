import { randomBytes } from "node:crypto";
import path from "node:path";
import { ensureChromium } from "./chromium";
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { bin, prisma, ROOT, runOrThrow, spawnWorker, stopChild } from "./run";
import { canConnect, createFreshDatabase, dropDatabase } from "../tests/support/database";
import { startOidcProvider } from "../tests/support/oidc-provider";

// `npm test`: every check, in order — lint, typecheck, unit, integration (real Postgres),
// build and browser tests (Debian's Chromium). `npm test -- unit integration` runs a subset.
// Uses the PostgreSQL server at TEST_DATABASE_URL (default: the local one); when none
// answers, an embedded PGlite per suite.

const STEPS = ["lint", "typecheck", "unit", "integration", "e2e"] as const;
type Step = (typeof STEPS)[number];

// Anything after a lone "--" goes to Playwright (`npx tsx scripts/test.ts e2e -- tests/e2e/check-ins.spec.ts`).
const separator = process.argv.indexOf("--", 2);
const playwrightArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const requested = process.argv.slice(2, separator === -1 ? undefined : separator).filter((arg) => !arg.startsWith("-"));
const unknown = requested.filter((arg) => !(STEPS as readonly string[]).includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.join(", ")}`);
  process.exit(2);
}
const steps = (requested.length > 0 ? requested : STEPS) as Step[];

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const embedded: EmbeddedPostgres[] = [];
const cleanups: Array<() => Promise<void>> = [];
const polyfills = `--import ${path.join(ROOT, "scripts", "node20-polyfills.mjs")}`;
const baseEnv = {
  ...process.env,
  // A fresh signing secret per run; the suites never share sessions with a running app.
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NODE_ENV: "test" as const,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_OPTIONS: [process.env.NODE_OPTIONS, polyfills].filter(Boolean).join(" "),
};

/** A fresh, migrated database for one suite: on the local server, or an embedded one. */
async function freshDatabase(name: string, useServer: boolean): Promise<{ url: string; poolMax: string }> {
  let url: string;
  if (useServer) {
    url = await createFreshDatabase(adminUrl, name);
  } else {
    const instance = await startEmbeddedPostgres();
    embedded.push(instance);
    url = instance.url;
  }
  return { url, poolMax: useServer ? "10" : "1" };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (steps.includes("e2e")) await ensureChromium();
  const needsDb = steps.includes("integration") || steps.includes("e2e");
  const useServer = needsDb && (await canConnect(adminUrl));
  if (needsDb) console.log(useServer ? `Postgres: ${new URL(adminUrl).host}` : "Postgres: none answered; using embedded PGlite");

  for (const step of steps) {
    console.log(`\n▶ ${step}`);
    const t0 = Date.now();
    switch (step) {
      case "lint":
        await runOrThrow(bin("eslint"), ["--max-warnings=0", "."], { cwd: ROOT, env: baseEnv });
        break;
      case "typecheck":
        await runOrThrow(bin("tsc"), ["--noEmit", "-p", "."], { cwd: ROOT, env: baseEnv });
        break;
      case "unit":
        await runOrThrow(bin("vitest"), ["run", "--project", "unit"], { cwd: ROOT, env: baseEnv });
        break;
      case "integration": {
        const env = useServer
          ? { ...baseEnv, TEST_DATABASE_URL: adminUrl, TEST_DATABASE_MODE: "server" }
          : { ...baseEnv, TEST_DATABASE_URL: (await freshDatabase("", false)).url, TEST_DATABASE_MODE: "embedded" };
        await runOrThrow(bin("vitest"), ["run", "--project", "integration"], { cwd: ROOT, env });
        break;
      }
      case "e2e": {
        // Its own database, port and build folder, so two runs (or a running `npm start`) never collide.
        const name = `pillars_e2e_${process.pid}`;
        const { url, poolMax } = await freshDatabase(name, useServer);
        if (useServer) cleanups.push(() => dropDatabase(adminUrl, name));
        const env = { ...baseEnv, DATABASE_URL: url, DATABASE_POOL_MAX: poolMax, NEXT_DIST_DIR: ".next-e2e" };
        await prisma(["migrate", "deploy"], env);
        await runOrThrow(bin("tsx"), ["prisma/seed.ts"], { cwd: ROOT, env });
        // A second, empty database for the first-run tests (setup from nothing).
        const emptyName = `pillars_e2e_empty_${process.pid}`;
        const empty = await freshDatabase(emptyName, useServer);
        if (useServer) cleanups.push(() => dropDatabase(adminUrl, emptyName));
        await prisma(["migrate", "deploy"], { ...env, DATABASE_URL: empty.url });
        await runOrThrow(bin("next"), ["build"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" } });
        const port = String(await freePort());
        const emptyPort = String(await freePort());
        // A real OpenID Connect provider for the single sign-on tests; the app reads OIDC_* at start.
        const sso = await startOidcProvider({ redirectUri: `http://localhost:${port}/api/auth/callback/oidc` });
        cleanups.push(sso.stop);
        // The background worker beside the app, as `npm start` runs it: reports are generated there.
        const worker = spawnWorker(env);
        cleanups.push(() => stopChild(worker));
        const ssoEnv = { OIDC_ISSUER: sso.issuer, OIDC_CLIENT_ID: sso.clientId, OIDC_CLIENT_SECRET: sso.clientSecret, OIDC_DISPLAY_NAME: "Test SSO" };
        await runOrThrow(bin("playwright"), ["test", ...playwrightArgs], {
          cwd: ROOT,
          env: { ...env, ...ssoEnv, E2E_DATABASE_URL: url, E2E_PORT: port, E2E_EMPTY_DATABASE_URL: empty.url, E2E_EMPTY_PORT: emptyPort },
        });
        break;
      }
    }
    console.log(`✔ ${step} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  console.log(`\nAll checks passed: ${steps.join(", ")} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main()
  .catch((error: unknown) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    // Last started, first stopped: the worker lets go of its database before that is dropped.
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    await Promise.all(embedded.map((instance) => instance.stop()));
  });
