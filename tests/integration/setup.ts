import { inject } from "vitest";

// Domain code reads DATABASE_URL through lib/env; point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX ??= "2";
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789";
