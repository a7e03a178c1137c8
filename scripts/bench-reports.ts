import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { assertLocalDatabase } from "../prisma/seed/local-database";
import { spawnWorker, stopChild } from "./run";

// `npx tsx scripts/bench-reports.ts [--quarter FY2026-Q3] [--runs 3]` on the generated org (npm run
// db:seed:large): a quarterly report for the VPE's whole organisation.
// 1. End to end, as users get it: the request (what the reports page's action runs: the row and
//    the queued job) → the worker process, started here as `npm start` starts it, builds the
//    snapshot and stores each file → the time each file is there to download, from the request.
// 2. Its parts in this process: the snapshot, then the PDF, XLSX and CSV of it.
// Issue 9's budgets, from the request to the finished file: snapshot + PDF < 15 s, XLSX < 5 s,
// CSV < 2 s. Each report reads risk data, so each run writes audit events (append-only).

const { values } = parseArgs({ options: { quarter: { type: "string" }, runs: { type: "string", default: "3" } } });
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/pillars_large";
process.env.NEXTAUTH_SECRET ??= "bench-reports-only-secret-0123456789abcdef";
assertLocalDatabase(process.env.DATABASE_URL);

const { db } = await import("@/lib/db");
const { buildSnapshot } = await import("@/lib/reports/snapshot");
const { renderReportFile, RENDER_ORDER } = await import("@/lib/reports/jobs");
const { requestReport } = await import("@/lib/reports/mutations");
const { stopJobSender } = await import("@/lib/jobs/sender");
const { orgToday, getOrganization } = await import("@/lib/org/queries");
const { fiscalQuarterOf, previousFiscalQuarter } = await import("@/lib/metrics/fiscal");
const { quarterKey } = await import("@/lib/dashboard/filters");

const user = await db().user.findFirst({ where: { roles: { has: "VPE" }, active: true, personId: { not: null } }, orderBy: { id: "asc" } });
if (!user) throw new Error("No VPE with a person in this database; is it the generated org?");
const actor = { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
const org = await getOrganization();
// The last finished quarter by default: the report the VPE takes to the exec team.
const quarter = values.quarter ?? quarterKey(previousFiscalQuarter(fiscalQuarterOf(await orgToday(), org?.fiscalYearStartMonth ?? 1)));
const runs = Number(values.runs);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`${await db().person.count()} people; report ${quarter} for ${user.email}, whole organisation\n`);

console.log("End to end (request → file stored, worker in its own process):");
const worker = spawnWorker({ ...process.env, LOG_LEVEL: "warn" });
try {
  // The worker is ready once it has created the report queue.
  while ((await db().$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pgboss.queue WHERE name = 'report-generate'`.catch(() => [{ n: 0 }]))[0]!.n === 0) await sleep(200);
  await sleep(2000);
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const { id } = await requestReport({ actor, input: { quarter } });
    const ready = new Map<string, number>();
    for (;;) {
      const [files, row] = await Promise.all([
        db().reportFile.findMany({ where: { snapshotId: id }, select: { format: true } }),
        db().reportSnapshot.findUniqueOrThrow({ where: { id }, select: { status: true, error: true } }),
      ]);
      for (const { format } of files) if (!ready.has(format)) ready.set(format, performance.now() - started);
      if (row.status === "FAILED") throw new Error(`report ${id} failed: ${row.error}`);
      if (row.status === "DONE") break;
      await sleep(25);
    }
    console.log(`run ${run}: ${RENDER_ORDER.map((format) => `${format.toUpperCase()} ${s(ready.get(format)!)}`).join(" · ")} (report #${id})`);
  }
} finally {
  await stopChild(worker);
  await stopJobSender();
}

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
};

console.log("\nParts, in this process:");
for (let run = 1; run <= runs; run++) {
  const [snapshot, snapshotMs] = await time(() => buildSnapshot({ actor, input: { quarter } }));
  const parts = [];
  for (const format of RENDER_ORDER) {
    const [file, ms] = await time(() => renderReportFile(format, snapshot));
    parts.push(`${format.toUpperCase()} ${s(ms)} (${(file.length / 1e3).toFixed(0)} kB)`);
  }
  console.log(`run ${run}: snapshot ${s(snapshotMs)} (${(JSON.stringify(snapshot).length / 1e6).toFixed(1)} MB, ${snapshot.people.length} people) · ${parts.join(" · ")}`);
}
await db().$disconnect();
