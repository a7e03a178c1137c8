import { env } from "../lib/env";
import { startWorker } from "../lib/jobs/worker";

// `npm run worker` (npm start runs it beside the web server): the background job worker.
async function main(): Promise<void> {
  const boss = await startWorker({ connectionString: env().DATABASE_URL });
  console.log("Background worker running: daily erasure of departed people past their retention period; hourly check-in reminders (when SMTP is set).");
  const stop = async () => {
    await boss.stop({ graceful: true, timeout: 10_000 });
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
