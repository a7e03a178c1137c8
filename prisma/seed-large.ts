import { parseArgs } from "node:util";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { rebuildAllDueDates } from "@/lib/check-ins/due-rollup";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { createPublishedFramework } from "@/lib/frameworks/load";
import * as activity from "./seed/large/insert-activity";
import { insertLevels, insertPeople, insertUsers } from "./seed/large/insert-people";
import { generateOrgShape } from "./seed/large/org-shape";
import { seededRandom } from "./seed/random";
import { assertLocalDatabase } from "./seed/local-database";
import { truncateAllTables } from "./seed/truncate";

// `npm run db:seed:large -- --people 5000 [--years 3] [--reset]`: a large generated organisation
// for benchmarks, into an empty database (or a local one emptied by --reset). Everything is written in
// one transaction; progress is printed per step.

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "5000" },
    years: { type: "string", default: "3" },
    reset: { type: "boolean", default: false },
  },
});
const peopleCount = Number(values.people);
const years = Number(values.years);
if (!Number.isInteger(peopleCount) || peopleCount < 20 || peopleCount > 100_000) throw new Error("--people must be a whole number from 20 to 100000");
if (!Number.isInteger(years) || years < 1 || years > 10) throw new Error("--years must be a whole number from 1 to 10");

const started = Date.now();
function progress(step: string, rows?: number) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`${seconds} s  ${step}${rows === undefined ? "" : `: ${rows.toLocaleString("en")} rows`}`);
}

async function main() {
  const prisma = db();
  if (values.reset) {
    assertLocalDatabase(process.env.DATABASE_URL ?? "");
    await truncateAllTables(prisma);
    progress("emptied the database");
  } else if ((await prisma.person.count()) > 0 || (await prisma.organization.count()) > 0) {
    throw new Error("The database is not empty. Use a fresh database, or --reset to empty this one first.");
  }

  const today = businessDate(new Date(), "UTC");
  const windowDays = years * 365;
  const window = { start: formatDate(addDays(today, -windowDays)), today: formatDate(today) };
  const { people, teams } = generateOrgShape(peopleCount, windowDays, seededRandom(peopleCount));
  const passwordHash = await hashPassword("pillars-large");

  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT setseed(0.2026)`; // random() in the SQL below repeats run to run
      const framework = await createPublishedFramework(tx, DEFAULT_FRAMEWORK);
      const template = await createPublishedTemplate(tx, DEFAULT_TEMPLATE, true);
      progress("framework and check-in template");
      const closure = await insertPeople(tx, people, teams, today);
      progress(`people (${people.length}) and teams (${teams.length}); reporting-tree closure`, closure);
      progress("users", await insertUsers(tx, people, passwordHash));
      progress("level assignments", await insertLevels(tx, people, framework, today));
      progress("check-ins", await activity.insertCheckIns(tx, template.templateVersionId, window));
      progress("check-in answers", await activity.insertAnswers(tx, template.templateVersionId));
      progress("action items", await activity.insertActionItems(tx, window));
      const assessed = await activity.insertAssessments(tx, framework.frameworkVersionId, window);
      progress(`assessments (${assessed.assessments}) with ratings`, assessed.ratings);
      progress("departures", await activity.insertDepartures(tx));
      progress("retention risks", await activity.insertRisks(tx, window));
      progress("team monthly metrics", await activity.insertTeamMetrics(tx, window));
      progress("skills and experiments", await activity.insertSkillItems(tx, window));
      await tx.organization.create({
        data: { name: `Generated org (${peopleCount} people)`, timeZone: "UTC", fiscalYearStartMonth: 1, isDemo: true },
      });
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  const dueStarted = Date.now();
  const due = await rebuildAllDueDates();
  progress(`check-in due dates (${due.people} people, ${((Date.now() - dueStarted) / 1000).toFixed(1)} s)`, due.rows);
  await prisma.$executeRawUnsafe("ANALYZE");
  progress("done (committed and analysed)");
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
