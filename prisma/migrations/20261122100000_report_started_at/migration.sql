-- When the worker claimed a report (QUEUED → RUNNING). A report still RUNNING long after its
-- start belongs to a worker that died mid-way: the sweep (lib/reports/jobs.ts) marks it FAILED so
-- its maker can ask again, instead of it showing "Generating…" for ever.

ALTER TABLE "ReportSnapshot" ADD COLUMN "startedAt" TIMESTAMPTZ(3);

-- Reports running when this is applied: their start is at the latest their request.
UPDATE "ReportSnapshot" SET "startedAt" = "createdAt" WHERE status = 'RUNNING';
