-- The dashboard's rollup: for each fiscal quarter, the figures of every group a dashboard shows
-- (the whole organisation, and everyone below each manager; each split by team, level and
-- direct manager; all split by region and company of origin so the URL's filters sum rows),
-- as sums and counts. lib/dashboard/rollup.ts computes a quarter's rows in one SQL statement;
-- the triggers below only mark quarters stale (a generation counter per quarter), in the
-- transaction that changes the data, and the next reader of a stale quarter rebuilds it.

CREATE TABLE "DashboardRollup" (
    "quarterStart" DATE NOT NULL,
    "scopeId" INTEGER NOT NULL,
    "groupKind" TEXT NOT NULL,
    "groupId" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "scored" INTEGER NOT NULL,
    "checkIns" INTEGER NOT NULL,
    "sumQuality" DOUBLE PRECISION NOT NULL,
    "nQuality" INTEGER NOT NULL,
    "sumEngagement" DOUBLE PRECISION NOT NULL,
    "nEngagement" INTEGER NOT NULL,
    "sumGrowth" DOUBLE PRECISION NOT NULL,
    "nGrowth" INTEGER NOT NULL,
    "sumSkills" DOUBLE PRECISION NOT NULL,
    "nSkills" INTEGER NOT NULL,
    "sumIndex" DOUBLE PRECISION NOT NULL,
    "nIndex" INTEGER NOT NULL,
    "due" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "headcountStart" INTEGER NOT NULL,
    "headcountEnd" INTEGER NOT NULL,
    "departures" INTEGER NOT NULL,
    "regrettable" INTEGER NOT NULL,
    "voluntary" INTEGER NOT NULL,
    "promotions" INTEGER NOT NULL,
    "levelDays" BIGINT NOT NULL,
    "levelPeople" INTEGER NOT NULL,
    "band" TEXT,

    CONSTRAINT "DashboardRollup_pkey" PRIMARY KEY ("quarterStart","scopeId","groupKind","groupId","region","origin")
);

CREATE TABLE "DashboardRollupState" (
    "quarterStart" DATE NOT NULL,
    "generation" BIGINT NOT NULL DEFAULT 1,
    "builtGeneration" BIGINT NOT NULL DEFAULT 0,
    "asOf" DATE,
    "builtAt" TIMESTAMPTZ(3),
    "buildMs" INTEGER,

    CONSTRAINT "DashboardRollupState_pkey" PRIMARY KEY ("quarterStart")
);

-- Marks quarters stale: those listed, or every quarter when `quarters` is null.
CREATE FUNCTION dashboard_rollup_touch(quarters date[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "DashboardRollupState" SET generation = generation + 1
  WHERE quarters IS NULL OR "quarterStart" = ANY(quarters)
$$;

-- Tables whose rows carry a date: the quarters of the touched rows' dates.
CREATE FUNCTION dashboard_rollup_touch_dates() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  column_name text := TG_ARGV[0];
  start_month int := org_fiscal_start_month();
  quarters date[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT fiscal_quarter_start(%I::date, $1)) FROM new_rows', column_name) INTO quarters USING start_month;
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT fiscal_quarter_start(d::date, $1)) FROM (SELECT %1$I AS d FROM old_rows UNION SELECT %1$I FROM new_rows) t', column_name) INTO quarters USING start_month;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT fiscal_quarter_start(%I::date, $1)) FROM old_rows', column_name) INTO quarters USING start_month;
  END IF;
  IF quarters IS NOT NULL THEN PERFORM dashboard_rollup_touch(quarters); END IF;
  RETURN NULL;
END;
$$;

-- Tables whose changes can move any quarter (who reports to whom, teams, levels, employment).
CREATE FUNCTION dashboard_rollup_touch_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_rollup_touch(NULL);
  RETURN NULL;
END;
$$;

CREATE TRIGGER dashboard_rollup_check_ins_insert AFTER INSERT ON "CheckInQuarterRollup" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('quarterStart');
CREATE TRIGGER dashboard_rollup_check_ins_update AFTER UPDATE ON "CheckInQuarterRollup" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('quarterStart');
CREATE TRIGGER dashboard_rollup_check_ins_delete AFTER DELETE ON "CheckInQuarterRollup" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('quarterStart');

CREATE TRIGGER dashboard_rollup_due_insert AFTER INSERT ON "CheckInDueDate" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('dueDate');
CREATE TRIGGER dashboard_rollup_due_update AFTER UPDATE ON "CheckInDueDate" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('dueDate');
CREATE TRIGGER dashboard_rollup_due_delete AFTER DELETE ON "CheckInDueDate" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('dueDate');

CREATE TRIGGER dashboard_rollup_team_metrics_insert AFTER INSERT ON "TeamMonthlyMetric" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('month');
CREATE TRIGGER dashboard_rollup_team_metrics_update AFTER UPDATE ON "TeamMonthlyMetric" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('month');
CREATE TRIGGER dashboard_rollup_team_metrics_delete AFTER DELETE ON "TeamMonthlyMetric" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('month');

CREATE TRIGGER dashboard_rollup_departures_insert AFTER INSERT ON "Departure" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('date');
CREATE TRIGGER dashboard_rollup_departures_update AFTER UPDATE ON "Departure" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('date');
CREATE TRIGGER dashboard_rollup_departures_delete AFTER DELETE ON "Departure" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_dates('date');

CREATE TRIGGER dashboard_rollup_levels AFTER INSERT OR UPDATE OR DELETE ON "LevelAssignment"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
CREATE TRIGGER dashboard_rollup_closure AFTER INSERT OR UPDATE OR DELETE ON "PersonClosure"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
CREATE TRIGGER dashboard_rollup_people_insert_delete AFTER INSERT OR DELETE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
CREATE TRIGGER dashboard_rollup_people_update AFTER UPDATE OF "managerId", "teamId", region, "originCompany", "startDate", "endDate" ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
-- Who views the whole organisation (VPE and HR partners, each without their own record) has a scope of their own.
CREATE TRIGGER dashboard_rollup_viewers_insert_delete AFTER INSERT OR DELETE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
CREATE TRIGGER dashboard_rollup_viewers_update AFTER UPDATE OF roles, "personId", active ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
CREATE TRIGGER dashboard_rollup_org AFTER UPDATE OF "fiscalYearStartMonth", "checkInGraceDays" ON "Organization"
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rollup_touch_all();
