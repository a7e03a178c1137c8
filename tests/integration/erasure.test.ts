import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { dueForErasure, eraseDuePeople } from "@/lib/erasure/due";
import { erasePerson } from "@/lib/erasure/erase-person";
import { AppError } from "@/lib/errors";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { createPublishedFramework } from "@/lib/frameworks/load";
import { truncateAllTables } from "../../prisma/seed/truncate";

// Erasure of a departed person against the real database: afterwards no table holds her
// names, email or the free text about her — found by scanning every row of every table, so a
// table added later that copies them fails here — while every figure is still there.

const NOW = new Date("2026-03-01T12:00:00Z");
const PASSWORD = "ada's long enough passphrase";
// Everything that must be gone: names, emails, identifying fields, and markers in free text.
const ERASED = ["Ada Lovelace", "Lovelace", "ada.lovelace@acme.test", "ada@acme.test", "E-1001", "Chief Loom Whisperer",
  "Babbage Street", "Analytical Engines", "WINS-X", "BLOCKERS-X", "STEP-X", "FOLLOWUP-X", "PRIVATE-X", "ANSWER-X",
  "ACTION-X", "LEVELNOTE-X", "SUMMARY-X", "EVIDENCE-X", "RISKNOTE-X", "MITIGATION-X", "HISTORY-X", "REASON-X",
  "SKILL-X", "OUTCOME-X", "AUDITWINS-X", "198.51.100.7"];

const SCORES = { scoreQuality: 4, scoreEngagement: 3, scoreGrowth: 5, scoreSkills: 2, psychologicalSafety: 4, autonomy: 3, trust: 5 };

const actor = (userId: number, roles: Actor["roles"]): Actor => ({ userId, email: "x@acme.test", name: "x", roles, personId: null });

async function tablesContaining(needle: string): Promise<string[]> {
  const tables = await db().$queryRaw<Array<{ name: string }>>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  const hits: string[] = [];
  for (const { name } of tables) {
    const [row] = await db().$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${name}" t WHERE row_to_json(t)::text ILIKE $1`,
      `%${needle}%`,
    );
    if (row && row.n > 0) hits.push(name);
  }
  return hits;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

type Key = "ada" | "adaUser" | "grace" | "admin" | "vpe" | "active" | "oldTimer" | "boundaryGoes" | "boundaryStays" | "checkIn" | "authored" | "risk";
let ids: Record<Key, number>;

async function buildScenario() {
  const prisma = db();
  await prisma.organization.create({ data: { name: "Acme", timeZone: "UTC", departedRetentionDays: 365 } });
  const { framework, template } = await prisma.$transaction(async (tx) => ({
    framework: await createPublishedFramework(tx, DEFAULT_FRAMEWORK),
    template: await createPublishedTemplate(tx, DEFAULT_TEMPLATE, true),
  }));
  const person = (name: string, data: Record<string, unknown> = {}) =>
    prisma.person.create({ data: { name, startDate: parseDate("2020-01-06"), ...data } });
  const grace = await person("Grace Hopper");
  const ada = await person("Ada Lovelace", {
    email: "ada.lovelace@acme.test", employeeId: "E-1001", title: "Chief Loom Whisperer", location: "Babbage Street, London",
    originCompany: "Analytical Engines Ltd", region: "NEARSHORE", managerId: grace.id, endDate: parseDate("2026-01-31"),
  });
  const active = await person("Linus Active", { managerId: grace.id });
  const oldTimer = await person("Old Timer", { endDate: parseDate("2024-12-01") });
  await person("Long Gone", { endDate: parseDate("2020-06-01"), erasedAt: new Date("2022-01-01") });
  // With 365 days' retention on 2026-03-01, the cutoff is 2025-03-01: only earlier end dates are due.
  const boundaryGoes = await person("Boundary Goes", { endDate: parseDate("2025-02-28") });
  const boundaryStays = await person("Boundary Stays", { endDate: parseDate("2025-03-01") });
  const user = (email: string, name: string, roles: Actor["roles"], personId: number | null, passwordHash: string | null = null) =>
    prisma.user.create({ data: { email, name, roles, personId, passwordHash } });
  const admin = await user("admin@acme.test", "Admin", ["ADMIN"], null);
  const vpe = await user("vpe@acme.test", "Vee Pee", ["VPE"], null);
  const graceUser = await user("grace@acme.test", "Grace Hopper", ["MANAGER"], grace.id);
  const adaUser = await user("ada@acme.test", "Ada Lovelace", ["MANAGER"], ada.id, await hashPassword(PASSWORD));
  await prisma.userToken.create({ data: { userId: adaUser.id, kind: "PASSWORD_RESET", tokenHash: "h1", expiresAt: new Date("2026-12-01") } });
  await prisma.signInThrottle.create({ data: { key: "account:ada@acme.test", failures: 2, lastFailureAt: NOW } });

  const q = (key: string) => template.questionIds.get(key) as number;
  const checkIn = await prisma.checkIn.create({
    data: {
      subjectId: ada.id, authorId: graceUser.id, templateVersionId: template.templateVersionId, date: parseDate("2026-01-10"),
      status: "SUBMITTED", ...SCORES,
      wins: "WINS-X", blockers: "BLOCKERS-X", growthDomain: "FINANCE", growthStep: "STEP-X", growthFollowUp: "FOLLOWUP-X", privateNote: "PRIVATE-X",
      answers: {
        create: [
          { questionId: q("quality-score"), value: 4 },
          { questionId: q("on-call-sustainable"), value: true },
          { questionId: q("experiment"), value: "ANSWER-X by Ada" },
        ],
      },
    },
  });
  await prisma.actionItem.create({ data: { checkInId: checkIn.id, subjectId: ada.id, ownerId: grace.id, title: "ACTION-X", dueDate: parseDate("2026-01-20") } });
  // Written by Ada about someone else: it stays.
  const authored = await prisma.checkIn.create({
    data: { subjectId: active.id, authorId: adaUser.id, templateVersionId: template.templateVersionId, date: parseDate("2026-01-12"), wins: "Shipped the parser" },
  });
  const levelId = framework.levelIds.get("M2") as number;
  await prisma.levelAssignment.create({ data: { personId: ada.id, levelId, effectiveFrom: parseDate("2024-01-01"), reason: "PROMOTION", note: "LEVELNOTE-X" } });
  const competencyId = (framework.competencyIds.get("management") as number[])[0] as number;
  await prisma.assessment.create({
    data: {
      personId: ada.id, assessorId: grace.id, frameworkVersionId: framework.frameworkVersionId, levelId, date: parseDate("2025-12-01"),
      status: "SHARED", promotionReadiness: "READY", summary: "SUMMARY-X", ratings: { create: [{ competencyId, rating: 4, evidence: "EVIDENCE-X" }] },
    },
  });
  const risk = await prisma.retentionRisk.create({
    data: {
      personId: ada.id, level: "HIGH", factors: ["COMPENSATION", "EXTERNAL_OFFER"], regrettable: true, notes: "RISKNOTE-X",
      nextReviewDate: parseDate("2026-01-15"), createdById: graceUser.id,
      mitigations: { create: [{ action: "MITIGATION-X", ownerId: grace.id, dueDate: parseDate("2026-01-20") }] },
      history: { create: [{ actorId: graceUser.id, changes: { level: { from: "MEDIUM", to: "HIGH" }, notes: { from: null, to: "HISTORY-X" } } }] },
    },
  });
  await prisma.departure.create({
    data: { personId: ada.id, date: parseDate("2026-01-31"), voluntary: true, regrettable: true, reason: "REASON-X", recordedById: vpe.id },
  });
  await prisma.skillItem.create({
    data: { kind: "EXPERIMENT", personId: ada.id, title: "SKILL-X", description: "SKILL-X", outcome: "OUTCOME-X", evidence: "SKILL-X", status: "COMPLETED" },
  });
  await prisma.reportSnapshot.create({
    data: {
      fiscalYear: 2026, quarter: 1, generatedById: vpe.id, status: "DONE",
      data: { topRisks: [{ name: "Ada Lovelace", email: "ada.lovelace@acme.test", level: "HIGH" }], headline: "Ada Lovelace's team grew", headcount: 3 },
    },
  });
  await prisma.auditEvent.createMany({
    data: [
      { action: "person.create", entityType: "Person", entityId: String(ada.id), actorId: admin.id,
        after: { name: "Ada Lovelace", employeeId: "E-1001", title: "Chief Loom Whisperer", region: "NEARSHORE" } },
      { action: "user.invite", entityType: "User", entityId: String(adaUser.id), actorId: admin.id, after: { email: "ada@acme.test", name: "Ada Lovelace" } },
      { action: "checkin.update", entityType: "CheckIn", entityId: String(checkIn.id), actorId: graceUser.id,
        before: { wins: "AUDITWINS-X" }, after: { wins: "WINS-X", status: "SUBMITTED" } },
      { action: "auth.sign_in", entityType: "User", entityId: String(adaUser.id), actorId: adaUser.id, ip: "198.51.100.7" },
      { action: "note", entityType: "Team", actorId: admin.id, after: { text: 'Welcome "Ada Lovelace"\\n to Canada' } },
    ],
  });
  ids = {
    ada: ada.id, adaUser: adaUser.id, grace: grace.id, admin: admin.id, vpe: vpe.id, active: active.id, oldTimer: oldTimer.id,
    boundaryGoes: boundaryGoes.id, boundaryStays: boundaryStays.id, checkIn: checkIn.id, authored: authored.id, risk: risk.id,
  };
}

describe("erasure of a departed person", () => {
  beforeAll(async () => {
    await truncateAllTables(db());
    await buildScenario();
  });

  it("finds the person's data before erasure (the scan works)", async () => {
    expect(await tablesContaining("Ada Lovelace")).toEqual(expect.arrayContaining(["Person", "User", "ReportSnapshot", "AuditEvent"]));
    expect(await tablesContaining("HISTORY-X")).toEqual(["RiskHistory"]);
  });

  it("is refused to a non-admin, for an active person, an unknown id and oneself, changing nothing", async () => {
    expect(await codeOf(erasePerson({ actor: actor(ids.vpe, ["VPE", "HR_PARTNER", "DIRECTOR"]), personId: ids.ada, now: NOW }))).toBe("NOT_FOUND");
    expect(await codeOf(erasePerson({ actor: actor(ids.admin, ["ADMIN"]), personId: ids.active, now: NOW }))).toBe("UNPROCESSABLE");
    expect(await codeOf(erasePerson({ actor: actor(ids.admin, ["ADMIN"]), personId: 999_999, now: NOW }))).toBe("NOT_FOUND");
    expect(await codeOf(erasePerson({ actor: { ...actor(ids.admin, ["ADMIN"]), personId: ids.ada }, personId: ids.ada, now: NOW }))).toBe("UNPROCESSABLE");
    // On her last day she is still in headcount.
    expect(await codeOf(erasePerson({ actor: actor(ids.admin, ["ADMIN"]), personId: ids.ada, now: new Date("2026-01-31T20:00:00Z") }))).toBe("UNPROCESSABLE");
    expect(await db().person.findUniqueOrThrow({ where: { id: ids.ada } })).toMatchObject({ name: "Ada Lovelace", erasedAt: null });
    expect(await db().auditEvent.count({ where: { action: "person.erase" } })).toBe(0);
  });

  it("leaves no name, email or free text about her in any table", async () => {
    expect(await erasePerson({ actor: actor(ids.admin, ["ADMIN"]), personId: ids.ada, now: NOW })).toEqual({ personId: ids.ada, erased: true });
    for (const needle of ERASED) expect({ needle, tables: await tablesContaining(needle) }).toEqual({ needle, tables: [] });
    const snapshot = await db().reportSnapshot.findFirstOrThrow();
    expect(snapshot.data).toMatchObject({ headline: `Former employee #${ids.ada}'s team grew`, headcount: 3 });
    const note = await db().auditEvent.findFirstOrThrow({ where: { action: "note" } });
    expect(note.after).toEqual({ text: `Welcome "Former employee #${ids.ada}"\\n to Canada` });
  });

  it("keeps every figure and her place in the tree", async () => {
    const prisma = db();
    expect(await prisma.person.findUniqueOrThrow({ where: { id: ids.ada } })).toMatchObject({
      name: `Former employee #${ids.ada}`, email: null, employeeId: null, title: null, location: null, originCompany: null,
      region: "NEARSHORE", managerId: ids.grace, endDate: parseDate("2026-01-31"), erasedAt: NOW,
    });
    const checkIn = await prisma.checkIn.findUniqueOrThrow({ where: { id: ids.checkIn }, include: { answers: { include: { question: true } } } });
    expect(checkIn).toMatchObject({ ...SCORES, growthDomain: "FINANCE", wins: null, blockers: null, growthStep: null, privateNote: null });
    const answers = Object.fromEntries(checkIn.answers.map((answer) => [answer.question.key, answer.value]));
    expect(answers).toEqual({ "quality-score": 4, "on-call-sustainable": true, experiment: "(erased)" });
    expect(await prisma.checkIn.findUniqueOrThrow({ where: { id: ids.authored } })).toMatchObject({ wins: "Shipped the parser" });
    const assessment = await prisma.assessment.findFirstOrThrow({ include: { ratings: true } });
    expect(assessment).toMatchObject({ promotionReadiness: "READY", summary: null, ratings: [{ rating: 4, evidence: null }] });
    const risk = await prisma.retentionRisk.findUniqueOrThrow({ where: { id: ids.risk }, include: { history: true, mitigations: true } });
    expect(risk).toMatchObject({ level: "HIGH", factors: ["COMPENSATION", "EXTERNAL_OFFER"], regrettable: true, notes: null });
    expect(risk.mitigations).toMatchObject([{ action: "(erased)", dueDate: parseDate("2026-01-20"), status: "OPEN" }]);
    expect(risk.history[0]?.changes).toEqual({ level: { from: "MEDIUM", to: "HIGH" }, notes: { from: null, to: "(erased)" } });
    expect(await prisma.departure.findFirstOrThrow()).toMatchObject({ date: parseDate("2026-01-31"), voluntary: true, regrettable: true, reason: null });
    expect(await prisma.skillItem.findFirstOrThrow()).toMatchObject({ kind: "EXPERIMENT", status: "COMPLETED", title: "(erased)", outcome: null });
  });

  it("closes her login for good and audits the erasure without its content", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: ids.adaUser }, include: { tokens: true } });
    expect(user).toMatchObject({ active: false, passwordHash: null, email: `erased-user-${ids.adaUser}@invalid`, name: `Former employee #${ids.ada}`, sessionVersion: 2 });
    expect(user.tokens.every((token) => token.usedAt !== null)).toBe(true);
    expect(await verifyCredentials({ email: "ada@acme.test", password: PASSWORD, ip: null })).toEqual({ ok: false, reason: "invalid" });
    const events = await db().auditEvent.findMany({ where: { action: "person.erase" } });
    expect(events).toMatchObject([{ actorId: ids.admin, entityType: "Person", entityId: String(ids.ada), before: null }]);
  });

  it("is a no-op the second time", async () => {
    expect(await erasePerson({ actor: actor(ids.admin, ["ADMIN"]), personId: ids.ada, now: NOW })).toEqual({ personId: ids.ada, erased: false });
    expect(await db().auditEvent.count({ where: { action: "person.erase" } })).toBe(1);
  });

  it("erases automatically exactly the people past the retention period", async () => {
    // Not the active person, not Ada (already erased), not someone erased long ago.
    expect(await dueForErasure({ now: NOW })).toEqual([ids.oldTimer, ids.boundaryGoes]);
    expect(await dueForErasure({ now: new Date("2026-03-02T12:00:00Z") })).toEqual([ids.oldTimer, ids.boundaryGoes, ids.boundaryStays]);
    expect(await eraseDuePeople({ now: NOW })).toEqual({ erased: [ids.oldTimer, ids.boundaryGoes] });
    expect(await db().person.findUniqueOrThrow({ where: { id: ids.oldTimer } })).toMatchObject({ name: `Former employee #${ids.oldTimer}` });
    const automatic = await db().auditEvent.findFirstOrThrow({ where: { action: "person.erase", entityId: String(ids.oldTimer) } });
    expect(automatic).toMatchObject({ actorId: null, after: { automatic: true } });
    expect(await dueForErasure({ now: NOW })).toEqual([]);
    await db().organization.deleteMany();
    expect(await dueForErasure({ now: NOW })).toEqual([]);
  });
});
