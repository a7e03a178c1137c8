import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { smtpCapture } from "../support/smtp-capture";

// Invitation and reset mail through a real SMTP conversation with a local smtp-server. lib/env
// caches the environment per module registry, so each block sets SMTP_URL and then loads the
// domain modules afresh.

const smtp = smtpCapture();
const inbox = smtp.inbox;

async function load() {
  vi.resetModules();
  return { ...(await import("@/lib/users/deliver")), ...(await import("@/lib/users/tokens")), ...(await import("@/lib/env")) };
}

async function makeUser(prefix = "tok", active = true) {
  const email = `${prefix}-${randomBytes(6).toString("hex")}@test.local`;
  return db().user.create({ data: { email, name: "Mail Tester", roles: ["MANAGER"], active } });
}

function header(raw: string, name: string): string | undefined {
  const head = raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
  return head.split("\r\n").find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();
}

/** The decoded text/plain part of a multipart message (quoted-printable, base64 or 7bit). */
function plainText(raw: string): string {
  const part = raw.split(/\r\n--[^\r\n]+\r\n/).find((chunk) => /^content-type: text\/plain/im.test(chunk));
  if (!part) throw new Error("no text/plain part");
  const body = part.slice(part.indexOf("\r\n\r\n") + 4).split(/\r\n--/)[0] ?? "";
  const encoding = /^content-transfer-encoding: *(\S+)/im.exec(part)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
  if (encoding !== "quoted-printable") return body;
  const bytes = body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

beforeAll(async () => {
  await smtp.start();
});

afterAll(async () => {
  await smtp.stop();
  delete process.env.SMTP_URL;
});

describe("with SMTP configured", () => {
  let mod: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    // smtp-server's built-in STARTTLS certificate has expired; the URL opts out of STARTTLS.
    process.env.SMTP_URL = smtp.url();
    mod = await load();
  });

  it("mails an invitation whose link sets the password", async () => {
    const user = await makeUser();
    const delivery = await mod.deliverInvitation({ userId: user.id, invitedByName: "Vera Admin" });
    expect(delivery.emailed).toBe(true);
    const mail = inbox.find((message) => message.rcptTo.includes(user.email));
    expect(mail).toBeDefined();
    const raw = mail?.raw ?? "";
    expect(header(raw, "To")).toContain(`<${user.email}>`);
    expect(header(raw, "Subject")).toBe("You're invited to Pillars");
    expect(header(raw, "From")).toContain("pillars@localhost");
    const text = plainText(raw);
    expect(text).toContain("Vera Admin invited you to Pillars");
    expect(text).toContain(delivery.link);
    const token = new RegExp(`^${mod.env().APP_URL}/invitation/([A-Za-z0-9_-]{43})$`, "m").exec(text)?.[1];
    expect(token).toBeDefined();
    await expect(mod.consumeUserToken({ token: token ?? "", kind: "INVITATION", password: "mailed link passphrase" })).resolves.toEqual({ email: user.email });
  });

  it("returns the link unmailed when the relay refuses the recipient", async () => {
    const user = await makeUser("refused");
    const delivery = await mod.deliverInvitation({ userId: user.id, invitedByName: "Vera Admin" });
    expect(delivery.emailed).toBe(false);
    const token = delivery.link.split("/").pop() ?? "";
    await expect(mod.consumeUserToken({ token, kind: "INVITATION", password: "shown link passphrase" })).resolves.toEqual({ email: user.email });
  });

  it("mails a reset link only to an active account, answering every request alike", async () => {
    const active = await makeUser();
    const inactive = await makeUser("tok", false);
    const before = inbox.length;
    for (const email of [`nobody-${randomBytes(4).toString("hex")}@test.local`, inactive.email, active.email.toUpperCase()]) {
      const result = await mod.requestPasswordReset({ email });
      expect(result.retryAfterSeconds).toBe(0);
      await result.delivery;
    }
    expect(inbox.slice(before).map((message) => message.rcptTo)).toEqual([[active.email]]);
    const raw = inbox.at(-1)?.raw ?? "";
    expect(header(raw, "Subject")).toBe("Reset your Pillars password");
    const token = /\/reset-password\/([A-Za-z0-9_-]{43})$/m.exec(plainText(raw))?.[1] ?? "";
    await expect(mod.consumeUserToken({ token, kind: "PASSWORD_RESET", password: "reset by mail passphrase" })).resolves.toEqual({ email: active.email });
    expect(await db().userToken.count({ where: { userId: inactive.id } })).toBe(0);
  });

  it("throttles repeated reset requests for one email", async () => {
    const user = await makeUser();
    const results = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const result = await mod.requestPasswordReset({ email: user.email, request: { ip: "198.51.100.7" } });
      await result.delivery;
      results.push(result.retryAfterSeconds);
    }
    // Five requests are free; the sixth is refused.
    expect(results.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(results[5]).toBeGreaterThan(0);
    // Sign-in keeps its own counter: reset requests never lock the account.
    expect(await db().signInThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });
});

describe("without SMTP", () => {
  let mod: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    mod = await load();
  });

  it("returns a working invitation link with emailed: false", async () => {
    const user = await makeUser();
    const before = inbox.length;
    const delivery = await mod.deliverInvitation({ userId: user.id, invitedByName: "Vera Admin" });
    expect(delivery.emailed).toBe(false);
    expect(delivery.link).toMatch(new RegExp(`^${mod.env().APP_URL}/invitation/[A-Za-z0-9_-]{43}$`));
    expect(inbox.length).toBe(before);
    const token = delivery.link.split("/").pop() ?? "";
    await expect(mod.consumeUserToken({ token, kind: "INVITATION", password: "unmailed link passphrase" })).resolves.toEqual({ email: user.email });
  });

  it("issues no reset token that nobody could receive", async () => {
    const user = await makeUser();
    const result = await mod.requestPasswordReset({ email: user.email });
    await result.delivery;
    expect(await db().userToken.count({ where: { userId: user.id } })).toBe(0);
  });
});
