-- CreateTable
CREATE TABLE "CheckInDueDate" (
    "personId" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "metOn" DATE,

    CONSTRAINT "CheckInDueDate_pkey" PRIMARY KEY ("personId","dueDate")
);

-- CreateTable
CREATE TABLE "CheckInDueDirty" (
    "personId" INTEGER NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInDueDirty_pkey" PRIMARY KEY ("personId")
);

-- CreateIndex
CREATE INDEX "CheckInDueDate_coverage_idx" ON "CheckInDueDate"("dueDate", "personId", "deadline", "metOn");

-- AddForeignKey
ALTER TABLE "CheckInDueDate" ADD CONSTRAINT "CheckInDueDate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Due dates depend on a person's employment dates and cadence, their schedule history, their
-- submitted check-ins' dates and the organisation's grace days and default cadence. Computing them
-- is the application's job (lib/metrics/due-dates.ts is the one definition); the database only
-- records, in the transaction that changes any of those, whose due dates are now stale. The
-- application recomputes them in that same transaction (check-in and cadence mutations) or later
-- (the worker, and readers before they read: lib/check-ins/due-rollup.ts). Statement-level
-- triggers with transition tables, so a bulk statement marks each person once. Prisma does not
-- track functions and triggers; they live in this migration only.

-- DO UPDATE rather than DO NOTHING: it waits for (and then follows) a concurrent refresh that has
-- claimed the same person, so a change committed after that refresh read the data stays marked.
-- Ordered, so two statements marking overlapping people lock them in the same order.
CREATE FUNCTION check_in_due_mark(person_ids integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CheckInDueDirty" ("personId")
  SELECT DISTINCT id FROM unnest(person_ids) AS id WHERE id IS NOT NULL ORDER BY id
  ON CONFLICT ("personId") DO UPDATE SET since = "CheckInDueDirty".since;
$$;

-- Submitted check-ins only: drafts (autosaved every few seconds) meet no due date.
CREATE FUNCTION check_in_due_after_check_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM check_in_due_mark(ARRAY(SELECT "subjectId" FROM new_rows WHERE status = 'SUBMITTED'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM check_in_due_mark(ARRAY(
      SELECT x.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      CROSS JOIN LATERAL (VALUES (o."subjectId"), (n."subjectId")) AS x(id)
      WHERE (o.status = 'SUBMITTED' OR n.status = 'SUBMITTED')
        AND (o."subjectId", o.date, o.status) IS DISTINCT FROM (n."subjectId", n.date, n.status)));
  ELSE
    PERFORM check_in_due_mark(ARRAY(SELECT "subjectId" FROM old_rows WHERE status = 'SUBMITTED'));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION check_in_due_after_schedule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM check_in_due_mark(ARRAY(SELECT "personId" FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM check_in_due_mark(ARRAY(SELECT "personId" FROM old_rows UNION SELECT "personId" FROM new_rows));
  ELSE
    PERFORM check_in_due_mark(ARRAY(SELECT "personId" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

-- Transition tables cannot go with an UPDATE OF column list, so the changed columns are compared here.
CREATE FUNCTION check_in_due_after_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM check_in_due_mark(ARRAY(SELECT id FROM new_rows));
  ELSE
    PERFORM check_in_due_mark(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."startDate", o."endDate", o."checkInCadence", o."checkInAnchor")
        IS DISTINCT FROM (n."startDate", n."endDate", n."checkInCadence", n."checkInAnchor")));
  END IF;
  RETURN NULL;
END;
$$;

-- The grace days move every deadline and the default cadence every schedule without its own:
-- everyone's due dates are stale (the organisation's creation counts as a change from the defaults).
CREATE FUNCTION check_in_due_after_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nested rather than OR-ed: an INSERT trigger has no old_rows to plan against.
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (
      SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."checkInGraceDays", o."defaultCadence") IS DISTINCT FROM (n."checkInGraceDays", n."defaultCadence")
    ) THEN
      RETURN NULL;
    END IF;
  END IF;
  PERFORM check_in_due_mark(ARRAY(SELECT id FROM "Person"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER check_in_due_insert AFTER INSERT ON "CheckIn" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_check_in();
CREATE TRIGGER check_in_due_update AFTER UPDATE ON "CheckIn" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_check_in();
CREATE TRIGGER check_in_due_delete AFTER DELETE ON "CheckIn" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_check_in();

CREATE TRIGGER check_in_due_insert AFTER INSERT ON "CheckInSchedule" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_schedule();
CREATE TRIGGER check_in_due_update AFTER UPDATE ON "CheckInSchedule" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_schedule();
CREATE TRIGGER check_in_due_delete AFTER DELETE ON "CheckInSchedule" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_schedule();

CREATE TRIGGER check_in_due_insert AFTER INSERT ON "Person" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_person();
CREATE TRIGGER check_in_due_update AFTER UPDATE ON "Person" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_person();

CREATE TRIGGER check_in_due_insert AFTER INSERT ON "Organization"
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_organization();
CREATE TRIGGER check_in_due_update AFTER UPDATE ON "Organization" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION check_in_due_after_organization();

-- Existing people: the application computes their due dates on the first read or worker run.
INSERT INTO "CheckInDueDirty" ("personId") SELECT id FROM "Person";
