import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/embedded-postgres";

// The embedded server (PGlite behind scripts/embedded-wire.ts) with several clients at once:
// each gets its own answers, and a transaction keeps the one backend until it ends. The server
// runs in memory for this file; it does not use the suite's database.

describe("embedded Postgres with concurrent clients", () => {
  let server: EmbeddedPostgres;
  const clients: pg.Client[] = [];

  async function connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: server.url });
    client.on("error", () => {}); // a test destroys its socket on purpose
    await client.connect();
    clients.push(client);
    return client;
  }

  /** Whether `promise` is still pending after the server has had time to answer it. */
  async function stillPending(promise: Promise<unknown>): Promise<boolean> {
    const pending = Symbol("pending");
    return (await Promise.race([promise.catch(() => undefined), sleep(150, pending)])) === pending;
  }

  async function count(client: pg.Client): Promise<number> {
    return (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM item")).rows[0]!.n;
  }

  beforeAll(async () => {
    server = await startEmbeddedPostgres();
    const setup = await connect();
    await setup.query("CREATE TABLE item (id int PRIMARY KEY)");
  });

  beforeEach(async () => {
    await clients[0]!.query("TRUNCATE item");
  });

  afterEach(async () => {
    await Promise.all(clients.splice(1).map((client) => client.end().catch(() => undefined)));
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    await server.stop();
  });

  it("gives every client its own answers to many concurrent parameterised queries", async () => {
    // Each client's statement differs, so running one with another's parameters shows; every
    // twentieth carries a large parameter, which reaches the server in several socket reads.
    const pool = new pg.Pool({ connectionString: server.url, max: 3 });
    const wrong: string[] = [];
    async function check(client: pg.Client | pg.Pool, c: number, i: number): Promise<void> {
      const size = i % 20 === 0 ? 300_000 : i;
      const { rows } = await client.query<{ c: number; sum: number; size: number }>(
        `SELECT ${c} AS c, $1::int + $2::int AS sum, length($3::text) AS size`,
        [c * 1000, i, "x".repeat(size)],
      );
      const [row] = rows;
      if (row?.c !== c || row.sum !== c * 1000 + i || row.size !== size) wrong.push(`client ${c}, query ${i}: ${JSON.stringify(row)}`);
    }
    try {
      const connected = await Promise.all([connect(), connect(), connect(), connect()]);
      await Promise.all([
        // A client sends its next query once the last is answered; the pool keeps three going.
        ...connected.map(async (client, c) => {
          for (let i = 0; i < 200; i++) await check(client, c, i);
        }),
        ...Array.from({ length: 200 }, (_, i) => check(pool, 9, i)),
      ]);
      expect(wrong).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it("makes others wait for an open transaction, and shows them only what it committed", async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query("BEGIN");
    await a.query("INSERT INTO item VALUES ($1)", [1]);
    const counted = count(b);
    expect(await stillPending(counted)).toBe(true);
    await a.query("INSERT INTO item VALUES ($1)", [2]);
    expect(await count(a)).toBe(2);
    await a.query("COMMIT");
    expect(await counted).toBe(2);
  });

  it("keeps another client's write out of a transaction that rolls back", async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query("BEGIN");
    await a.query("INSERT INTO item VALUES ($1)", [1]);
    const written = b.query("INSERT INTO item VALUES ($1)", [99]);
    expect(await stillPending(written)).toBe(true);
    await a.query("ROLLBACK");
    await written;
    expect((await b.query<{ id: number }>("SELECT id FROM item")).rows).toEqual([{ id: 99 }]);
  });

  it("rolls back a client that hangs up inside a transaction, and drops its queued statements", async () => {
    const [a, b, c] = [await connect(), await connect(), await connect()];
    await a.query("BEGIN");
    await a.query("INSERT INTO item VALUES ($1)", [1]);
    const queued = c.query("INSERT INTO item VALUES ($1)", [3]).catch(() => "failed");
    expect(await stillPending(queued)).toBe(true);
    c.connection.stream.destroy();
    await sleep(100); // C's hang-up reaches the server before A's hands the backend on
    a.connection.stream.destroy();
    expect(await queued).toBe("failed");
    expect(await count(b)).toBe(0);
    await b.query("BEGIN");
    await b.query("INSERT INTO item VALUES ($1)", [2]);
    await b.query("COMMIT");
    expect(await count(b)).toBe(1);
  });

  it("fails only the query that errors, in or out of a transaction", async () => {
    const [a, b] = [await connect(), await connect()];
    const answers = async (client: pg.Client, sql: string) => {
      const results: Array<number | string> = [];
      for (let i = 0; i < 50; i++) {
        const result = await client.query<{ n: number }>(sql, [i]).catch((error: Error) => error.message);
        results.push(typeof result === "string" ? result : result.rows[0]!.n);
      }
      return results;
    };
    const [failing, others] = await Promise.all([answers(a, "SELECT 10 / ($1::int - $1::int) AS n"), answers(b, "SELECT $1::int AS n")]);
    expect(failing).toEqual(Array.from({ length: 50 }, () => "division by zero"));
    expect(others).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect((await a.query<{ n: number }>("SELECT $1::int AS n", [5])).rows).toEqual([{ n: 5 }]);

    await a.query("BEGIN");
    await expect(a.query("SELECT 10 / $1::int", [0])).rejects.toThrow("division by zero");
    const counted = count(b);
    expect(await stillPending(counted)).toBe(true);
    await a.query("ROLLBACK");
    expect(await counted).toBe(0);
  });

  it("runs pg-boss from two instances at once", async () => {
    const worker = new PgBoss({ connectionString: server.url, max: 3 });
    const sender = new PgBoss({ connectionString: server.url, max: 2, supervise: false, schedule: false });
    try {
      await Promise.all([worker.start(), sender.start()]);
      await Promise.all([worker.createQueue("embedded-test"), sender.createQueue("embedded-test")]);
      const ids = await Promise.all([1, 2, 3, 4].map((n) => sender.send("embedded-test", { n })));
      const jobs = await worker.fetch<{ n: number }>("embedded-test", { batchSize: 10 });
      expect(jobs.map((job) => job.id).sort()).toEqual([...ids].sort());
      await worker.complete("embedded-test", jobs.map((job) => job.id));
      const found = await sender.findJobs("embedded-test");
      expect(found.map((job) => job.state)).toEqual(["completed", "completed", "completed", "completed"]);
    } finally {
      await Promise.all([worker.stop({ graceful: false }), sender.stop({ graceful: false })]);
    }
  });
});
