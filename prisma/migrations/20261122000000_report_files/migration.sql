-- A report's exported files, rendered once by the worker from the frozen snapshot and served as
-- stored, so a past report downloads the same bytes however the data changes. Erasure deletes a
-- snapshot's files when it rewrites the names in its JSON; the next download renders them again.

CREATE TABLE "ReportFile" (
    "snapshotId" INTEGER NOT NULL,
    "format" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportFile_pkey" PRIMARY KEY ("snapshotId", "format"),
    CONSTRAINT "ReportFile_format_check" CHECK ("format" IN ('pdf', 'xlsx', 'csv'))
);

ALTER TABLE "ReportFile" ADD CONSTRAINT "ReportFile_snapshotId_fkey"
    FOREIGN KEY ("snapshotId") REFERENCES "ReportSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
