import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

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
