// Runs once when a server instance starts, before it takes requests. The Node-only start-up
// checks live in lib/boot.ts so the Edge bundle never sees them.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("@/lib/boot");
    checkEnvironmentOrExit();
  }
}
