import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { createServer } from "node:net";

// The embedded database: PGlite (Postgres compiled to WebAssembly) served over the Postgres
// wire protocol on 127.0.0.1, so Prisma, its migrations and the app talk to it like any server.
// PGlite is a single backend: one client connection at a time (the app's pool is kept at 1).

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/** A free TCP port on the loopback interface, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts PGlite on a port. `dataDir` keeps data between runs; without it the database lives in
 * memory. Extra connections share the one backend, so allow them only where clients take turns
 * (a test suite beside the CLI), never for concurrent transactions.
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number; maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  const port = options.port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: options.maxConnections ?? 1 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
