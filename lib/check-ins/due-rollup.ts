import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { dueDateOutcomes } from "@/lib/metrics/due-dates";
import { segmentsOf } from "./schedule";

// The CheckInDueDate table: every due date of every person's schedule with the check-in that met
// it (lib/metrics/due-dates.ts `dueDateOutcomes`, the one definition), so coverage over thousands
// of people is one SQL aggregate (lib/check-ins/coverage.ts). Triggers mark the people whose rows
// went stale in "CheckInDueDirty" (migration check_in_due_dates); this module recomputes them:
// in the transaction that changed the data (check-in and cadence mutations), in the worker, and
// in readers through `ensureDueDatesFresh()`, so figures are right where no worker runs.
//
// Concurrency: whoever writes a person's rows first holds that person's dirty mark (a row lock),
// so two refreshes of one person never interleave, and a change committed after a refresh read
// the data leaves the person marked again (the trigger's upsert waits for the refresh to commit).

/** Due dates are written through today + this many days, so no daily rollover is needed; the daily job extends them. */
export const HORIZON_DAYS = 400;
/** People per statement: bounds the arrays sent and the rows computed at once. */
const BATCH = 1_000;
const DRAIN_TIMEOUT_MS = 120_000;

type Tx = Prisma.TransactionClient;
type Context = { today: Date; graceDays: number; defaultCadence: Cadence };
export type DueDateRow = { personId: number; dueDate: string; deadline: string; metOn: string | null };

async function loadContext(tx: Tx): Promise<Context> {
  const org = await tx.organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true, checkInGraceDays: true, defaultCadence: true } });
  return { today: businessDate(new Date(), org?.timeZone ?? "UTC"), graceDays: org?.checkInGraceDays ?? 2, defaultCadence: org?.defaultCadence ?? "BIWEEKLY" };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The rows `personIds` should have, from the data as it is now (three queries per batch; nothing written). */
export async function computeDueDates(tx: Tx, personIds: readonly number[], context?: Context): Promise<DueDateRow[]> {
  const { today, graceDays, defaultCadence } = context ?? (await loadContext(tx));
  const horizon = addDays(today, HORIZON_DAYS);
  const rows: DueDateRow[] = [];
  // People share most dates: format each once (a rebuild writes ~800,000 rows).
  const formatted = new Map<number, string>();
  const iso = (date: Date) => {
    let text = formatted.get(date.getTime());
    if (text === undefined) formatted.set(date.getTime(), (text = formatDate(date)));
    return text;
  };
  for (const ids of chunks([...personIds], BATCH)) {
    const [people, schedules, checkIns] = await Promise.all([
      tx.person.findMany({ where: { id: { in: ids } }, select: { id: true, startDate: true, endDate: true, checkInCadence: true, checkInAnchor: true } }),
      tx.checkInSchedule.findMany({ where: { personId: { in: ids } }, select: { personId: true, cadence: true, anchor: true, effectiveFrom: true } }),
      tx.$queryRaw<Array<{ subjectId: number; dates: Date[] }>>`
        SELECT "subjectId", array_agg(date ORDER BY date) AS dates FROM "CheckIn"
        WHERE "subjectId" = ANY(${ids}::int[]) AND status = 'SUBMITTED' GROUP BY "subjectId"`,
    ]);
    const datesOf = new Map(checkIns.map((row) => [row.subjectId, row.dates]));
    const schedulesOf = new Map<number, typeof schedules>();
    for (const row of schedules) schedulesOf.set(row.personId, [...(schedulesOf.get(row.personId) ?? []), row]);
    for (const person of people.sort((a, b) => a.id - b.id)) {
      const outcomes = dueDateOutcomes({
        segments: segmentsOf({ person, rows: schedulesOf.get(person.id) ?? [], defaultCadence }),
        employment: person,
        checkInDates: datesOf.get(person.id) ?? [],
        graceDays,
        through: horizon,
      });
      for (const due of outcomes) {
        rows.push({ personId: person.id, dueDate: iso(due.dueDate), deadline: iso(due.deadline), metOn: due.metOn && iso(due.metOn) });
      }
    }
  }
  return rows;
}

/**
 * Replaces the rows of `personIds` (whose marks the caller holds) with fresh ones, writing only
 * rows that changed. The rows travel as one text value ("id,due,deadline,met;…", ~36 bytes a row),
 * which Postgres splits faster than the driver sends four arrays. A plain INSERT of the new keys
 * rather than ON CONFLICT (twice as fast on a rebuild): holding the marks, no one else writes them.
 */
async function writeDueDates(tx: Tx, personIds: readonly number[], context: Context): Promise<void> {
  for (const ids of chunks([...personIds], BATCH)) {
    const rows = await computeDueDates(tx, ids, context);
    const encoded = rows.map((row) => `${row.personId},${row.dueDate},${row.deadline},${row.metOn ?? ""}`).join(";");
    await tx.$executeRaw`
      WITH fresh AS (
        SELECT split_part(r, ',', 1)::int AS "personId", split_part(r, ',', 2)::date AS "dueDate",
          split_part(r, ',', 3)::date AS deadline, nullif(split_part(r, ',', 4), '')::date AS "metOn"
        FROM unnest(string_to_array(${encoded}, ';')) AS r
      ), gone AS (
        DELETE FROM "CheckInDueDate" t WHERE t."personId" = ANY(${ids}::int[])
          AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."personId" = t."personId" AND f."dueDate" = t."dueDate")
      ), changed AS (
        UPDATE "CheckInDueDate" t SET deadline = f.deadline, "metOn" = f."metOn" FROM fresh f
        WHERE t."personId" = f."personId" AND t."dueDate" = f."dueDate" AND (t.deadline, t."metOn") IS DISTINCT FROM (f.deadline, f."metOn")
      )
      INSERT INTO "CheckInDueDate" ("personId", "dueDate", deadline, "metOn")
      SELECT "personId", "dueDate", deadline, "metOn" FROM fresh f
      WHERE NOT EXISTS (SELECT 1 FROM "CheckInDueDate" t WHERE t."personId" = f."personId" AND t."dueDate" = f."dueDate")`;
  }
}

/**
 * Recomputes these people's due dates inside the caller's transaction (after it changed their
 * check-ins or schedule) and clears their marks. A few queries per 1,000 people.
 */
export async function refreshDueDates(tx: Tx, personIds: readonly number[]): Promise<void> {
  const ids = [...new Set(personIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  // Take the marks first (creating them if the triggers did not): the lock that keeps another
  // refresh of these people out until this transaction ends.
  await tx.$executeRaw`SELECT check_in_due_mark(${ids}::int[])`;
  await writeDueDates(tx, ids, await loadContext(tx));
  await tx.$executeRaw`DELETE FROM "CheckInDueDirty" WHERE "personId" = ANY(${ids}::int[])`;
}

/**
 * Recomputes marked people, `batchSize` per transaction, until none is left or `limit` people are
 * done. Marks another transaction holds are skipped (that transaction is refreshing them).
 */
export async function refreshPendingDueDates({ limit = Infinity, batchSize = BATCH }: { limit?: number; batchSize?: number } = {}): Promise<{ people: number }> {
  let people = 0;
  while (people < limit) {
    const take = Math.min(batchSize, limit - people);
    const claimed = await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<Array<{ personId: number }>>`
        DELETE FROM "CheckInDueDirty" WHERE "personId" IN (
          SELECT "personId" FROM "CheckInDueDirty" ORDER BY since, "personId" LIMIT ${take} FOR UPDATE SKIP LOCKED)
        RETURNING "personId"`;
      if (rows.length > 0) await writeDueDates(tx, rows.map((row) => row.personId).sort((a, b) => a - b), await loadContext(tx));
      return rows.length;
    }, { timeout: DRAIN_TIMEOUT_MS, maxWait: DRAIN_TIMEOUT_MS });
    if (claimed === 0) break;
    people += claimed;
  }
  return { people };
}

/**
 * Called by every reader of CheckInDueDate before it reads: one EXISTS query when nothing is
 * marked; otherwise recomputes the marked people, and waits for refreshes other transactions hold
 * (a worker's batch, a mutation's own refresh) to commit, so the read sees their rows.
 */
export async function ensureDueDatesFresh(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const [{ pending }] = await db().$queryRaw<[{ pending: boolean }]>`SELECT EXISTS (SELECT 1 FROM "CheckInDueDirty") AS pending`;
    if (!pending) return;
    const { people } = await refreshPendingDueDates();
    if (people === 0) {
      // Every mark left is held by another transaction: FOR SHARE waits until it ends.
      await db().$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL lock_timeout = '10s'`;
        await tx.$queryRaw`SELECT "personId" FROM "CheckInDueDirty" FOR SHARE`;
      }, { timeout: 15_000 }).catch(() => undefined); // a stuck holder: read what is there
    }
  }
}

/**
 * Daily: marks and recomputes the people whose written due dates stop short of a year ahead
 * (HORIZON_DAYS was reached, less a month for monthly schedules), so the table never runs out.
 */
export async function extendDueDateHorizons(): Promise<{ people: number }> {
  const { today } = await loadContext(db());
  const year = formatDate(addDays(today, 366));
  await db().$executeRaw`
    SELECT check_in_due_mark(ARRAY(
      SELECT p.id FROM "Person" p
      LEFT JOIN LATERAL (SELECT max(d."dueDate") AS last FROM "CheckInDueDate" d WHERE d."personId" = p.id) l ON TRUE
      WHERE p."startDate" <= least(p."endDate", ${year}::date)
        AND (l.last IS NULL OR l.last < least(p."endDate", ${year}::date) - 31)))`;
  return refreshPendingDueDates();
}

/** Seeds: every person's due dates from scratch, then VACUUM ANALYZE so index-only scans work from the first read. */
export async function rebuildAllDueDates(): Promise<{ people: number; rows: number }> {
  await db().$executeRaw`SELECT check_in_due_mark(ARRAY(SELECT id FROM "Person"))`;
  const { people } = await refreshPendingDueDates();
  await db().$executeRawUnsafe(`VACUUM (ANALYZE) "CheckInDueDate"`);
  return { people, rows: await db().checkInDueDate.count() };
}
