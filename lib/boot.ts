import { env, EnvError } from "@/lib/env";

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
