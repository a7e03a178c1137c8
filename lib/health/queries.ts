import { db } from "@/lib/db";

export type HealthReport = {
  status: "ok" | "degraded";
  app: { name: "pillars"; version: string; uptimeSeconds: number };
  database: { status: "ok" | "unreachable"; latencyMs: number | null; error?: string };
};

/** What /api/health answers: the app is up; the database answers a trivial query. */
export async function checkHealth(): Promise<HealthReport> {
  const app = {
    name: "pillars" as const,
    version: process.env.npm_package_version ?? "0.1.0",
    uptimeSeconds: Math.round(process.uptime()),
  };
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: "ok", app, database: { status: "ok", latencyMs } };
  } catch {
    // The error text may carry the connection string; say only that it failed.
    return { status: "degraded", app, database: { status: "unreachable", latencyMs: null, error: "database did not answer" } };
  }
}
