import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import pg from "pg";
import { assertLocalDatabase } from "../prisma/seed/local-database";
import { buildForBench, machineLoad, requireBuild, send, signIn, startServer, type BenchServer, type Jar } from "./bench-support";
import { CHROMIUM_PATH, ensureChromium } from "./chromium";
import { ROOT } from "./run";

// `npx tsx scripts/lighthouse-dashboard.ts [--no-build] [--url /] [--email …] [--password …] [--database …]`:
// Lighthouse (desktop preset, performance and accessibility) on a page of a production build, signed in
// as the VPE of the generated org (npm run db:seed:large), three runs. Prints each run's scores, the
// medians, the key metrics and, when a median misses its target, the failing audits of the median run
// with the elements they name. Builds into .next-lighthouse so it can run next to the HTTP benchmarks
// (.next-bench); the HTML reports land in .next-lighthouse/lighthouse/. Only the sign-in writes; it is undone.

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    url: { type: "string", default: "/" },
    email: { type: "string", default: "person1@large.example" },
    password: { type: "string", default: "pillars-large" },
    database: { type: "string", default: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/pillars_large" },
  },
});
const DIST_DIR = ".next-lighthouse";
const RUNS = 3;
const TARGETS = { performance: 90, accessibility: 100 } as const;
const CATEGORIES = Object.keys(TARGETS) as Array<keyof typeof TARGETS>;
const METRICS = [
  ["first-contentful-paint", "FCP"], ["largest-contentful-paint", "LCP"], ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"], ["speed-index", "Speed Index"],
] as const;
const CHROME_PATH = process.env.CHROME_PATH ?? CHROMIUM_PATH;
if (!values.url.startsWith("/")) throw new Error("--url is a path on the app, e.g. /risks");

type Chrome = { port: number; stop: () => Promise<void> };

/** Headless Chromium with the DevTools port open, a fresh profile per run (as chrome-launcher would). */
function launchChrome(): Promise<Chrome> {
  const profile = mkdtempSync(path.join(tmpdir(), "pillars-lighthouse-"));
  const child: ChildProcess = spawn(CHROME_PATH, [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--password-store=basic", "--use-mock-keychain",
    `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank",
  ], { stdio: ["ignore", "ignore", "pipe"] });
  // The profile goes once Chromium has exited: it writes there until the end.
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", () => resolve());
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`Chromium did not open its DevTools port within 30 s:\n${output}`)), 30_000);
    const fail = (error: Error) => { clearTimeout(timer); void stop().finally(() => reject(error)); };
    child.once("error", fail);
    const onEarlyExit = (code: number | null) => fail(new Error(`Chromium exited with ${code}:\n${output}`));
    child.once("exit", onEarlyExit);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      child.off("exit", onEarlyExit);
      child.stderr?.off("data", onData).resume();
      resolve({ port: Number(port), stop });
    };
    child.stderr?.on("data", onData);
  });
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] as number;
const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const formatMetric = (id: string, value: number) => (id === "cumulative-layout-shift" ? value.toFixed(3) : `${Math.round(value)} ms`);

/** The elements an audit names (selector, markup), wherever its details table keeps them. */
function nodesOf(details: unknown, found: Array<{ selector: string; snippet: string; label: string }> = []) {
  if (Array.isArray(details)) for (const item of details) nodesOf(item, found);
  else if (details && typeof details === "object") {
    const record = details as Record<string, unknown>;
    if (record.type === "node" && typeof record.selector === "string") {
      found.push({ selector: record.selector, snippet: String(record.snippet ?? ""), label: String(record.nodeLabel ?? "").replace(/\s+/g, " ") });
    } else for (const value of Object.values(record)) nodesOf(value, found);
  }
  return found;
}

/** The category's audits that did not pass, heaviest first, with up to five elements each. */
function printFailures(lhr: Result, category: keyof typeof TARGETS): void {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing = refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
    .filter(({ audit }) => audit.score !== null && audit.score < (category === "accessibility" ? 1 : 0.9))
    .sort((a, b) => b.ref.weight - a.ref.weight || (a.audit.score ?? 0) - (b.audit.score ?? 0));
  console.log(`\n${category}: ${failing.length} audits below their target in the median run`);
  for (const { ref, audit } of failing) {
    const value = audit.displayValue ? ` — ${audit.displayValue}` : "";
    console.log(`  ${audit.id} (score ${Math.round((audit.score ?? 0) * 100)}, weight ${ref.weight}): ${audit.title}${value}`);
    const nodes = nodesOf(audit.details);
    for (const node of nodes.slice(0, 5)) console.log(`      ${node.selector}  ${node.snippet.slice(0, 160)}${node.label ? `  "${node.label.slice(0, 60)}"` : ""}`);
    if (nodes.length > 5) console.log(`      … and ${nodes.length - 5} more`);
  }
}

async function main(): Promise<void> {
  const databaseUrl = values.database;
  assertLocalDatabase(databaseUrl);
  if (!existsSync(CHROME_PATH)) await ensureChromium();
  const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let server: BenchServer | undefined;
  const user = (await sql.query<{ id: number; lastSignInAt: Date | null }>(`SELECT id, "lastSignInAt" FROM "User" WHERE email = $1`, [values.email])).rows[0];
  if (!user) throw new Error(`No user ${values.email} in this database (for pillars_large: npm run db:seed:large)`);
  const mark = (await sql.query<{ audit: string }>(`SELECT coalesce(max(id), 0)::text AS audit FROM "AuditEvent"`)).rows[0]!.audit;
  const throttleKeys = new Set((await sql.query<{ key: string }>(`SELECT key FROM "SignInThrottle"`)).rows.map((row) => row.key));
  const onSignal = () => {
    server?.stop();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  try {
    const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") } as NodeJS.ProcessEnv;
    if (!values["no-build"]) await buildForBench(env, DIST_DIR);
    else requireBuild(DIST_DIR);
    server = await startServer(env, [], DIST_DIR);
    const jar: Jar = new Map();
    await signIn(server.base, jar, values.email, values.password);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const url = new URL(values.url, server.base).href;
    // Warm the server's caches as the HTTP benchmarks do; Lighthouse measures the browser, not a cold start.
    for (let i = 0; i < 3; i++) {
      const response = await send(server.base, jar, values.url);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${values.url} answered ${response.status} to ${values.email}`);
    }
    const reports = path.join(ROOT, DIST_DIR, "lighthouse");
    mkdirSync(reports, { recursive: true });
    console.log(`Lighthouse ${RUNS}× on ${url} as ${values.email}, desktop preset; ${machineLoad()}\n`);
    const runs: Result[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const chrome = await launchChrome();
      try {
        const result = await lighthouse(url, {
          port: chrome.port, output: "html", logLevel: "error", onlyCategories: [...CATEGORIES], extraHeaders: { Cookie: cookie },
        }, desktopConfig);
        if (!result) throw new Error("Lighthouse returned no result");
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`Landed on ${lhr.finalDisplayedUrl}: the session cookie was not accepted`);
        writeFileSync(path.join(reports, `run-${run}.html`), result.report as string);
        runs.push(lhr);
        const metrics = METRICS.map(([id, label]) => `${label} ${formatMetric(id, lhr.audits[id]?.numericValue ?? NaN)}`).join("  ");
        console.log(`run ${run}: ${CATEGORIES.map((c) => `${c} ${score(lhr, c)}`).join("  ")}  |  ${metrics}`);
      } finally {
        await chrome.stop();
      }
    }
    console.log(`\nmedian: ${CATEGORIES.map((c) => {
      const value = median(runs.map((lhr) => score(lhr, c)));
      return `${c} ${value} (target ≥ ${TARGETS[c]}: ${value >= TARGETS[c] ? "met" : "MISSED"})`;
    }).join("  ")}`);
    console.log(`        ${METRICS.map(([id, label]) => `${label} ${formatMetric(id, median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN)))}`).join("  ")}`);
    const representative = computeMedianRun(runs);
    const lcp = nodesOf(representative.audits["largest-contentful-paint-element"]?.details)[0];
    if (lcp) console.log(`        LCP element: ${lcp.selector}  "${lcp.label.slice(0, 60)}"`);
    const missed = CATEGORIES.filter((c) => median(runs.map((lhr) => score(lhr, c))) < TARGETS[c]);
    for (const category of missed) printFailures(representative, category);
    console.log(`\nreports: ${path.relative(ROOT, reports)}/run-{1..${RUNS}}.html; after: ${machineLoad()}`);
    if (missed.length > 0) process.exitCode = 1;
  } finally {
    server?.stop();
    // Only what the sign-in wrote.
    await sql.query(`DELETE FROM "AuditEvent" WHERE id > $1::bigint AND action = 'auth.sign_in' AND "actorId" = $2`, [mark, user.id]);
    await sql.query(`UPDATE "User" SET "lastSignInAt" = $2 WHERE id = $1`, [user.id, user.lastSignInAt]);
    await sql.query(`DELETE FROM "SignInThrottle" WHERE NOT (key = ANY($1::text[])) AND key LIKE ANY($2::text[])`, [[...throttleKeys], [`account:${values.email}`, "ip:%"]]);
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
