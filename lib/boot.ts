import { env, EnvError } from "@/lib/env";
import { logger } from "@/lib/logger";

/** A bad environment stops start-up here, naming the variable, rather than failing on first use. */
export function checkEnvironmentOrExit(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** On a database with no administrator yet, prints how to set Pillars up. */
export async function announceFirstRun(): Promise<void> {
  try {
    const { refreshSetupToken } = await import("@/lib/setup/token");
    const token = await refreshSetupToken(env().SETUP_TOKEN);
    if (!token) return;
    console.log(
      [
        "",
        "Pillars has no administrator yet. To set it up, open",
        `  ${env().APP_URL}/setup`,
        "and enter this one-time setup token:",
        `  ${token}`,
        'Or create the first admin from a shell: npm run admin:create -- --email you@example.com --name "Your Name" --org "Your organisation"',
        "",
      ].join("\n"),
    );
  } catch (error) {
    // The database may not be reachable yet; the health check reports it and the next start retries.
    logger.warn({ err: error }, "could not check for first-run setup");
  }
}
