import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { assertLocalDatabase } from "../prisma/seed/local-database";

// `npx tsx scripts/bench-reports.ts [--quarter FY2026-Q3] [--runs 3]` on the generated org (npm run
// db:seed:large): a quarterly report for the VPE's whole organisation, timed as its parts —
// the snapshot, then the PDF, XLSX and CSV exports of it — in this process, as the report job
// runs them. Issue 9's budgets: snapshot + PDF < 15 s, XLSX < 5 s, CSV < 2 s. Each snapshot reads
// risk data, so each run writes one risk.read audit event (the audit log is append-only).

const { values } = parseArgs({ options: { quarter: { type: "string" }, runs: { type: "string", default: "3" } } });
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/pillars_large";
process.env.NEXTAUTH_SECRET ??= "bench-reports-only-secret-0123456789abcdef";
assertLocalDatabase(process.env.DATABASE_URL);

const { db } = await import("@/lib/db");
const { buildSnapshot } = await import("@/lib/reports/snapshot");
const { reportPdf } = await import("@/lib/reports/pdf");
const { reportXlsx } = await import("@/lib/reports/xlsx");
const { reportCsvZip } = await import("@/lib/reports/csv");
const { orgToday, getOrganization } = await import("@/lib/org/queries");
const { fiscalQuarterOf, previousFiscalQuarter } = await import("@/lib/metrics/fiscal");
const { quarterKey } = await import("@/lib/dashboard/filters");

const user = await db().user.findFirst({ where: { roles: { has: "VPE" }, active: true, personId: { not: null } }, orderBy: { id: "asc" } });
if (!user) throw new Error("No VPE with a person in this database; is it the generated org?");
const actor = { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
const org = await getOrganization();
// The last finished quarter by default: the report the VPE takes to the exec team.
const quarter = values.quarter ?? quarterKey(previousFiscalQuarter(fiscalQuarterOf(await orgToday(), org?.fiscalYearStartMonth ?? 1)));

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};

console.log(`${await db().person.count()} people; report ${quarter} for ${user.email}, whole organisation\n`);
for (let run = 1; run <= Number(values.runs); run++) {
  const [snapshot, snapshotMs] = await time(() => buildSnapshot({ actor, input: { quarter } }));
  const [pdf, pdfMs] = await time(() => reportPdf(snapshot));
  const [xlsx, xlsxMs] = await time(() => reportXlsx(snapshot));
  const [csv, csvMs] = await time(async () => reportCsvZip(snapshot));
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`run ${run}: snapshot ${s(snapshotMs)} (${(JSON.stringify(snapshot).length / 1e6).toFixed(1)} MB, ${snapshot.people.length} people)`
    + ` · snapshot+PDF ${s(snapshotMs + pdfMs)} (PDF ${s(pdfMs)}, ${(pdf.length / 1e3).toFixed(0)} kB)`
    + ` · XLSX ${s(xlsxMs)} (${(xlsx.length / 1e6).toFixed(1)} MB) · CSV ${s(csvMs)} (${(csv.length / 1e3).toFixed(0)} kB)`);
}
await db().$disconnect();
