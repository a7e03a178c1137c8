import { db } from "@/lib/db";

// Attempt throttling (sign-in, password-reset requests, first-run setup), shared by every app
// instance through Postgres. An attempt is counted before the password is checked, in one
// statement per key, so a burst of parallel requests cannot all slip past the limit. Within a
// 15-minute window the first attempts are free; each further one is refused and locks the key
// for twice as long as the one before (30 s, 1 min, 2 min … 15 min). A successful sign-in
// forgives its own attempt.

const WINDOW_MINUTES = 15;
const MAX_LOCK_SECONDS = 15 * 60;
const FREE_ATTEMPTS = { account: 5, ip: 20 } as const;

export type ThrottleKey = `account:${string}` | `ip:${string}`;

export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  return ip ? [`account:${email}`, `ip:${ip}`] : [`account:${email}`];
}

export function lockSeconds(attempts: number, free: number): number {
  if (attempts <= free) return 0;
  return Math.min(MAX_LOCK_SECONDS, 30 * 2 ** (attempts - free - 1));
}

const freeFor = (key: ThrottleKey) => (key.startsWith("ip:") ? FREE_ATTEMPTS.ip : FREE_ATTEMPTS.account);

/** Counts an attempt against every key; returns 0 when it may go ahead, else seconds to wait. */
export async function takeAttempt(keys: ThrottleKey[]): Promise<number> {
  let wait = 0;
  for (const key of keys) {
    const rows = await db().$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
      INSERT INTO "SignInThrottle" AS t (key, failures, "lastFailureAt") VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t."lastFailureAt" < now() - make_interval(mins => ${WINDOW_MINUTES})
                         AND (t."lockedUntil" IS NULL OR t."lockedUntil" <= now())
                        THEN 1 ELSE t.failures + 1 END,
        "lastFailureAt" = now()
      RETURNING failures, "lockedUntil"`;
    const attempts = rows[0]?.failures ?? 1;
    const seconds = lockSeconds(attempts, freeFor(key));
    if (seconds === 0) continue;
    const until = new Date(Math.max(Date.now() + seconds * 1000, rows[0]?.lockedUntil?.getTime() ?? 0));
    await db().signInThrottle.update({ where: { key }, data: { lockedUntil: until } });
    wait = Math.max(wait, Math.ceil((until.getTime() - Date.now()) / 1000));
  }
  return wait;
}

/** After a successful sign-in: the account starts afresh, the address gets this attempt back. */
export async function forgiveAttempt(keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    if (key.startsWith("account:")) await db().signInThrottle.deleteMany({ where: { key } });
    else await db().$executeRaw`UPDATE "SignInThrottle" SET failures = greatest(0, failures - 1) WHERE key = ${key}`;
  }
}
