import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One Prisma client per server process, kept on globalThis so dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { pillarsDb?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  // No JIT: our statements run for milliseconds, and Postgres's JIT compiled a rollup build for
  // 1.4 s before running it for 0.2 s (the planner's cost estimate crossed jit_above_cost).
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, options: "-c jit=off" });
  return new PrismaClient({ adapter });
}

export function db(): PrismaClient {
  globalForDb.pillarsDb ??= createClient();
  return globalForDb.pillarsDb;
}
