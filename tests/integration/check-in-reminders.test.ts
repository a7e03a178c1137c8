import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addDays, businessDate, formatDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { buildGrowthOrg } from "../factories/growth-org";
import { smtpCapture } from "../support/smtp-capture";

// Reminder e-mails about overdue check-ins through a real SMTP conversation. In the growth org
// nobody has had a check-in, so Mia (Eli), Dana (Mia) and Vera (Dana, Dario) each have overdue
// reports; Dario has none. lib/env caches the environment, so modules load afresh per SMTP setting.

const smtp = smtpCapture();
const inbox = smtp.inbox;

async function load() {
  vi.resetModules();
  return import("@/lib/check-ins/reminders");
}

const today = formatDate(businessDate(new Date(), "UTC"));
const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`);
const recipients = () => inbox.flatMap((mail) => mail.rcptTo).sort();
const LEADERS = ["dana@test.local", "mia@test.local", "vera@test.local"];

beforeAll(async () => {
  await smtp.start();
  await buildGrowthOrg();
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC", checkInGraceDays: 2 } });
});

afterAll(async () => {
  await smtp.stop();
  delete process.env.SMTP_URL;
});

beforeEach(async () => {
  inbox.length = 0;
  await db().checkInReminder.deleteMany();
});

describe("with SMTP configured", () => {
  let mod: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    process.env.SMTP_URL = smtp.url();
    mod = await load();
  });

  it("mails each leader with overdue reports once a day, even when run twice", async () => {
    expect(await mod.sendCheckInReminders({ now: at(today, "09:00") })).toEqual({ sent: 3 });
    expect(await mod.sendCheckInReminders({ now: at(today, "10:00") })).toEqual({ sent: 0 });
    // Two workers at once: the reminder row lets only one of them send.
    await db().checkInReminder.deleteMany();
    const both = await Promise.all([mod.sendCheckInReminders({ now: at(today, "11:00") }), mod.sendCheckInReminders({ now: at(today, "11:00") })]);
    expect(both[0].sent + both[1].sent).toBe(3);
    expect(recipients()).toEqual([...LEADERS, ...LEADERS].sort());
    expect(await db().checkInReminder.count({ where: { date: new Date(today) } })).toBe(3);
  });

  it("names the overdue reports and links to the check-ins page, nothing more", async () => {
    await mod.sendCheckInReminders({ now: at(today, "09:00") });
    const mail = inbox.find((message) => message.rcptTo.includes("vera@test.local"))!;
    const body = mail.raw.replace(/=\r\n/g, "");
    expect(body).toMatch(/Subject: 2 check-ins are overdue/);
    expect(body).toMatch(/dana: \d+ days overdue/);
    expect(body).toMatch(/dario: \d+ days overdue/);
    expect(body).toContain("http://localhost:3000/check-ins");
    const reminder = await db().checkInReminder.findFirstOrThrow({ where: { user: { email: "vera@test.local" } } });
    expect(reminder.overdue).toBe(2);
  });

  it("waits for 08:00 in the organisation's time zone and mails again the next day", async () => {
    expect(await mod.sendCheckInReminders({ now: at(today, "07:59") })).toEqual({ sent: 0 });
    await db().organization.updateMany({ data: { timeZone: "Asia/Tokyo" } });
    // 23:30 UTC is 08:30 the next morning in Tokyo: that day's reminder.
    expect(await mod.sendCheckInReminders({ now: at(today, "23:30") })).toEqual({ sent: 3 });
    const tomorrow = addDays(new Date(today), 1);
    expect(await db().checkInReminder.count({ where: { date: tomorrow } })).toBe(3);
    await db().organization.updateMany({ data: { timeZone: "UTC" } });
  });

  it("skips deactivated users and leaders without overdue reports", async () => {
    await db().user.update({ where: { email: "vera@test.local" }, data: { active: false } });
    expect(await mod.sendCheckInReminders({ now: at(today, "09:00") })).toEqual({ sent: 2 });
    expect(recipients()).toEqual(["dana@test.local", "mia@test.local"]);
    await db().user.update({ where: { email: "vera@test.local" }, data: { active: true } });
  });
});

describe("without SMTP", () => {
  it("sends nothing and records nothing", async () => {
    delete process.env.SMTP_URL;
    const mod = await load();
    expect(await mod.sendCheckInReminders({ now: at(today, "09:00") })).toEqual({ sent: 0 });
    expect(inbox).toEqual([]);
    expect(await db().checkInReminder.count()).toBe(0);
  });
});
