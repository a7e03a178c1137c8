import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { encodeActionInput, type ActionInput } from "../tests/e2e/support/server-actions";
import { assertLocalDatabase } from "../prisma/seed/local-database";
import { BENCH_DIST_DIR, buildForBench, machineLoad, report, requireBuild, send, signIn, spread, startServer, type BenchServer, type Jar } from "./bench-support";
import { ROOT } from "./run";

// `npx tsx scripts/bench-check-ins.ts [--requests 500] [--concurrency 10] [--no-build] [--profile]` on the
// generated org (npm run db:seed:large): the check-in paths timed the way the browser uses them.
// A production build (in .next-bench) is served by `next start`; each client is a manager signed
// in through next-auth with a real session cookie. Due list: GET /api/check-ins/due. Submitting:
// the start form's server action (a redirect to the new draft), then the save action with
// intent "submit", posted as React encodes it; only the submit is the measured figure. Every
// check-in, answer and audit event the run writes is deleted again at the end.

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "500" },
    concurrency: { type: "string", default: "10" },
    "no-build": { type: "boolean", default: false },
    /** Writes a V8 CPU profile of the server to .next-bench/profiles (open it in Chrome DevTools). */
    profile: { type: "boolean", default: false },
    /** Run one case only: "due" or "submit". */
    only: { type: "string" },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(requests) || requests < 1) throw new Error("--requests must be a positive whole number");
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 100) throw new Error("--concurrency must be a whole number from 1 to 100");

const DATABASE_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/pillars_large";
const DIST_DIR = BENCH_DIST_DIR;
const PASSWORD = process.env.BENCH_PASSWORD ?? "pillars-large";
const TARGETS = { due: 100, submit: 150 } as const;
const WARMUP_PER_CLIENT = 3;

// The answers the brief's browser session gives, by question key; other required questions get a valid default.
const ANSWERS: Record<string, number> = {
  "quality-score": 4, "engagement-score": 3, "growth-score": 4, "skills-score": 3, "psychological-safety": 4, autonomy: 4, trust: 5,
};

type Client = { userId: number; email: string; subjectId: number; cookies: Map<string, string> };
type ActionRef = { id: string; pages: string[] };

/** The action ids of the build, as tests/e2e/support/server-actions.ts serverActions() reads them. */
function serverAction(name: string): ActionRef {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => `${entry.filename}#${entry.exportedName}` === name);
  if (!found) throw new Error(`No server action ${name} in ${DIST_DIR}: rebuild without --no-build`);
  const [id, entry] = found;
  return { id, pages: Object.keys(entry.workers).map((worker) => `/${worker.replace(/^app\//, "").replace(/\(.*?\)\/?/g, "").replace(/\/?page$/, "")}`) };
}

/** Posts a server action as the browser does: a form action (previous state, form data) or plain arguments. */
async function callAction(base: string, jar: Jar, action: ActionRef, page: string, input: ActionInput): Promise<Response> {
  if (!action.pages.includes(page.replace(/\/\d+(?=\/|$)/g, "/[id]"))) throw new Error(`${page} does not bundle action ${action.id}`);
  const body = await encodeActionInput(input);
  const headers: Record<string, string> = { "Next-Action": action.id, Accept: "text/x-component", Origin: base };
  if (typeof body === "string") headers["Content-Type"] = "text/plain;charset=UTF-8";
  return send(base, jar, page, { method: "POST", headers, body });
}

// --- The benchmark ----------------------------------------------------------------------

async function main(): Promise<void> {
  assertLocalDatabase(DATABASE_URL);
  const sql = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  let server: BenchServer | undefined;
  const onSignal = () => {
    server?.stop();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  // What the run will have to put back.
  const mark = (await sql.query<{ checkIn: number; audit: string }>(`SELECT (SELECT coalesce(max(id), 0) FROM "CheckIn")::int AS "checkIn", (SELECT coalesce(max(id), 0) FROM "AuditEvent")::text AS audit`)).rows[0]!;
  const throttleKeys = new Set((await sql.query<{ key: string }>(`SELECT key FROM "SignInThrottle"`)).rows.map((row) => row.key));
  const created = new Set<number>();
  let clients: Client[] = [];
  let lastSignIns: Array<{ id: number; lastSignInAt: Date | null }> = [];

  try {
    // Managers with an active direct report who started before the check-in's date (yesterday, UTC).
    const managers = await sql.query<{ userId: number; email: string; subjectId: number; lastSignInAt: Date | null }>(`
      SELECT DISTINCT ON (u.id) u.id AS "userId", u.email, r.id AS "subjectId", u."lastSignInAt"
      FROM "User" u
      JOIN "Person" r ON r."managerId" = u."personId" AND r."erasedAt" IS NULL
        AND (r."endDate" IS NULL OR r."endDate" >= current_date) AND r."startDate" < current_date - 1
      WHERE u.active AND 'MANAGER' = ANY(u.roles) AND u."passwordHash" IS NOT NULL
      ORDER BY u.id, r.id`);
    // Spread over the org (not the first N ids), the same managers every run.
    const picked = [...managers.rows].sort((a, b) => ((a.userId * 2654435761) % 4294967296) - ((b.userId * 2654435761) % 4294967296)).slice(0, concurrency);
    if (picked.length < concurrency) throw new Error(`Only ${picked.length} managers with an active direct report; is this the generated org (npm run db:seed:large)?`);
    clients = picked.map((row) => ({ userId: row.userId, email: row.email, subjectId: row.subjectId, cookies: new Map() }));
    lastSignIns = picked.map((row) => ({ id: row.userId, lastSignInAt: row.lastSignInAt }));

    // The default template's active version: the answers a submission needs.
    const questions = (await sql.query<{ key: string; kind: string; required: boolean; options: unknown }>(`
      SELECT q.key, q.kind, q.required, q.options FROM "CheckInQuestion" q
      WHERE q."templateVersionId" = (SELECT v.id FROM "CheckInTemplateVersion" v JOIN "CheckInTemplate" t ON t.id = v."templateId"
        WHERE v.status = 'PUBLISHED' AND t."isDefault" ORDER BY v.number DESC LIMIT 1)
      ORDER BY q.position`)).rows;
    if (questions.length === 0) throw new Error("No published default check-in template");
    const answers: Record<string, unknown> = {};
    for (const q of questions) {
      if (q.key in ANSWERS) answers[q.key] = ANSWERS[q.key];
      else if (!q.required) continue;
      else if (q.kind === "SCALE") answers[q.key] = 4;
      else if (q.kind === "YES_NO") answers[q.key] = true;
      else if (q.kind === "CHOICE") answers[q.key] = (q.options as string[])[0];
      else answers[q.key] = "Benchmark";
    }
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const content = { date: yesterday, answers, wins: "Benchmark", blockers: null, growthDomain: "FINANCE", growthStep: "Read the P&L", growthFollowUp: null, privateNote: null };

    const env = { ...process.env, DATABASE_URL, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") } as NodeJS.ProcessEnv;
    if (!values["no-build"]) await buildForBench(env);
    else requireBuild();
    const start = serverAction("app/(app)/check-ins/actions.ts#startCheckInAction");
    const save = serverAction("app/(app)/check-ins/actions.ts#saveCheckInAction");

    const profile = values.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(ROOT, DIST_DIR, "profiles")}`] : [];
    server = await startServer(env, profile);
    const base = server.base;
    const people = (await sql.query<{ n: number; c: number }>(`SELECT (SELECT count(*) FROM "Person")::int AS n, (SELECT count(*) FROM "CheckIn")::int AS c`)).rows[0]!;
    console.log(`${people.n} people, ${people.c} check-ins; next start on ${base} (build ${DIST_DIR}); ${requests} requests per case, ${concurrency} clients\n`);

    for (const client of clients) await signIn(base, client.cookies, client.email, PASSWORD);
    console.log(`before: ${machineLoad()}`);

    // Due list.
    const dueFailures: string[] = [];
    const due = async (client: Client, times?: number[]) => {
      const started = performance.now();
      const response = await send(base, client.cookies, "/api/check-ins/due");
      const body = await response.text();
      times?.push(performance.now() - started);
      if (response.status !== 200 || !body.includes('"items"')) dueFailures.push(`${client.email}: ${response.status} ${body.slice(0, 200)}`);
    };
    const runDue = values.only !== "submit";
    const runSubmit = values.only !== "due";
    if (runDue) await Promise.all(clients.map(async (client) => { for (let i = 0; i < WARMUP_PER_CLIENT; i++) await due(client); }));
    dueFailures.length = 0;
    const dueTimes: number[] = [];
    const dueWall = runDue ? await spread(clients, requests, (client) => due(client, dueTimes)) : 0;
    // The same list for one client at a time: what a manager opening the page waits for.
    const dueOneTimes: number[] = [];
    const dueOneWall = runDue ? await spread(clients.slice(0, 1), Math.min(requests, 200), (client) => due(client, dueOneTimes)) : 0;

    // Submitting: start (or continue) a draft through the form action, then submit it.
    const submitFailures: string[] = [];
    /** Opens (or continues) the client's draft through the form action; returns its id. */
    const open = async (client: Client, startTimes?: number[]): Promise<number | null> => {
      const started = performance.now();
      const opened = await callAction(base, client.cookies, start, "/check-ins", { personId: String(client.subjectId) });
      const openedBody = await opened.text();
      startTimes?.push(performance.now() - started);
      let checkInId = Number(/\/check-ins\/(\d+)/.exec(opened.headers.get("x-action-redirect") ?? "")?.[1]);
      if (!checkInId) {
        const draft = await sql.query<{ id: number }>(`SELECT id FROM "CheckIn" WHERE "authorId" = $1 AND "subjectId" = $2 AND status = 'DRAFT' ORDER BY id DESC LIMIT 1`, [client.userId, client.subjectId]);
        if (!draft.rows[0]) {
          submitFailures.push(`start for ${client.email}: ${opened.status} ${openedBody.slice(0, 300)}`);
          return null;
        }
        checkInId = draft.rows[0].id;
      }
      created.add(checkInId);
      return checkInId;
    };
    /** Submits the draft as the form does: the version it read, a fresh request id, the whole content. */
    const submit = async (client: Client, checkInId: number, submitTimes?: number[]) => {
      const { version } = (await sql.query<{ version: number }>(`SELECT version FROM "CheckIn" WHERE id = $1`, [checkInId])).rows[0]!;
      const input = { checkInId, version, intent: "submit", clientRequestId: randomBytes(18).toString("base64url"), content };
      const started = performance.now();
      const submitted = await callAction(base, client.cookies, save, `/check-ins/${checkInId}`, { args: [input] });
      const body = await submitted.text();
      submitTimes?.push(performance.now() - started);
      if (submitted.status !== 200 || !body.includes("Check-in submitted.")) submitFailures.push(`submit ${checkInId} by ${client.email}: ${submitted.status} ${body.slice(0, 300)}`);
    };
    // In rounds: every client opens its draft, then all ten submit at once. Submissions are what
    // is measured at 10 concurrent clients; opening a form is a page load, timed on its own.
    const round = async (startTimes?: number[], submitTimes?: number[]) => {
      const opened = await Promise.all(clients.map((client) => open(client, startTimes)));
      const started = performance.now();
      await Promise.all(clients.map((client, i) => (opened[i] ? submit(client, opened[i]!, submitTimes) : Promise.resolve())));
      return performance.now() - started;
    };
    for (let i = 0; i < (runSubmit ? WARMUP_PER_CLIENT : 0); i++) await round();
    if (submitFailures.length > 0) throw new Error(`The warm-up submissions failed:\n${submitFailures.slice(0, 5).join("\n")}`);
    const startTimes: number[] = [];
    const submitTimes: number[] = [];
    let submitWall = 0;
    for (let i = 0; i < (runSubmit ? Math.ceil(requests / concurrency) : 0); i++) submitWall += await round(startTimes, submitTimes);

    console.log(`after:  ${machineLoad()}\n`);
    let ok = true;
    if (runDue) {
      ok = report("due list (GET /api/check-ins/due)", dueTimes, dueWall, concurrency, TARGETS.due) && ok;
      report("due list, one client at a time", dueOneTimes, dueOneWall, 1);
    }
    if (runSubmit) {
      ok = report("submit (saveCheckInAction)", submitTimes, submitWall, concurrency, TARGETS.submit) && ok;
      report("  open the form (startCheckInAction)", startTimes, 0, concurrency);
      console.log(`  (submissions in rounds of ${concurrency} at once; req/s over the submit phases only)`);
    }
    for (const [label, failures] of [["due list", dueFailures], ["submit", submitFailures]] as const) {
      if (failures.length === 0) continue;
      ok = false;
      console.log(`\n${failures.length} ${label} failures, first ones:\n  ${failures.slice(0, 5).join("\n  ")}`);
    }
    if (!ok) process.exitCode = 1;
  } finally {
    server?.stop();
    // Only what this run wrote: its check-ins (answers and action items go with them), their audit
    // events, the sign-ins' audit events, throttle rows and last-sign-in times.
    const ids = [...created];
    const userIds = clients.map((client) => client.userId);
    const orphans = await sql.query<{ id: number }>(`SELECT id FROM "CheckIn" WHERE id > $1 AND "authorId" = ANY($2::int[])`, [mark.checkIn, userIds]);
    for (const row of orphans.rows) ids.push(row.id);
    const audit = await sql.query(`DELETE FROM "AuditEvent" WHERE id > $1::bigint AND (
      (action LIKE 'checkin.%' AND "entityType" = 'CheckIn' AND "entityId" = ANY($2::text[]))
      OR (action = 'auth.sign_in' AND "actorId" = ANY($3::int[])))`, [mark.audit, ids.map(String), userIds]);
    const removed = await sql.query(`DELETE FROM "CheckIn" WHERE id = ANY($1::int[]) AND id > $2`, [ids, mark.checkIn]);
    for (const { id, lastSignInAt } of lastSignIns) await sql.query(`UPDATE "User" SET "lastSignInAt" = $2 WHERE id = $1`, [id, lastSignInAt]);
    await sql.query(`DELETE FROM "SignInThrottle" WHERE NOT (key = ANY($1::text[])) AND key LIKE ANY($2::text[])`,
      [[...throttleKeys], [...clients.map((client) => `account:${client.email}`), "ip:%"]]);
    console.log(`\nCleaned up: ${removed.rowCount} check-ins, ${audit.rowCount} audit events. Server log: ${DIST_DIR}/bench-server.log`);
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
