import { Prisma } from "@/lib/generated/prisma/client";

// History generated inside Postgres (generate_series + random(), seeded with setseed by the
// caller) so hundreds of thousands of rows never travel through JavaScript.

type Window = { start: string; today: string };

/** A 1–5 score scattered around the person's baseline (`base`), shifted by `offset`. */
const score = (offset: number) => Prisma.raw(`least(5, greatest(1, round(base + ${offset} + random() * 2 - 1)))::smallint`);

/** Fortnightly check-ins from each manager with each report over the window; ~2 % missed. */
export function insertCheckIns(tx: Prisma.TransactionClient, templateVersionId: number, { start, today }: Window) {
  return tx.$executeRaw`
    INSERT INTO "CheckIn" ("subjectId", "authorId", "templateVersionId", date, "dueDate", status, "submittedAt",
      "scoreQuality", "scoreEngagement", "scoreGrowth", "scoreSkills", "psychologicalSafety", autonomy, trust,
      "growthDomain", "growthStep", "updatedAt")
    SELECT p.id, u.id, ${templateVersionId}, due + jitter, due, 'SUBMITTED', (due + jitter)::timestamptz,
      ${score(0)}, ${score(-0.2)}, ${score(-0.1)}, ${score(-0.4)}, ${score(0.2)}, ${score(0)}, ${score(0.1)},
      CASE WHEN u.roles && ARRAY['DIRECTOR','VPE']::"Role"[] THEN (ARRAY['FINANCE','STRATEGY','PRODUCT']::"GrowthDomain"[])[1 + floor(random() * 3)::int] END,
      CASE WHEN u.roles && ARRAY['DIRECTOR','VPE']::"Role"[] THEN 'Read the quarterly business review and explain one figure to the team' END,
      now()
    FROM "Person" p
    JOIN "User" u ON u."personId" = p."managerId"
    CROSS JOIN LATERAL (SELECT 2.4 + (p.id % 19) / 10.0 AS base) b
    CROSS JOIN LATERAL generate_series(
      p."checkInAnchor" + (ceil(greatest(0, ${start}::date - p."checkInAnchor") / 14.0) * 14)::int,
      least(coalesce(p."endDate", ${today}::date), ${today}::date - 3),
      interval '14 days') AS g(due_at)
    CROSS JOIN LATERAL (SELECT g.due_at::date AS due, floor(random() * 4)::int - 1 AS jitter) d
    WHERE random() > 0.02`;
}

/** The seven metric answers of every check-in, one row per question, as the form stores them. */
export function insertAnswers(tx: Prisma.TransactionClient, templateVersionId: number) {
  return tx.$executeRaw`
    INSERT INTO "CheckInAnswer" ("checkInId", "questionId", value)
    SELECT c.id, q.id, to_jsonb(CASE q."metricKey"
        WHEN 'PILLAR_QUALITY' THEN c."scoreQuality" WHEN 'PILLAR_ENGAGEMENT' THEN c."scoreEngagement"
        WHEN 'PILLAR_GROWTH' THEN c."scoreGrowth" WHEN 'PILLAR_SKILLS' THEN c."scoreSkills"
        WHEN 'PSYCHOLOGICAL_SAFETY' THEN c."psychologicalSafety" WHEN 'AUTONOMY' THEN c.autonomy ELSE c.trust END)
    FROM "CheckIn" c
    CROSS JOIN "CheckInQuestion" q
    WHERE q."templateVersionId" = ${templateVersionId} AND q."metricKey" IS NOT NULL`;
}

/** An action item on about one check-in in five; older ones mostly done. */
export function insertActionItems(tx: Prisma.TransactionClient, { today }: Window) {
  return tx.$executeRaw`
    INSERT INTO "ActionItem" ("checkInId", "subjectId", "ownerId", title, "dueDate", "doneAt", "updatedAt")
    SELECT c.id, c."subjectId", c."subjectId", 'Follow up on the last retrospective', c.date + 14,
      CASE WHEN c.date < ${today}::date - 30 AND random() < 0.9 THEN (c.date + 7)::timestamptz END, now()
    FROM "CheckIn" c WHERE random() < 0.2`;
}

/** A yearly assessment of every manager by their own manager, rated on the management track. */
export async function insertAssessments(tx: Prisma.TransactionClient, frameworkVersionId: number, { start, today }: Window) {
  const assessments = await tx.$executeRaw`
    INSERT INTO "Assessment" ("personId", "assessorId", "frameworkVersionId", "levelId", date, status, "sharedAt", "promotionReadiness", "updatedAt")
    SELECT p.id, p."managerId", ${frameworkVersionId}, la."levelId", y.day, 'SHARED', y.day::timestamptz,
      (ARRAY['NOT_YET','WITHIN_6_12_MONTHS','READY']::"PromotionReadiness"[])[1 + floor(random() * 3)::int], now()
    FROM "Person" p
    JOIN "User" u ON u."personId" = p.id
    JOIN "LevelAssignment" la ON la."personId" = p.id AND la."effectiveTo" IS NULL
    CROSS JOIN LATERAL generate_series(${start}::date + 60, ${today}::date, interval '365 days') AS y(day)
    WHERE p."managerId" IS NOT NULL AND p."startDate" < y.day`;
  const ratings = await tx.$executeRaw`
    INSERT INTO "AssessmentRating" ("assessmentId", "competencyId", rating)
    SELECT a.id, c.id, (2 + floor(random() * 4))::smallint
    FROM "Assessment" a
    JOIN "Level" l ON l.id = a."levelId"
    JOIN "Competency" c ON c."trackId" = l."trackId"`;
  return { assessments, ratings };
}

/** Departures for everyone with an end date; about two in three voluntary. */
export function insertDepartures(tx: Prisma.TransactionClient) {
  return tx.$executeRaw`
    INSERT INTO "Departure" ("personId", date, voluntary, regrettable, reason, "updatedAt")
    SELECT id, "endDate", v, v AND random() < 0.5, CASE WHEN v THEN 'Left for another company' ELSE 'Role eliminated' END, now()
    FROM (SELECT id, "endDate", random() < 0.67 AS v FROM "Person" WHERE "endDate" IS NOT NULL) d`;
}

/** Open retention risks on about 4 % of current people, each with a mitigation and its history. */
export async function insertRisks(tx: Prisma.TransactionClient, { today }: Window) {
  const risks = await tx.$executeRaw`
    INSERT INTO "RetentionRisk" ("personId", level, factors, regrettable, notes, "nextReviewDate", "createdById", "updatedAt")
    SELECT p.id, (ARRAY['LOW','MEDIUM','HIGH','CRITICAL']::"RiskLevel"[])[1 + floor(random() * 4)::int],
      ARRAY[(ARRAY['COMPENSATION','GROWTH','MANAGER','WORKLOAD','ENGAGEMENT','EXTERNAL_OFFER','PERSONAL']::"RiskFactor"[])[1 + floor(random() * 7)::int]],
      random() < 0.7, 'Raised in a recent check-in', ${today}::date + (floor(random() * 40)::int - 10), u.id, now()
    FROM "Person" p JOIN "User" u ON u."personId" = p."managerId"
    WHERE p."endDate" IS NULL AND random() < 0.04`;
  await tx.$executeRaw`
    INSERT INTO "RiskMitigation" ("riskId", action, "ownerId", "dueDate", "updatedAt")
    SELECT r.id, 'Career conversation and a concrete growth plan', p."managerId", r."nextReviewDate", now()
    FROM "RetentionRisk" r JOIN "Person" p ON p.id = r."personId"`;
  await tx.$executeRaw`
    INSERT INTO "RiskHistory" ("riskId", "actorId", changes)
    SELECT id, "createdById", jsonb_build_object('level', jsonb_build_object('from', NULL, 'to', level)) FROM "RetentionRisk"`;
  return risks;
}

/** Monthly flow metrics per team over the window; teams differ in maturity. */
export function insertTeamMetrics(tx: Prisma.TransactionClient, { start, today }: Window) {
  return tx.$executeRaw`
    INSERT INTO "TeamMonthlyMetric" ("teamId", month, deployments, "deployDays", "leadTimeHours", "failedDeployments", "timeToRestoreHours", incidents, "updatedAt")
    SELECT t.id, m.month, deploys, dd,
      round((240 - maturity * 225 + random() * 24)::numeric, 1), round(deploys * (0.2 - maturity * 0.17 + random() * 0.03))::int,
      round((60 - maturity * 59.5 + random() * 2)::numeric, 1), floor(random() * 5)::int, now()
    FROM "Team" t
    CROSS JOIN LATERAL (SELECT (t.id % 4) / 3.0 AS maturity) mt
    CROSS JOIN LATERAL generate_series(date_trunc('month', ${start}::date), date_trunc('month', ${today}::date), interval '1 month') AS g(at)
    CROSS JOIN LATERAL (SELECT g.at::date AS month, (2 + maturity * 18 + floor(random() * 4))::int AS dd) m
    CROSS JOIN LATERAL (SELECT m.dd + floor(random() * m.dd)::int AS deploys) d`;
}

/** A learning item or experiment for about one team in three. */
export function insertSkillItems(tx: Prisma.TransactionClient, { today }: Window) {
  return tx.$executeRaw`
    INSERT INTO "SkillItem" (kind, "teamId", title, status, "startedOn", "updatedAt")
    SELECT (ARRAY['LEARNING','EXPERIMENT']::"SkillItemKind"[])[1 + (id % 2)], id,
      CASE WHEN id % 2 = 0 THEN 'Incident review practice' ELSE 'AI coding assistant pilot' END,
      (ARRAY['PLANNED','ACTIVE','COMPLETED','STOPPED']::"SkillItemStatus"[])[1 + floor(random() * 4)::int],
      ${today}::date - floor(random() * 300)::int, now()
    FROM "Team" WHERE random() < 0.33`;
}
