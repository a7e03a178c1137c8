import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import path from "node:path";

// Runs a command and resolves with its exit code; output goes to this terminal.
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like `run`, but throws when the command fails. */
export async function runOrThrow(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}

export const ROOT = path.resolve(import.meta.dirname, "..");

/** A binary from node_modules/.bin, so nothing depends on npx resolving it. */
export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** The Prisma CLI with the offline schema engine (prisma.config.ts points it there). */
export function prisma(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return runOrThrow(bin("prisma"), args, { cwd: ROOT, env });
}

/** The background job worker (scripts/worker.ts) as a child process, its output in this terminal. */
export function spawnWorker(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/worker.ts")], { cwd: ROOT, env, stdio: "inherit" });
}

/** Stops a child process with SIGTERM and waits for it to exit (at once if it already has). */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
