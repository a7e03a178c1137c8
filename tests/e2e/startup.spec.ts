import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// A server with a bad environment must refuse to start and name the variable.
function startWith(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "0"], {
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("start-up stops on a malformed DATABASE_URL, naming it @server", async () => {
  test.setTimeout(60_000);
  const { code, output } = await startWith({ DATABASE_URL: "mysql://nope", DATABASE_POOL_MAX: "lots" });
  expect(code).toBe(1);
  expect(output).toContain("DATABASE_URL: must be a postgresql:// URL");
  expect(output).toContain("DATABASE_POOL_MAX");
});
