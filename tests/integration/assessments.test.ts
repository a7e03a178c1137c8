import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { LoadedFramework } from "@/lib/frameworks/load";
import { createAssessment, saveAssessment, shareAssessment } from "@/lib/assessments/mutations";
import { assessmentsFor, getAssessment, myAssessments } from "@/lib/assessments/queries";
import { assignLevel } from "@/lib/levels/mutations";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Assessments: authors, the chain above, the person assessed; bad input writes nothing.

let framework: LoadedFramework;
let people: Record<string, number>;
let actors: Record<string, Actor>;
const failure = refusal;

beforeAll(async () => {
  ({ framework, people, actors } = await buildGrowthOrg());
});

const level = (code: string) => framework.levelIds.get(code)!;

const version = async (id: number) => (await db().assessment.findUniqueOrThrow({ where: { id } })).version;
const sees = async (actor: Actor, assessmentId: number) => getAssessment({ actor, assessmentId }).then(() => true, (e) => (isAppError(e) && e.code === "NOT_FOUND" ? false : Promise.reject(e)));
let managerAssessment: number;

describe("assessments", () => {
  beforeAll(async () => {
    for (const name of ["dana", "mia"]) {
      await assignLevel({ actor: actors.vera!, input: { personId: people[name]!, levelId: level(name === "dana" ? "M3" : "M1"), effectiveFrom: "2024-01-01", reason: "HIRE" } });
    }
  });

  it("refuses assessing someone outside the tree below you, or without a level", async () => {
    const input = { personId: people.mia!, kind: "MANAGER" as const, date: "2025-06-01" };
    expect((await failure(createAssessment({ actor: actors.dario!, input }))).code).toBe("NOT_FOUND");
    expect((await failure(createAssessment({ actor: actors.hr!, input }))).code).toBe("NOT_FOUND");
    expect((await failure(createAssessment({ actor: actors.mia!, input: { ...input, kind: "SELF", personId: people.eli! } }))).code).toBe("NOT_FOUND");
    expect((await failure(createAssessment({ actor: actors.mia!, input: { ...input, personId: people.eli! } }))).fields.personId).toBeDefined();
    expect(await db().assessment.count()).toBe(0);
  });

  it("keeps a draft from the manager assessed until it is shared", async () => {
    managerAssessment = await createAssessment({ actor: actors.dana!, input: { personId: people.mia!, kind: "MANAGER", date: "2025-06-01" } });
    const [first, second] = framework.competencyIds.get("management")!;
    await saveAssessment({ actor: actors.dana!, input: { assessmentId: managerAssessment, version: 1, promotionReadiness: "WITHIN_6_12_MONTHS", summary: "Solid first year",
      ratings: [{ competencyId: first!, rating: 2, evidence: "Missed two hiring loops" }, { competencyId: second!, rating: 4 }] } });
    expect(await sees(actors.mia!, managerAssessment)).toBe(false);
    expect(await sees(actors.vera!, managerAssessment)).toBe(false); // drafts stay with their author
    expect(await myAssessments({ actor: actors.mia! })).toEqual([]);
    const mine = await getAssessment({ actor: actors.dana!, assessmentId: managerAssessment });
    expect(mine.gaps.competencies.find((c) => c.competencyId === first)?.standing).toBe("BELOW");
    expect(await sees(actors.dario!, managerAssessment)).toBe(false);

    await shareAssessment({ actor: actors.dana!, input: { assessmentId: managerAssessment, version: await version(managerAssessment) } });
    expect(await sees(actors.mia!, managerAssessment)).toBe(true);
    expect(await sees(actors.vera!, managerAssessment)).toBe(true);
    expect(await sees(actors.hr!, managerAssessment)).toBe(true);
    expect(await sees(actors.dario!, managerAssessment)).toBe(false);
    expect(await sees(actors.admin!, managerAssessment)).toBe(false);
    expect((await myAssessments({ actor: actors.mia! })).map((a) => a.id)).toEqual([managerAssessment]);
    expect((await failure(assessmentsFor({ actor: actors.dario!, personId: people.mia! }))).code).toBe("NOT_FOUND");
  });

  it("audits ratings, evidence and summary as field names only", async () => {
    const events = await db().auditEvent.findMany({ where: { entityType: { in: ["Assessment", "AssessmentRating"] } } });
    const text = JSON.stringify(events.map((e) => [e.before, e.after]));
    expect(text).not.toMatch(/Missed two hiring loops|Solid first year/);
    expect(events.find((e) => e.action === "assessment.save")?.changedFields).toContain("summary");
    expect(events.filter((e) => e.action === "assessment.rating").map((e) => e.changedFields)).toContainEqual(["evidence", "rating"]);
  });

  it("refuses bad ratings, foreign competencies, oversized text and stale saves, writing nothing", async () => {
    const draft = await createAssessment({ actor: actors.dana!, input: { personId: people.mia!, kind: "MANAGER", date: "2025-07-01" } });
    const [first] = framework.competencyIds.get("management")!;
    const [foreign] = framework.competencyIds.get([...framework.competencyIds.keys()].find((key) => key !== "management")!)!;
    const save = (input: object) => failure(saveAssessment({ actor: actors.dana!, input: { assessmentId: draft, version: 1, ratings: [], ...input } }));
    expect(Object.keys((await save({ ratings: [{ competencyId: first!, rating: 6 }, { competencyId: first!, rating: 0 }] })).fields)).toEqual(["ratings.0.rating", "ratings.1.rating"]);
    expect((await save({ ratings: [{ competencyId: first!, rating: 3 }, { competencyId: foreign!, rating: 3 }] })).fields).toEqual({ "ratings.1.competencyId": ["not in this framework version"] });
    expect(Object.keys((await save({ summary: "s".repeat(4_001), ratings: [{ competencyId: first!, rating: 3, evidence: "e".repeat(2_001) }] })).fields).sort())
      .toEqual(["ratings.0.evidence", "summary"]);
    await saveAssessment({ actor: actors.dana!, input: { assessmentId: draft, version: 1, ratings: [{ competencyId: first!, rating: 3 }] } });
    expect((await save({ ratings: [{ competencyId: first!, rating: 5 }] })).code).toBe("CONFLICT");
    expect((await db().assessmentRating.findMany({ where: { assessmentId: draft } })).map((r) => r.rating)).toEqual([3]);
    expect((await failure(saveAssessment({ actor: actors.vera!, input: { assessmentId: draft, version: 2, ratings: [] } }))).code).toBe("NOT_FOUND");
    expect((await failure(saveAssessment({ actor: actors.dana!, input: { assessmentId: managerAssessment, version: await version(managerAssessment), ratings: [] } }))).code).toBe("UNPROCESSABLE");
  });

  it("shows a self-assessment to its author, and to the chain once submitted", async () => {
    const self = await createAssessment({ actor: actors.mia!, input: { personId: people.mia!, kind: "SELF", date: "2025-06-15" } });
    const [first] = framework.competencyIds.get("management")!;
    await saveAssessment({ actor: actors.mia!, input: { assessmentId: self, version: 1, ratings: [{ competencyId: first!, rating: 3 }] } });
    expect(await sees(actors.mia!, self)).toBe(true);
    expect(await sees(actors.dana!, self)).toBe(false);
    await saveAssessment({ actor: actors.mia!, input: { assessmentId: self, version: 2, ratings: [{ competencyId: first!, rating: 3 }], submit: true } });
    expect(await sees(actors.dana!, self)).toBe(true);
    expect(await sees(actors.vera!, self)).toBe(true);
    expect(await sees(actors.dario!, self)).toBe(false);
    expect((await myAssessments({ actor: actors.mia! })).map((a) => a.kind).sort()).toEqual(["MANAGER", "SELF"]);
    expect((await assessmentsFor({ actor: actors.dana!, personId: people.mia! })).map((a) => a.id).sort()).toContain(self);
  });
});
