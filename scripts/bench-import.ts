import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import type { Actor } from "@/lib/auth/actor";
import { addDays, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { applyImport, dryRunImport, type ImportProgress } from "@/lib/people-import/apply";
import { TEMPLATE_HEADERS } from "@/lib/people-import/columns";
import { prepareFile, validatePrepared } from "@/lib/people-import/check";
import { loadExisting } from "@/lib/people-import/queries";
import type { ImportReport } from "@/lib/people-import/types";
import { type GeneratedPerson, generateOrgShape } from "../prisma/seed/large/org-shape";
import { assertLocalDatabase } from "../prisma/seed/local-database";
import { seededRandom } from "../prisma/seed/random";
import { truncateAllTables } from "../prisma/seed/truncate";

// `DATABASE_URL=postgresql://…/bench_import_x npx tsx scripts/bench-import.ts [--rows 5000] [--reset]`
// Times the people import on a generated org (the same file every run): parse, validate, dry
// run and import of a fresh org, then a re-import in which 10% of the engineers change manager.
// Local databases only; --reset empties the database first, otherwise it must be empty.

const { values } = parseArgs({ options: { rows: { type: "string", default: "5000" }, reset: { type: "boolean", default: false } } });
const rowCount = Number(values.rows);
if (!Number.isInteger(rowCount) || rowCount < 20 || rowCount > 20_000) throw new Error("--rows must be a whole number from 20 to 20000");

const LOCATION = { ONSHORE: "London", NEARSHORE: "Lisbon", OFFSHORE: "Bangalore" } as const;
const TODAY = new Date(Date.UTC(2026, 0, 15)); // fixed, so the file is identical run to run

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const email = (p: GeneratedPerson) => `${p.name.toLowerCase().replace(/[^a-z]+/g, ".")}.${p.id}@bench.example`;

/** An HRIS-like export: rows in a shuffled order (reports often come before their managers), some managers named by email. */
function toCsv(people: GeneratedPerson[], teamName: Map<number, string>, seed: number): string {
  const random = seededRandom(seed);
  const byId = new Map(people.map((p) => [p.id, p]));
  const rows = people.map((p) => {
    const manager = p.managerId === null ? null : (byId.get(p.managerId) as GeneratedPerson);
    const managerRef = manager === null ? "" : p.id % 3 === 0 ? email(manager) : `B${manager.id}`;
    const cells = [`B${p.id}`, email(p), `${p.name.split(" ").at(-1)}, ${p.name.split(" ")[0]}`, p.title, managerRef, p.teamId ? (teamName.get(p.teamId) ?? "") : "",
      LOCATION[p.region], p.region, p.originCompany ?? "", formatDate(addDays(TODAY, -p.tenureDays))];
    return cells.map(quote).join(",");
  });
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as string, rows[i] as string];
  }
  return [TEMPLATE_HEADERS.join(","), ...rows].join("\r\n");
}

async function timed<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s`);
  return result;
}

function phaseTimer() {
  let last = performance.now();
  const parts: string[] = [];
  return {
    onProgress: (progress: ImportProgress) => {
      const now = performance.now();
      if (progress.done > 0) parts.push(`${Math.round(now - last)} ms`);
      parts.push(progress.phase);
      last = now;
    },
    print: () => console.log(`  phases: ${parts.join(" → ")}`),
  };
}

function check(report: ImportReport): ImportReport {
  if (!report.ok) throw new Error(`The generated file was refused: ${JSON.stringify(report.errors.slice(0, 5))}`);
  return report;
}

async function main() {
  const url = process.env.DATABASE_URL ?? "";
  assertLocalDatabase(url);
  // lib/env wants a signing secret even though nothing here signs anything.
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
  const prisma = db();
  if (values.reset) await truncateAllTables(prisma);
  else if ((await prisma.person.count()) > 0) throw new Error("The database has people already: use an empty database, or --reset.");
  const user = await prisma.user.create({ data: { email: `bench-import-${Date.now()}@bench.example`, name: "Import benchmark", roles: ["ADMIN"] } });
  const actor: Actor = { userId: user.id, email: user.email, name: user.name, roles: ["ADMIN"], personId: null };

  const { people, teams } = generateOrgShape(rowCount, 3 * 365, seededRandom(rowCount));
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const csv = new TextEncoder().encode(toCsv(people, teamName, 1));
  console.log(`${rowCount} rows, ${(csv.byteLength / 1024).toFixed(0)} KB, ${teams.length} teams\n`);

  const file = await timed("parse (decode, CSV, columns)", () => prepareFile(csv));
  if (!file.ok) throw new Error(file.report.errors[0]?.message);
  await timed("validate (load people + rules)", async () => check(validatePrepared(file, await loadExisting(prisma))));
  await timed("dry run (all of the above)", async () => check(await dryRunImport({ actor, csv })));
  const first = phaseTimer();
  const created = await timed("import into an empty org", async () => check(await applyImport({ actor, csv, onProgress: first.onProgress })));
  first.print();
  console.log(`  ${JSON.stringify({ ...created.summary, newTeams: created.summary.newTeams.length })}`);

  // Next month's export: a tenth of the rows are engineers who moved to another line manager (and their team).
  const random = seededRandom(rowCount + 1);
  const managers = people.filter((p) => p.kind === "MANAGER");
  const movers = new Set<number>();
  const engineers = people.filter((p) => p.kind === "ENGINEER");
  while (movers.size < Math.round(rowCount / 10)) movers.add((random.pick(engineers) as GeneratedPerson).id);
  const moved = people.map((p) => {
    if (!movers.has(p.id)) return p;
    const target = managers[(managers.findIndex((m) => m.id === p.managerId) + random.int(1, managers.length - 1)) % managers.length] as GeneratedPerson;
    return { ...p, managerId: target.id, teamId: target.teamId };
  });
  const next = new TextEncoder().encode(toCsv(moved, teamName, 1));
  await timed("dry run of the re-import", async () => check(await dryRunImport({ actor, csv: next })));
  const second = phaseTimer();
  const reimported = await timed("re-import with manager changes", async () => check(await applyImport({ actor, csv: next, onProgress: second.onProgress })));
  second.print();
  console.log(`  ${JSON.stringify(reimported.summary)}`);
  const closure = await prisma.personClosure.count();
  const lines = await prisma.reportingLine.count();
  console.log(`\nclosure rows: ${closure}, reporting lines: ${lines}, audit events: ${await prisma.auditEvent.count()}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
