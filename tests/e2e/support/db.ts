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
