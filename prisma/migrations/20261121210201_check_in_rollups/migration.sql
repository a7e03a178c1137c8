-- CreateTable
CREATE TABLE "CheckInMonthRollup" (
    "personId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "checkIns" INTEGER NOT NULL,
    "sumQuality" INTEGER NOT NULL,
    "nQuality" INTEGER NOT NULL,
    "sumEngagement" INTEGER NOT NULL,
    "nEngagement" INTEGER NOT NULL,
    "sumGrowth" INTEGER NOT NULL,
    "nGrowth" INTEGER NOT NULL,
    "sumSkills" INTEGER NOT NULL,
    "nSkills" INTEGER NOT NULL,
    "sumSafety" INTEGER NOT NULL,
    "nSafety" INTEGER NOT NULL,
    "sumAutonomy" INTEGER NOT NULL,
    "nAutonomy" INTEGER NOT NULL,
    "sumTrust" INTEGER NOT NULL,
    "nTrust" INTEGER NOT NULL,

    CONSTRAINT "CheckInMonthRollup_pkey" PRIMARY KEY ("personId","month")
);

-- CreateIndex
CREATE INDEX "CheckInMonthRollup_month_idx" ON "CheckInMonthRollup"("month");

-- AddForeignKey
ALTER TABLE "CheckInMonthRollup" ADD CONSTRAINT "CheckInMonthRollup_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rollup is kept by the database itself, in the transaction that changes "CheckIn": each
-- statement recomputes the (person, month) pairs its rows touched, from the check-ins as they now
-- are. Statement-level triggers with transition tables, so a bulk insert (seeding, imports)
-- recomputes each pair once rather than once per row. Prisma does not track functions and
-- triggers; they live in this migration only.
CREATE FUNCTION check_in_rollup_refresh(pairs jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH keys AS (
    SELECT DISTINCT (p->>'personId')::int AS person_id, (p->>'month')::date AS month
    FROM jsonb_array_elements(pairs) AS p
  ), fresh AS (
    SELECT k.person_id, k.month, count(c.id)::int AS check_ins,
      coalesce(sum(c."scoreQuality"), 0)::int AS sq, count(c."scoreQuality")::int AS nq,
      coalesce(sum(c."scoreEngagement"), 0)::int AS se, count(c."scoreEngagement")::int AS ne,
      coalesce(sum(c."scoreGrowth"), 0)::int AS sg, count(c."scoreGrowth")::int AS ng,
      coalesce(sum(c."scoreSkills"), 0)::int AS ss, count(c."scoreSkills")::int AS ns,
      coalesce(sum(c."psychologicalSafety"), 0)::int AS sps, count(c."psychologicalSafety")::int AS nps,
      coalesce(sum(c.autonomy), 0)::int AS sa, count(c.autonomy)::int AS na,
      coalesce(sum(c.trust), 0)::int AS st, count(c.trust)::int AS nt
    FROM keys k
    LEFT JOIN "CheckIn" c ON c."subjectId" = k.person_id AND c.status = 'SUBMITTED'
      AND c.date >= k.month AND c.date < (k.month + interval '1 month')
    GROUP BY k.person_id, k.month
  ), gone AS (
    DELETE FROM "CheckInMonthRollup" r USING fresh f
    WHERE r."personId" = f.person_id AND r.month = f.month AND f.check_ins = 0
  )
  INSERT INTO "CheckInMonthRollup" ("personId", month, "checkIns", "sumQuality", "nQuality", "sumEngagement", "nEngagement",
    "sumGrowth", "nGrowth", "sumSkills", "nSkills", "sumSafety", "nSafety", "sumAutonomy", "nAutonomy", "sumTrust", "nTrust")
  SELECT person_id, month, check_ins, sq, nq, se, ne, sg, ng, ss, ns, sps, nps, sa, na, st, nt FROM fresh WHERE check_ins > 0
  ON CONFLICT ("personId", month) DO UPDATE SET
    "checkIns" = EXCLUDED."checkIns", "sumQuality" = EXCLUDED."sumQuality", "nQuality" = EXCLUDED."nQuality",
    "sumEngagement" = EXCLUDED."sumEngagement", "nEngagement" = EXCLUDED."nEngagement", "sumGrowth" = EXCLUDED."sumGrowth",
    "nGrowth" = EXCLUDED."nGrowth", "sumSkills" = EXCLUDED."sumSkills", "nSkills" = EXCLUDED."nSkills",
    "sumSafety" = EXCLUDED."sumSafety", "nSafety" = EXCLUDED."nSafety", "sumAutonomy" = EXCLUDED."sumAutonomy",
    "nAutonomy" = EXCLUDED."nAutonomy", "sumTrust" = EXCLUDED."sumTrust", "nTrust" = EXCLUDED."nTrust";
END;
$$;

CREATE FUNCTION check_in_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM check_in_rollup_refresh(coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "subjectId", 'month', date_trunc('month', date)::date))
    FROM new_rows WHERE status = 'SUBMITTED'), '[]'::jsonb));
  RETURN NULL;
END;
$$;

CREATE FUNCTION check_in_rollup_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM check_in_rollup_refresh(coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "subjectId", 'month', date_trunc('month', date)::date))
    FROM (SELECT "subjectId", date, status FROM old_rows UNION ALL SELECT "subjectId", date, status FROM new_rows) AS touched
    WHERE status = 'SUBMITTED'), '[]'::jsonb));
  RETURN NULL;
END;
$$;

CREATE FUNCTION check_in_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM check_in_rollup_refresh(coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "subjectId", 'month', date_trunc('month', date)::date))
    FROM old_rows WHERE status = 'SUBMITTED'), '[]'::jsonb));
  RETURN NULL;
END;
$$;

CREATE TRIGGER check_in_rollup_insert AFTER INSERT ON "CheckIn" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_rollup_after_insert();
CREATE TRIGGER check_in_rollup_update AFTER UPDATE ON "CheckIn" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_rollup_after_update();
CREATE TRIGGER check_in_rollup_delete AFTER DELETE ON "CheckIn" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_rollup_after_delete();

-- Existing check-ins.
SELECT check_in_rollup_refresh(coalesce((SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "subjectId", 'month', date_trunc('month', date)::date))
  FROM "CheckIn" WHERE status = 'SUBMITTED'), '[]'::jsonb));
