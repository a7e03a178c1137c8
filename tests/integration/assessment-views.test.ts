import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createAssessment, saveAssessment } from "@/lib/assessments/mutations";
import { getAssessment, latestVisibleAssessment, selfRatingsBeside } from "@/lib/assessments/queries";
import { db } from "@/lib/db";
import { parseDate } from "@/lib/dates";
import { seedDemoOrg } from "../../prisma/seed/demo-org";
import { truncateAllTables } from "../../prisma/seed/truncate";

// What the person page and the assessment page show beside an assessment: the latest one the
// reader may see, and the person's own submitted self-ratings for their assessor.

const actorFor = async (email: string): Promise<Actor> => {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return { userId: user.id, email: user.email, name: user.name, roles: user.roles, personId: user.personId };
};

let lucia: Actor;
let tomas: Actor;
let owen: Actor;
let admin: Actor;

beforeAll(async () => {
  await truncateAllTables(db());
  await seedDemoOrg(db(), parseDate(new Date().toISOString().slice(0, 10)));
  lucia = await actorFor("manager@pillars.demo");
  tomas = await actorFor("director@pillars.demo");
  owen = await actorFor("owen.clarke@pillars.demo");
  admin = await actorFor("admin@pillars.demo");
  // Lucía's demo assessment by Tomás, submitted (the chain sees it) whatever the demo left it as.
  await db().assessment.updateMany({ where: { personId: lucia.personId!, kind: "MANAGER" }, data: { status: "SUBMITTED" } });
});

describe("assessment views", () => {
  it("shows the chain the latest non-draft assessment, and nobody else", async () => {
    expect((await latestVisibleAssessment({ actor: tomas, personId: lucia.personId! }))?.person.id).toBe(lucia.personId);
    expect(await latestVisibleAssessment({ actor: admin, personId: lucia.personId! })).toBeNull();
    expect(await latestVisibleAssessment({ actor: owen, personId: lucia.personId! })).toBeNull();
  });

  it("puts a submitted self-assessment beside the assessor's ratings, never a draft, never for a peer", async () => {
    const managerAssessment = (await latestVisibleAssessment({ actor: tomas, personId: lucia.personId! }))!;
    const selfId = await createAssessment({ actor: lucia, input: { personId: lucia.personId!, kind: "SELF", date: new Date().toISOString().slice(0, 10) } });
    const self = await getAssessment({ actor: lucia, assessmentId: selfId });
    const ratings = self.expectations.map((e, index) => ({ competencyId: e.competencyId, rating: index === 0 ? 5 : 3 }));
    await saveAssessment({ actor: lucia, input: { assessmentId: selfId, version: self.version, ratings } });
    const args = { personId: lucia.personId!, levelId: managerAssessment.levelId, excludeId: managerAssessment.id };
    expect(await selfRatingsBeside({ actor: tomas, ...args })).toBeNull(); // still a draft

    await saveAssessment({ actor: lucia, input: { assessmentId: selfId, version: self.version + 1, ratings, submit: true } });
    const beside = await selfRatingsBeside({ actor: tomas, ...args });
    expect(beside?.ratings[self.expectations[0]!.competencyId]).toBe(5);
    expect(await selfRatingsBeside({ actor: owen, ...args })).toBeNull();
  });
});
