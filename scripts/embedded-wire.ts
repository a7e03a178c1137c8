import type { PGlite } from "@electric-sql/pglite";
import { createServer, type Socket } from "node:net";

// The Postgres wire protocol in front of PGlite, for any number of clients at once. PGlite is
// one backend, so clients take turns: each runs whole units (the messages up to a Sync or a
// simple Query), and one that ends a unit inside a transaction keeps the backend until a later
// unit of its own leaves it idle. Others wait; so a transaction is never mixed with another
// client's statements, though it does stall them (one that is never closed stalls them for good).
// A client that hangs up mid-transaction is rolled back.
//
// Not supported — our clients (pg, pg-boss, Prisma's pg adapter and schema engine) don't use them:
// - COPY, LISTEN/NOTIFY (a notification goes to whichever client runs next), CancelRequest
//   (closes the connection that sends it), TLS (answered "N"), authentication (anyone may connect);
// - separate sessions: SET, named prepared statements, temporary tables, session advisory locks and
//   startup parameters are shared by every client, and the database name is ignored.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** Sync, then Query "ROLLBACK": ends whatever a client left open (a transaction, a batch). */
const RESET = Buffer.from("S\0\0\0\x04Q\0\0\0\x0dROLLBACK\0", "latin1");

export type WireServer = { stop: () => Promise<void> };

/** Lends the single backend to one connection at a time, in the order they asked for it. */
class Turns {
  private holder: symbol | undefined;
  private waiting: Array<{ who: symbol; answer: (granted: boolean) => void }> = [];

  /** Resolves true once `who` holds the backend, or false if it withdrew while waiting. */
  take(who: symbol): Promise<boolean> {
    this.holder ??= who;
    if (this.holder === who) return Promise.resolve(true);
    return new Promise((answer) => this.waiting.push({ who, answer }));
  }

  holds(who: symbol): boolean {
    return this.holder === who;
  }

  release(who: symbol): void {
    if (this.holder !== who) return;
    const next = this.waiting.shift();
    this.holder = next?.who;
    next?.answer(true);
  }

  /** Drops the waiting unit of a connection that hung up. */
  withdraw(who: symbol): void {
    for (const entry of this.waiting) if (entry.who === who) entry.answer(false);
    this.waiting = this.waiting.filter((entry) => entry.who !== who);
  }
}

/** Serves `db` on host:port until `stop()`, which also closes `db`. */
export async function serveWire(db: PGlite, port: number, host = "127.0.0.1"): Promise<WireServer> {
  const turns = new Turns();
  const connections = new Map<Socket, Promise<void>>();
  const server = createServer((socket) => {
    connections.set(socket, serveConnection(db, turns, socket).finally(() => connections.delete(socket)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return {
    stop: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of connections.keys()) socket.destroy();
      await Promise.all([closed, ...connections.values()]);
      await db.close();
    },
  };
}

/** One client. Its messages are handled strictly in order; settles once it has hung up and let go. */
function serveConnection(db: PGlite, turns: Turns, socket: Socket): Promise<void> {
  const me = Symbol("connection");
  let input = Buffer.alloc(0);
  let unit: Buffer[] = [];
  let started = false;
  let gone = false;
  let steps = Promise.resolve();
  const next = (step: () => Promise<void>) => (steps = steps.then(step).catch(() => void socket.destroy()));

  /** The next whole message, if it has arrived. Before the startup message they carry no type byte. */
  function take(): Buffer | undefined {
    const header = started ? 5 : 4;
    if (input.length < header) return undefined;
    const size = header - 4 + input.readInt32BE(header - 4);
    if (size < header) throw new Error("malformed message");
    if (input.length < size) return undefined;
    const message = input.subarray(0, size);
    input = input.subarray(size);
    return message;
  }

  async function handle(message: Buffer): Promise<void> {
    if (!started) {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) socket.write("N");
      else if (code === CANCEL_REQUEST) socket.destroy();
      else {
        // PGlite answers every startup message afresh (auth ok, parameters, ReadyForQuery).
        started = true;
        await run(message, true);
      }
      return;
    }
    const type = String.fromCharCode(message.readUInt8(0));
    if (type === "X") {
      gone = true;
      socket.end();
      return;
    }
    unit.push(message);
    // A Flush asks for the replies so far in the middle of a batch: run them, but keep the backend.
    if (type === "S" || type === "Q" || type === "H") {
      const messages = Buffer.concat(unit);
      unit = [];
      await run(messages, type !== "H");
    }
  }

  /** Runs a unit on the backend, streaming PGlite's replies to the client. */
  async function run(messages: Buffer, mayLetGo: boolean): Promise<void> {
    if (!(await turns.take(me))) return;
    // PGlite hands out views of its WebAssembly memory: copy each piece before queueing it.
    const onRawData = (data: Uint8Array) => {
      if (!socket.destroyed) socket.write(Buffer.from(data));
    };
    await db.runExclusive(() => db.execProtocolRawStream(messages, { onRawData }));
    if (mayLetGo && !db.isInTransaction()) turns.release(me);
  }

  async function hangUp(): Promise<void> {
    try {
      if (turns.holds(me)) await db.runExclusive(() => db.execProtocolRawStream(RESET, { onRawData: () => {} }));
    } finally {
      turns.release(me);
    }
  }

  socket.setNoDelay(true);
  socket.on("data", (chunk) => {
    input = Buffer.concat([input, chunk]);
    next(async () => {
      for (let message = take(); message && !gone; message = take()) await handle(message);
    });
  });
  // A reset connection reports an error, then closes: the close is handled below.
  socket.on("error", () => {});
  return new Promise((resolve) => {
    socket.on("close", () => {
      gone = true;
      turns.withdraw(me);
      void next(hangUp).then(resolve);
    });
  });
}
