import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { LoadedFramework } from "@/lib/frameworks/load";
import { assignLevel } from "@/lib/levels/mutations";
import { currentLevel, levelHistory } from "@/lib/levels/queries";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Level assignments: who may change a level, how history closes, and who may read it.

let framework: LoadedFramework;
let people: Record<string, number>;
let actors: Record<string, Actor>;
const failure = refusal;

beforeAll(async () => {
  ({ framework, people, actors } = await buildGrowthOrg());
});

const level = (code: string) => framework.levelIds.get(code)!;

describe("level assignments", () => {
  it("hires and then promotes a manager: the previous assignment closes the day before", async () => {
    await assignLevel({ actor: actors.vera!, input: { personId: people.mia!, levelId: level("M1"), effectiveFrom: "2024-01-01", reason: "HIRE" } });
    await assignLevel({ actor: actors.dana!, input: { personId: people.mia!, levelId: level("M2"), effectiveFrom: "2025-03-01", reason: "PROMOTION", note: "Took a second team" } });
    const history = await levelHistory({ actor: actors.dana!, personId: people.mia! });
    expect(history.map((h) => [h.levelCode, h.effectiveFrom, h.effectiveTo, h.reason])).toEqual([
      ["M2", "2025-03-01", null, "PROMOTION"],
      ["M1", "2024-01-01", "2025-02-28", "HIRE"],
    ]);
    expect((await currentLevel(people.mia!))?.level.code).toBe("M2");
    expect(await db().auditEvent.count({ where: { action: "level.assign", entityType: "LevelAssignment" } })).toBe(2);
  });

  it("lets the person read their own history and HR read everyone's", async () => {
    expect((await levelHistory({ actor: actors.mia!, personId: people.mia! })).length).toBe(2);
    expect((await levelHistory({ actor: actors.hr!, personId: people.mia! })).length).toBe(2);
  });

  it("answers 404 to a director outside the subtree, to HR and ADMIN writing, and to an admin reading", async () => {
    const input = { personId: people.mia!, levelId: level("M3"), effectiveFrom: "2026-01-01", reason: "PROMOTION" as const };
    expect((await failure(assignLevel({ actor: actors.dario!, input }))).code).toBe("NOT_FOUND");
    expect((await failure(assignLevel({ actor: actors.hr!, input }))).code).toBe("NOT_FOUND");
    expect((await failure(assignLevel({ actor: actors.admin!, input }))).code).toBe("NOT_FOUND");
    expect((await failure(levelHistory({ actor: actors.dario!, personId: people.mia! }))).code).toBe("NOT_FOUND");
    expect((await failure(levelHistory({ actor: actors.admin!, personId: people.mia! }))).code).toBe("NOT_FOUND");
    // A manager never changes their own level: their scope is below them.
    expect((await failure(assignLevel({ actor: actors.mia!, input }))).code).toBe("NOT_FOUND");
    expect(await db().levelAssignment.count({ where: { personId: people.mia! } })).toBe(2);
  });

  it("refuses a date on or before the current start, the same level, and unpublished levels", async () => {
    const base = { personId: people.mia!, reason: "CALIBRATION" as const };
    expect((await failure(assignLevel({ actor: actors.vera!, input: { ...base, levelId: level("M1"), effectiveFrom: "2025-03-01" } }))).fields.effectiveFrom?.[0])
      .toMatch(/Must be after 2025-03-01/);
    expect((await failure(assignLevel({ actor: actors.vera!, input: { ...base, levelId: level("M2"), effectiveFrom: "2025-09-01" } }))).fields.levelId)
      .toEqual(["This person is already at this level"]);
    const draft = await db().frameworkVersion.create({ data: { frameworkId: (await db().framework.findFirstOrThrow()).id, number: 2, status: "DRAFT" } });
    const track = await db().track.create({ data: { frameworkVersionId: draft.id, key: "management", name: "Management", kind: "MANAGEMENT" } });
    const draftLevel = await db().level.create({ data: { trackId: track.id, rank: 1, code: "M1", name: "Draft EM" } });
    expect((await failure(assignLevel({ actor: actors.vera!, input: { ...base, levelId: draftLevel.id, effectiveFrom: "2025-09-01" } }))).fields.levelId)
      .toEqual(["Choose a level of the published framework"]);
    expect(await db().levelAssignment.count({ where: { personId: people.mia! } })).toBe(2);
  });
});
