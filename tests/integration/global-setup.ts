import type { TestProject } from "vitest/node";
import { prisma } from "../../scripts/run";
import { assertLocalDatabase } from "../../prisma/seed/local-database";
import { createFreshDatabase, dropDatabase } from "../support/database";

// A fresh database for the run, migrated with the committed migrations (`migrate deploy`,
// exactly as production does). On an embedded server the instance itself is fresh.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocalDatabase(adminUrl);
  const embedded = process.env.TEST_DATABASE_MODE === "embedded";
  const name = `pillars_it_${process.pid}`;
  const url = embedded ? adminUrl : await createFreshDatabase(adminUrl, name);
  await prisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  project.provide("databaseUrl", url);
  return async () => {
    if (!embedded) await dropDatabase(adminUrl, name);
  };
}
