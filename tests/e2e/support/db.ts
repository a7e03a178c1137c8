import pg from "pg";

// Direct database access for test set-up and for checking what the app wrote. The database is
// the one scripts/test.ts created for this run.

export async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set; run the browser tests with `npm test -- e2e`");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function personIdByEmail(email: string): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: number }>('SELECT id FROM "Person" WHERE email = $1', [email]);
    if (!rows[0]) throw new Error(`no person ${email}`);
    return rows[0].id;
  });
}

/** The first current report of a manager (by the manager's work email). */
export async function firstReportOf(managerEmail: string): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `SELECT p.id FROM "Person" p JOIN "Person" m ON m.id = p."managerId"
       WHERE m.email = $1 AND p."endDate" IS NULL ORDER BY p.id LIMIT 1`,
      [managerEmail],
    );
    if (!rows[0]) throw new Error(`no report of ${managerEmail}`);
    return rows[0].id;
  });
}

/** A manager assessment about this person that is shared with them (the demo's latest one, shared if it was not). */
export async function sharedAssessmentOf(personEmail: string): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `UPDATE "Assessment" SET status = 'SHARED', "sharedAt" = coalesce("sharedAt", now())
       WHERE id = (SELECT a.id FROM "Assessment" a JOIN "Person" p ON p.id = a."personId" WHERE p.email = $1 AND a.kind = 'MANAGER' ORDER BY a.date DESC LIMIT 1)
       RETURNING id`,
      [personEmail],
    );
    if (!rows[0]) throw new Error(`no assessment of ${personEmail}`);
    return rows[0].id;
  });
}

export async function publishedFrameworkVersion(): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "FrameworkVersion" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    return rows[0]!.id;
  });
}

/** A submitted check-in a manager wrote about one of her reports, with an action item raised in it. */
export async function submittedCheckInBy(managerEmail: string): Promise<{ checkIn: number; actionItem: number; subject: number }> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ checkIn: number; actionItem: number; subject: number }>(
      `SELECT c.id AS "checkIn", a.id AS "actionItem", c."subjectId" AS subject FROM "CheckIn" c
       JOIN "User" u ON u.id = c."authorId" JOIN "Person" m ON m.id = u."personId"
       JOIN "ActionItem" a ON a."checkInId" = c.id
       WHERE m.email = $1 AND c.status = 'SUBMITTED' ORDER BY c.date DESC, a.id LIMIT 1`,
      [managerEmail],
    );
    if (!rows[0]) throw new Error(`no submitted check-in with an action item by ${managerEmail}`);
    return rows[0];
  });
}

/** A report of the manager who has left (created once per run): nobody may start a check-in with them. */
export async function departedReportOf(managerEmail: string): Promise<number> {
  return withDb(async (client) => {
    const email = `departed-report-of-${managerEmail}`;
    const existing = await client.query<{ id: number }>(`SELECT id FROM "Person" WHERE email = $1`, [email]);
    if (existing.rows[0]) return existing.rows[0].id;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Person" (email, name, "managerId", "startDate", "endDate", "updatedAt")
       SELECT $1, 'Departed Report', id, DATE '2024-01-01', DATE '2025-01-01', now() FROM "Person" WHERE email = $2 RETURNING id`,
      [email, managerEmail],
    );
    const id = rows[0]!.id;
    await client.query(
      `INSERT INTO "PersonClosure" ("ancestorId", "descendantId", depth)
       SELECT "ancestorId", $1::int, depth + 1 FROM "PersonClosure" c JOIN "Person" m ON m.id = c."descendantId" WHERE m.email = $2
       UNION ALL SELECT $1::int, $1::int, 0`,
      [id, managerEmail],
    );
    return id;
  });
}

export async function publishedTemplateVersion(): Promise<number> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "CheckInTemplateVersion" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
    return rows[0]!.id;
  });
}

/** An open retention risk, with an open mitigation, about the first report of a manager (created once per run). */
export async function riskBelow(managerEmail: string): Promise<{ risk: number; mitigation: number; person: number }> {
  const person = await firstReportOf(managerEmail);
  return withDb(async (client) => {
    const existing = await client.query<{ risk: number; mitigation: number }>(
      `SELECT r.id AS risk, m.id AS mitigation FROM "RetentionRisk" r JOIN "RiskMitigation" m ON m."riskId" = r.id
       WHERE r."personId" = $1 AND r.status <> 'CLOSED' ORDER BY r.id, m.id LIMIT 1`, [person]);
    if (existing.rows[0]) return { ...existing.rows[0], person };
    const author = await client.query<{ id: number }>(`SELECT id FROM "User" WHERE 'VPE' = ANY(roles) ORDER BY id LIMIT 1`);
    const risk = await client.query<{ id: number }>(
      `INSERT INTO "RetentionRisk" ("personId", level, factors, regrettable, "nextReviewDate", "createdById", "updatedAt")
       VALUES ($1, 'MEDIUM', ARRAY['GROWTH']::"RiskFactor"[], true, current_date + 30, $2, now()) RETURNING id`, [person, author.rows[0]!.id]);
    const mitigation = await client.query<{ id: number }>(
      `INSERT INTO "RiskMitigation" ("riskId", action, "ownerId", "dueDate", "updatedAt") VALUES ($1, 'Career conversation', $2, current_date + 14, now()) RETURNING id`,
      [risk.rows[0]!.id, person]);
    return { risk: risk.rows[0]!.id, mitigation: mitigation.rows[0]!.id, person };
  });
}

export async function anyDeparture(): Promise<number> {
  return withDb(async (client) => (await client.query<{ id: number }>(`SELECT id FROM "Departure" ORDER BY id LIMIT 1`)).rows[0]!.id);
}

/** A learning item about the first report of a manager (created once per run). */
export async function skillItemBelow(managerEmail: string): Promise<number> {
  const person = await firstReportOf(managerEmail);
  return withDb(async (client) => {
    const existing = await client.query<{ id: number }>(`SELECT id FROM "SkillItem" WHERE "personId" = $1 ORDER BY id LIMIT 1`, [person]);
    if (existing.rows[0]) return existing.rows[0].id;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "SkillItem" (kind, "personId", title, status, "updatedAt") VALUES ('LEARNING', $1, 'Finance for engineering managers', 'ACTIVE', now()) RETURNING id`, [person]);
    return rows[0]!.id;
  });
}

/** The team a manager owns, with last month's flow metrics (created when the demo has none). */
export async function teamMonthOf(managerEmail: string): Promise<{ team: number; month: string }> {
  return withDb(async (client) => {
    const team = (await client.query<{ id: number }>(
      `SELECT t.id FROM "Team" t JOIN "Person" m ON m.id = t."ownerId" WHERE m.email = $1 ORDER BY t.id LIMIT 1`, [managerEmail])).rows[0]!.id;
    const month = (await client.query<{ month: string }>(`SELECT to_char(date_trunc('month', current_date) - interval '1 month', 'YYYY-MM') AS month`)).rows[0]!.month;
    await client.query(
      `INSERT INTO "TeamMonthlyMetric" ("teamId", month, deployments, "deployDays", "leadTimeHours", "failedDeployments", "timeToRestoreHours", incidents, "updatedAt")
       VALUES ($1, to_date($2, 'YYYY-MM'), 40, 12, 30, 2, 3, 1, now()) ON CONFLICT ("teamId", month) DO NOTHING`, [team, month]);
    return { team, month };
  });
}
