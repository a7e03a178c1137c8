import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "./embedded-postgres";
import { bin, ROOT, runOrThrow } from "./run";

// What the HTTP benchmarks share: a production build in its own folder, `next start` on a free
// port, sign-in through next-auth with a cookie jar (as a browser), clients running requests
// one at a time, and one line of percentiles per case.

/** The default build folder; a benchmark that may run alongside the others passes its own (the Lighthouse one: .next-lighthouse). */
export const BENCH_DIST_DIR = ".next-bench";

export type Jar = Map<string, string>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Prints p50/p95/p99/max and requests per second (when the wall time is known); true when p95 meets the target. */
export function report(label: string, times: number[], wallMs: number, clients: number, target?: number): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
  const p95 = percentile(sorted, 95);
  const verdict = target === undefined ? "" : `  target p95 < ${target} ms: ${p95 < target ? "met" : "MISSED"}`;
  console.log(`${label.padEnd(36)} ${String(sorted.length).padStart(5)} requests  c=${String(clients).padEnd(2)}  p50 ${ms(percentile(sorted, 50))}  p95 ${ms(p95)}  `
    + `p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? 0)}  ${wallMs > 0 ? `${(sorted.length / (wallMs / 1000)).toFixed(1).padStart(6)} req/s` : "           "}${verdict}`);
  return target === undefined || p95 < target;
}

/** The server, the database and the clients share the machine: a busy one inflates every figure. */
export function machineLoad(): string {
  return `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} CPUs`;
}

function keepCookies(jar: Jar, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair = "", ...attributes] = header.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const value = pair.slice(at + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
    if (expired) jar.delete(name);
    else jar.set(name, value);
  }
}

export async function send(base: string, jar: Jar, pathname: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (jar.size > 0) headers.set("Cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
  const response = await fetch(new URL(pathname, base), { ...init, headers, redirect: "manual" });
  keepCookies(jar, response);
  return response;
}

/** As tests/e2e/support/auth.ts signInAs: CSRF token, then the credentials callback; the jar keeps the session cookie. */
export async function signIn(base: string, jar: Jar, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await send(base, jar, "/api/auth/csrf")).json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true" });
  const response = await send(base, jar, "/api/auth/callback/credentials", { method: "POST", body: form });
  await response.arrayBuffer();
  if (![200, 302].includes(response.status)) throw new Error(`Sign-in of ${email} answered ${response.status}`);
  const session = (await (await send(base, jar, "/api/auth/session")).json()) as { uid?: number } | null;
  if (!session?.uid) throw new Error(`No session for ${email} (is the password ${password}?)`);
}

/** `next build` writes tsconfig.json's include list and next-env.d.ts for its dist dir: put both back. */
export async function buildForBench(env: NodeJS.ProcessEnv, distDir = BENCH_DIST_DIR): Promise<void> {
  const kept = ["tsconfig.json", "next-env.d.ts"].map((file) => [file, existsSync(path.join(ROOT, file)) ? readFileSync(path.join(ROOT, file), "utf8") : null] as const);
  try {
    await runOrThrow(bin("next"), ["build"], { cwd: ROOT, env: { ...env, NEXT_DIST_DIR: distDir } });
  } finally {
    for (const [file, text] of kept) {
      if (text !== null && readFileSync(path.join(ROOT, file), "utf8") !== text) writeFileSync(path.join(ROOT, file), text);
    }
  }
}

export function requireBuild(distDir = BENCH_DIST_DIR): void {
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) throw new Error(`--no-build, but there is no build in ${distDir}`);
}

async function waitForHealth(base: string, server: ChildProcess, distDir: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}; see ${distDir}/bench-server.log`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base}/api/health did not answer within 120 s`);
}

export type BenchServer = { base: string; stop: () => void };

/** `next start` of the bench build on a free port, in its own process group; its output goes to bench-server.log. */
export async function startServer(env: NodeJS.ProcessEnv, nodeArgs: string[] = [], distDir = BENCH_DIST_DIR): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const log = createWriteStream(path.join(ROOT, distDir, "bench-server.log"));
  const server = spawn(process.execPath, [...nodeArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT,
    env: { ...env, NEXT_DIST_DIR: distDir, NODE_ENV: "production", APP_URL: base, NEXTAUTH_URL: base },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  const stop = () => {
    if (!server.pid || server.exitCode !== null) return;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  try {
    await waitForHealth(base, server, distDir);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, stop };
}

/** Runs `total` calls spread over the clients, each client one request at a time; returns the wall time. */
export async function spread<C>(clients: C[], total: number, call: (client: C) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(clients.map(async (client) => {
    while (next < total) {
      next++;
      await call(client);
    }
  }));
  return performance.now() - started;
}
