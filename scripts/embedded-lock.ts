import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// One launcher per embedded data folder: PGlite is a single process's database, and two
// servers writing the same folder would corrupt it.

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock or throws naming the process that holds it; returns the release function. */
export function lockDataDir(lockFile: string): () => void {
  if (existsSync(lockFile)) {
    const holder = Number(readFileSync(lockFile, "utf8"));
    if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
      throw new Error(`The embedded database is in use by another Pillars process (pid ${holder}). Stop it first.`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/** The embedded demo's session-signing secret: made once, kept beside its data (never committed). */
export function embeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
