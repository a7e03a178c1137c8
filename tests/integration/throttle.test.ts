import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { forgiveAttempt, takeAttempt } from "@/lib/auth/throttle";

// The throttle lives in Postgres so every app instance sees the same counts, and it counts an
// attempt before the password is checked so parallel requests cannot slip past it.
describe("attempt throttle in Postgres", () => {
  const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

  it("lets five attempts at an account through, then locks it", async () => {
    const key = `account:five-${unique()}@test.local` as const;
    for (let n = 0; n < 5; n++) expect(await takeAttempt([key])).toBe(0);
    const wait = await takeAttempt([key]);
    expect(wait).toBeGreaterThan(25);
    expect(wait).toBeLessThanOrEqual(30);
    expect(await takeAttempt([key])).toBeGreaterThan(30); // each refused attempt doubles the lock
  });

  it("refuses all but five of fifty parallel attempts", async () => {
    const key = `account:burst-${unique()}@test.local` as const;
    const waits = await Promise.all(Array.from({ length: 50 }, () => takeAttempt([key])));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
  });

  it("locks an address after 20 attempts, whichever accounts they were against", async () => {
    const ip = `ip:198.51.100.${unique()}` as const;
    for (let n = 0; n < 20; n++) expect(await takeAttempt([`account:spray-${unique()}@test.local`, ip])).toBe(0);
    expect(await takeAttempt([`account:someone-new-${unique()}@test.local`, ip])).toBeGreaterThan(0);
  });

  it("forgives a successful sign-in: the account starts afresh, the address gets one back", async () => {
    const account = `account:ok-${unique()}@test.local` as const;
    const ip = `ip:ok-${unique()}` as const;
    for (let n = 0; n < 4; n++) await takeAttempt([account, ip]);
    await forgiveAttempt([account, ip]);
    expect(await db().signInThrottle.findUnique({ where: { key: account } })).toBeNull();
    expect((await db().signInThrottle.findUniqueOrThrow({ where: { key: ip } })).failures).toBe(3);
  });

  it("starts counting again after the 15-minute window", async () => {
    const key = `account:window-${unique()}@test.local` as const;
    await db().signInThrottle.create({ data: { key, failures: 5, lastFailureAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await takeAttempt([key])).toBe(0);
    expect((await db().signInThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(1);
  });
});
