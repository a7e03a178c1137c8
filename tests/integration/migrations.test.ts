import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bin, ROOT } from "../../scripts/run";

// The committed migrations build the database the schema describes: a fresh database migrates,
// and diffing the migrated database against schema.prisma finds nothing (no drift).

const migrationDirs = readdirSync(path.join(ROOT, "prisma", "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Runs the Prisma CLI; returns its exit code, and its output for a failing assertion's message. */
function prismaCli(args: string[]): { code: number | null; output: string } {
  const result = spawnSync(bin("prisma"), args, { cwd: ROOT, env: process.env, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("migrations", () => {
  it("applies every committed migration to a fresh database", async () => {
    expect(migrationDirs.length).toBeGreaterThan(0);
    const applied = await db().$queryRaw<Array<{ migration_name: string; finished: boolean }>>`
      SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
      FROM _prisma_migrations ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(migrationDirs);
    expect(applied.every((row) => row.finished)).toBe(true);
  });

  it("reports the database up to date", () => {
    const status = prismaCli(["migrate", "status"]);
    expect(status.code, status.output).toBe(0);
  });

  it("finds no drift between the migrated database and schema.prisma", () => {
    const diff = prismaCli(["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"]);
    expect(diff.code, diff.output).toBe(0);
  });

  it("would notice drift (the check can fail)", () => {
    const diff = prismaCli(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--exit-code"]);
    expect(diff.code, diff.output).toBe(2);
  });
});
