import { PGlite } from "@electric-sql/pglite";
import { createServer } from "node:net";
import { serveWire } from "./embedded-wire";

// The embedded database: PGlite (Postgres compiled to WebAssembly) served over the Postgres
// wire protocol on 127.0.0.1, so Prisma, its migrations and the app talk to it like any server.
// PGlite is a single backend: any number of clients connect, and take turns a transaction at a
// time (./embedded-wire.ts says what that costs).

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

/** Starts PGlite on a port. `dataDir` keeps data between runs; without it the database lives in memory. */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  const port = options.port ?? (await freePort());
  const server = await serveWire(db, port).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop: server.stop };
}
