-- CreateTable
CREATE TABLE "CheckInQuarterRollup" (
    "personId" INTEGER NOT NULL,
    "quarterStart" DATE NOT NULL,
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

    CONSTRAINT "CheckInQuarterRollup_pkey" PRIMARY KEY ("personId","quarterStart")
);

-- CreateIndex
CREATE INDEX "CheckInQuarterRollup_quarterStart_idx" ON "CheckInQuarterRollup"("quarterStart");

-- AddForeignKey
ALTER TABLE "CheckInQuarterRollup" ADD CONSTRAINT "CheckInQuarterRollup_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The fiscal-quarter rollup sits on the month rollup: whenever a statement changes
-- "CheckInMonthRollup" (which the check-in triggers keep), the (person, fiscal quarter) pairs it
-- touched are summed again from their three months, in the same transaction. A dashboard then
-- reads one row per person and quarter. Fiscal quarters follow the organisation's fiscal start
-- month; changing it rebuilds the table.

-- The first day of the fiscal quarter holding `month`, for a fiscal year starting in `start_month`.
CREATE FUNCTION fiscal_quarter_start(month date, start_month int) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT (date_trunc('month', month) - make_interval(months => ((extract(month FROM month)::int - start_month + 12) % 12) % 3))::date
$$;

CREATE FUNCTION org_fiscal_start_month() RETURNS int LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT "fiscalYearStartMonth" FROM "Organization" ORDER BY id LIMIT 1), 1)
$$;

CREATE FUNCTION check_in_quarter_rollup_refresh(pairs jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE start_month int := org_fiscal_start_month();
BEGIN
  WITH keys AS (
    SELECT DISTINCT (p->>'personId')::int AS person_id, fiscal_quarter_start((p->>'month')::date, start_month) AS quarter_start
    FROM jsonb_array_elements(pairs) AS p
  ), fresh AS (
    SELECT k.person_id, k.quarter_start, coalesce(sum(r."checkIns"), 0)::int AS check_ins,
      coalesce(sum(r."sumQuality"), 0)::int AS sq, coalesce(sum(r."nQuality"), 0)::int AS nq,
      coalesce(sum(r."sumEngagement"), 0)::int AS se, coalesce(sum(r."nEngagement"), 0)::int AS ne,
      coalesce(sum(r."sumGrowth"), 0)::int AS sg, coalesce(sum(r."nGrowth"), 0)::int AS ng,
      coalesce(sum(r."sumSkills"), 0)::int AS ss, coalesce(sum(r."nSkills"), 0)::int AS ns,
      coalesce(sum(r."sumSafety"), 0)::int AS sps, coalesce(sum(r."nSafety"), 0)::int AS nps,
      coalesce(sum(r."sumAutonomy"), 0)::int AS sa, coalesce(sum(r."nAutonomy"), 0)::int AS na,
      coalesce(sum(r."sumTrust"), 0)::int AS st, coalesce(sum(r."nTrust"), 0)::int AS nt
    FROM keys k
    LEFT JOIN "CheckInMonthRollup" r ON r."personId" = k.person_id
      AND r.month >= k.quarter_start AND r.month < (k.quarter_start + interval '3 months')
    GROUP BY k.person_id, k.quarter_start
  ), gone AS (
    DELETE FROM "CheckInQuarterRollup" q USING fresh f
    WHERE q."personId" = f.person_id AND q."quarterStart" = f.quarter_start AND f.check_ins = 0
  )
  INSERT INTO "CheckInQuarterRollup" ("personId", "quarterStart", "checkIns", "sumQuality", "nQuality", "sumEngagement", "nEngagement",
    "sumGrowth", "nGrowth", "sumSkills", "nSkills", "sumSafety", "nSafety", "sumAutonomy", "nAutonomy", "sumTrust", "nTrust")
  SELECT person_id, quarter_start, check_ins, sq, nq, se, ne, sg, ng, ss, ns, sps, nps, sa, na, st, nt FROM fresh WHERE check_ins > 0
  ON CONFLICT ("personId", "quarterStart") DO UPDATE SET
    "checkIns" = EXCLUDED."checkIns", "sumQuality" = EXCLUDED."sumQuality", "nQuality" = EXCLUDED."nQuality",
    "sumEngagement" = EXCLUDED."sumEngagement", "nEngagement" = EXCLUDED."nEngagement", "sumGrowth" = EXCLUDED."sumGrowth",
    "nGrowth" = EXCLUDED."nGrowth", "sumSkills" = EXCLUDED."sumSkills", "nSkills" = EXCLUDED."nSkills",
    "sumSafety" = EXCLUDED."sumSafety", "nSafety" = EXCLUDED."nSafety", "sumAutonomy" = EXCLUDED."sumAutonomy",
    "nAutonomy" = EXCLUDED."nAutonomy", "sumTrust" = EXCLUDED."sumTrust", "nTrust" = EXCLUDED."nTrust";
END;
$$;

-- One function for the three statements: only the branch that runs names its transition tables.
CREATE FUNCTION check_in_quarter_rollup_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pairs jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "personId", 'month', month)) INTO pairs FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "personId", 'month', month)) INTO pairs
    FROM (SELECT "personId", month FROM old_rows UNION ALL SELECT "personId", month FROM new_rows) AS touched;
  ELSE
    SELECT jsonb_agg(DISTINCT jsonb_build_object('personId', "personId", 'month', month)) INTO pairs FROM old_rows;
  END IF;
  IF pairs IS NOT NULL THEN PERFORM check_in_quarter_rollup_refresh(pairs); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER check_in_quarter_rollup_insert AFTER INSERT ON "CheckInMonthRollup" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_quarter_rollup_after_change();
CREATE TRIGGER check_in_quarter_rollup_update AFTER UPDATE ON "CheckInMonthRollup" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_quarter_rollup_after_change();
CREATE TRIGGER check_in_quarter_rollup_delete AFTER DELETE ON "CheckInMonthRollup" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_quarter_rollup_after_change();

-- A new fiscal start month moves every quarter: rebuild from the month rollup.
CREATE FUNCTION check_in_quarter_rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CheckInQuarterRollup";
  PERFORM check_in_quarter_rollup_refresh(coalesce((SELECT jsonb_agg(jsonb_build_object('personId', "personId", 'month', month))
    FROM "CheckInMonthRollup"), '[]'::jsonb));
END;
$$;

CREATE FUNCTION check_in_quarter_rollup_after_fiscal_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."fiscalYearStartMonth" IS DISTINCT FROM OLD."fiscalYearStartMonth" THEN
    PERFORM check_in_quarter_rollup_rebuild();
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER check_in_quarter_rollup_fiscal AFTER UPDATE OF "fiscalYearStartMonth" ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION check_in_quarter_rollup_after_fiscal_change();
-- An organisation created after check-ins exist (first-run set-up, seeds) fixes the fiscal year too.
CREATE TRIGGER check_in_quarter_rollup_fiscal_insert AFTER INSERT ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION check_in_quarter_rollup_after_fiscal_change();

-- Existing check-ins.
SELECT check_in_quarter_rollup_rebuild();
