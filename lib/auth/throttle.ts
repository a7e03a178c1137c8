import { db } from "@/lib/db";

// Sign-in throttling, shared by every app instance through Postgres. Failures are counted per
// account and per client address within a 15-minute window; past a free allowance each further
// failure locks the key for twice as long as the one before (30 s, 1 min, 2 min … 15 min).

const WINDOW_MINUTES = 15;
const MAX_LOCK_SECONDS = 15 * 60;
const FREE_FAILURES = { account: 5, ip: 20 } as const;

export type ThrottleKey = `account:${string}` | `ip:${string}`;

export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  return ip ? [`account:${email}`, `ip:${ip}`] : [`account:${email}`];
}

export function lockSeconds(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(MAX_LOCK_SECONDS, 30 * 2 ** (failures - free - 1));
}

/** Seconds until every key may try again (0 when none is locked). */
export async function lockedForSeconds(keys: ThrottleKey[]): Promise<number> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: new Date() } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return until === 0 ? 0 : Math.ceil((until - Date.now()) / 1000);
}

export async function recordFailure(keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    const free = key.startsWith("ip:") ? FREE_FAILURES.ip : FREE_FAILURES.account;
    // One statement, so concurrent failures on several instances all count.
    await db().$executeRaw`
      INSERT INTO "SignInThrottle" (key, failures, "lastFailureAt") VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "SignInThrottle"."lastFailureAt" < now() - make_interval(mins => ${WINDOW_MINUTES})
                        THEN 1 ELSE "SignInThrottle".failures + 1 END,
        "lastFailureAt" = now()`;
    await db().$executeRaw`
      UPDATE "SignInThrottle" SET "lockedUntil" = CASE
        WHEN failures > ${free} THEN now() + make_interval(secs => least(${MAX_LOCK_SECONDS}, 30 * power(2, failures - ${free} - 1)))
        ELSE NULL END
      WHERE key = ${key}`;
  }
}

export async function clearFailures(key: ThrottleKey): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
