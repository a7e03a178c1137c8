import { existsSync } from "node:fs";
import { run } from "./run";

// Browser tests use Debian's Chromium: Playwright's own browser download cannot work on an
// offline or registry-only network. Installs it when we can (root), otherwise says how.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM_PATH)) return;
  const installCommand = "apt-get update && apt-get install -y --no-install-recommends chromium";
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; the browser tests need it. Install it with:\n  sudo sh -c '${installCommand}'`);
  }
  console.log(`Chromium is missing at ${CHROMIUM_PATH}; installing Debian's package…`);
  const code = await run("sh", ["-c", installCommand], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (code !== 0 || !existsSync(CHROMIUM_PATH)) {
    throw new Error(`Installing Chromium failed. Run this and try again:\n  ${installCommand}`);
  }
}
