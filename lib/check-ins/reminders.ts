import { businessDate, formatDate, parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { checkInReminderMessage, type OverdueReport } from "@/lib/mail/check-in-reminder";
import { mailEnabled, sendMail } from "@/lib/mail/transport";
import { nextDueState } from "@/lib/metrics/due-dates";
import { segmentsOf } from "./schedule";

// Reminder e-mails about overdue check-ins, run hourly by the worker (lib/jobs/worker.ts). A
// manager gets at most one a day: the CheckInReminder row for (user, business date) is claimed
// before sending, so two workers or two runs never both send. Off when SMTP is not configured.

/** Reminders go out from this hour of the organisation's day, not in the middle of its night. */
const FIRST_HOUR = 8;
const LEADER_ROLES = ["MANAGER", "DIRECTOR", "VPE"] as const;

type ReportRow = {
  id: number; name: string; managerId: number; startDate: Date; checkInCadence: Cadence | null; checkInAnchor: Date | null;
  lastDate: Date | null; schedule: Array<{ cadence: Cadence; anchor: string; effectiveFrom: string }> | null;
};

function localHour(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now));
}

/** Every active direct report of these managers with their last submitted check-in, in one statement. */
function reportsOf(managerIds: number[], today: Date) {
  return db().$queryRaw<ReportRow[]>`
    SELECT p.id, p.name, p."managerId", p."startDate", p."checkInCadence", p."checkInAnchor",
      (SELECT max(c.date) FROM "CheckIn" c WHERE c."subjectId" = p.id AND c.status = 'SUBMITTED') AS "lastDate",
      (SELECT json_agg(json_build_object('cadence', s.cadence, 'anchor', s.anchor, 'effectiveFrom', s."effectiveFrom"))
        FROM "CheckInSchedule" s WHERE s."personId" = p.id) AS schedule
    FROM "Person" p
    WHERE p."managerId" = ANY(${managerIds}::int[]) AND p."erasedAt" IS NULL AND (p."endDate" IS NULL OR p."endDate" >= ${today}::date)
    ORDER BY p.name, p.id`;
}

export async function sendCheckInReminders({ now }: { now: Date }): Promise<{ sent: number }> {
  if (!mailEnabled()) return { sent: 0 };
  const org = await db().organization.findFirst({ orderBy: { id: "asc" }, select: { timeZone: true, defaultCadence: true, checkInGraceDays: true } });
  if (!org || localHour(now, org.timeZone) < FIRST_HOUR) return { sent: 0 };
  const today = businessDate(now, org.timeZone);
  // Leaders not yet reminded today; whoever was is skipped before any work.
  const users = await db().user.findMany({
    where: { active: true, roles: { hasSome: [...LEADER_ROLES] }, personId: { not: null }, person: { is: { erasedAt: null } }, checkInReminders: { none: { date: today } } },
    select: { id: true, email: true, name: true, personId: true },
  });
  if (users.length === 0) return { sent: 0 };

  const overdueByManager = new Map<number, OverdueReport[]>();
  for (const report of await reportsOf(users.map((user) => user.personId!), today)) {
    const rows = (report.schedule ?? []).map((row) => ({ cadence: row.cadence, anchor: parseDate(row.anchor), effectiveFrom: parseDate(row.effectiveFrom) }));
    const segments = segmentsOf({ person: report, rows, defaultCadence: org.defaultCadence });
    const due = nextDueState({ segments, lastCheckInDate: report.lastDate, today, graceDays: org.checkInGraceDays });
    if (due.state !== "OVERDUE") continue;
    const list = overdueByManager.get(report.managerId) ?? [];
    list.push({ name: report.name, daysOverdue: due.daysOverdue });
    overdueByManager.set(report.managerId, list);
  }

  let sent = 0;
  const link = `${env().APP_URL}/check-ins`;
  for (const user of users) {
    const overdue = overdueByManager.get(user.personId!);
    if (!overdue?.length) continue;
    // Claim today's reminder first: only the run whose insert happened sends.
    const claimed = await db().$executeRaw`
      INSERT INTO "CheckInReminder" ("userId", date, overdue) VALUES (${user.id}, ${today}::date, ${overdue.length})
      ON CONFLICT DO NOTHING`;
    if (claimed === 0) continue;
    try {
      await sendMail({ to: { name: user.name, address: user.email }, ...checkInReminderMessage({ name: user.name, overdue, link }) });
      sent++;
    } catch (error) {
      // Give the claim back so the next hourly run tries again today.
      await db().checkInReminder.delete({ where: { userId_date: { userId: user.id, date: today } } });
      logger.error({ err: error, userId: user.id, date: formatDate(today) }, "check-in reminder could not be sent");
    }
  }
  return { sent };
}
