import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { parseDate } from "@/lib/dates";
import { seedDemoOrg } from "../../prisma/seed/demo-org";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-users";
import { truncateAllTables } from "../../prisma/seed/truncate";

// The demo organisation is what a newcomer sees first: it must be complete and consistent.
describe("demo organisation", () => {
  const today = parseDate("2026-11-21");

  beforeAll(async () => {
    await truncateAllTables(db());
    await seedDemoOrg(db(), today);
  });

  it("has about 60 people in one reporting tree, two regions and an acquired team", async () => {
    const prisma = db();
    expect(await prisma.person.count()).toBe(60);
    const regions = await prisma.person.groupBy({ by: ["region"], _count: true });
    expect(regions.map((r) => r.region).sort()).toEqual(["NEARSHORE", "ONSHORE"]);
    expect(await prisma.team.count({ where: { originCompany: { not: null } } })).toBe(1);
    const vpe = await prisma.person.findFirstOrThrow({ where: { title: "VP of Engineering" } });
    const belowVpe = await prisma.personClosure.count({ where: { ancestorId: vpe.id, depth: { gt: 0 } } });
    // Everyone but the VPE and the HR partner (outside engineering) reports up to the VPE.
    expect(belowVpe).toBe(58);
  });

  it("signs in the README's demo users with their roles", async () => {
    const users = await db().user.findMany({ where: { email: { in: ["vpe@pillars.demo", "director@pillars.demo", "manager@pillars.demo", "hr@pillars.demo", "admin@pillars.demo"] } } });
    expect(Object.fromEntries(users.map((u) => [u.email, u.roles]))).toEqual({
      "vpe@pillars.demo": ["VPE"],
      "director@pillars.demo": ["DIRECTOR"],
      "manager@pillars.demo": ["MANAGER"],
      "hr@pillars.demo": ["HR_PARTNER"],
      "admin@pillars.demo": ["ADMIN"],
    });
    expect(await verifyPassword(users[0]!.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(users[0]!.passwordHash!, "wrong")).toBe(false);
  });

  it("stores the seven figures on every submitted check-in, one answer row each, and none on drafts", async () => {
    const prisma = db();
    const submitted = await prisma.checkIn.count({ where: { status: "SUBMITTED" } });
    expect(submitted).toBeGreaterThan(500);
    const missingFigure = await prisma.checkIn.count({
      where: { status: "SUBMITTED", OR: [{ scoreQuality: null }, { scoreSkills: null }, { psychologicalSafety: null }, { autonomy: null }, { trust: null }] },
    });
    expect(missingFigure).toBe(0);
    expect(await prisma.checkIn.count({ where: { status: "DRAFT", NOT: { scoreQuality: null } } })).toBe(0);
    const metricAnswers = await prisma.checkInAnswer.count({ where: { question: { metricKey: { not: null } } } });
    expect(metricAnswers).toBe((await prisma.checkIn.count()) * 7);
    expect(await prisma.checkIn.count({ where: { date: { gt: today } } })).toBe(0);
  });

  it("has assessors above the people they assess, and departures matching end dates", async () => {
    const prisma = db();
    const assessments = await prisma.assessment.findMany({ select: { personId: true, assessorId: true } });
    expect(assessments.length).toBeGreaterThan(0);
    for (const { personId, assessorId } of assessments) {
      expect(await prisma.personClosure.count({ where: { ancestorId: assessorId, descendantId: personId, depth: { gt: 0 } } })).toBe(1);
    }
    const departures = await prisma.departure.findMany({ include: { person: true } });
    expect(departures.length).toBe(4);
    for (const departure of departures) expect(departure.person.endDate).toEqual(departure.date);
  });

  it("records risks with mitigations and history, none written by the person at risk", async () => {
    const risks = await db().retentionRisk.findMany({ include: { mitigations: true, history: true, createdBy: true } });
    expect(risks.length).toBe(6);
    for (const risk of risks) {
      expect(risk.mitigations.length).toBeGreaterThan(0);
      expect(risk.history.length).toBeGreaterThan(0);
      expect(risk.createdBy.personId).not.toBe(risk.personId);
    }
  });
});
