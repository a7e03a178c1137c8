// Runs once when a server instance starts, before it takes requests. The Node-only start-up
// work lives in lib/boot.ts so the Edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { announceFirstRun, checkEnvironmentOrExit } = await import("@/lib/boot");
    checkEnvironmentOrExit();
    await announceFirstRun();
  }
}
