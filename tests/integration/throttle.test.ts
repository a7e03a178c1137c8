import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearFailures, lockedForSeconds, recordFailure } from "@/lib/auth/throttle";

// The throttle lives in Postgres so every app instance sees the same counts.
describe("sign-in throttle in Postgres", () => {
  const ip = `ip:198.51.100.${Math.floor(Math.random() * 200)}` as const;

  it("locks an address after 20 failures, whichever accounts they were against", async () => {
    await db().signInThrottle.deleteMany({ where: { key: ip } });
    for (let n = 0; n < 20; n++) await recordFailure([`account:spray-${n}@test.local`, ip]);
    expect(await lockedForSeconds([ip])).toBe(0);
    await recordFailure([`account:spray-20@test.local`, ip]);
    const locked = await lockedForSeconds([`account:someone-new@test.local`, ip]);
    expect(locked).toBeGreaterThan(25);
    expect(locked).toBeLessThanOrEqual(30);
  });

  it("counts concurrent failures without losing any", async () => {
    const key = `account:race-${Date.now()}@test.local` as const;
    await Promise.all(Array.from({ length: 8 }, () => recordFailure([key])));
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(8);
    expect(await lockedForSeconds([key])).toBeGreaterThan(0);
    await clearFailures(key);
    expect(await lockedForSeconds([key])).toBe(0);
  });

  it("starts counting again after the 15-minute window", async () => {
    const key = `account:window-${Date.now()}@test.local` as const;
    await db().signInThrottle.create({ data: { key, failures: 5, lastFailureAt: new Date(Date.now() - 16 * 60_000) } });
    await recordFailure([key]);
    expect((await db().signInThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(1);
  });
});
