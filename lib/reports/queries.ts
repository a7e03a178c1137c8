import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { scopeFor } from "@/lib/auth/scope";
import { parseOrRefuse } from "@/lib/assessments/schemas";
import { recordAudit } from "@/lib/audit/record";
import { auditRiskRead } from "@/lib/risks/read-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { scopeLabel } from "./scope";
import { quarterOf, renderReportFile, storedSnapshot, storeReportFiles } from "./jobs";
import { REPORT_FORMATS, ZReportFormat, ZReportId, type ReportFormat } from "./schemas";
import type { ReportSnapshotData } from "./types";

// Past and running reports, and their files. Who sees a report: its maker; the VPE (whole-org
// scope) every report; a director the reports on their own subtree or a part of it, whoever made
// them, but never a whole-org report. Nobody sees a report holding a risk about themselves (two
// VPEs, one below the other). Anything else is NOT_FOUND. Every download is audited.

const notFound = () => new AppError("NOT_FOUND", "Not found");
const LIST_LIMIT = 200;

/** The visibility rule as one SQL condition on a "ReportSnapshot" aliased s. Never empty. */
function visibleSql(actor: Actor): Prisma.Sql {
  requirePermission(actor, "report:read");
  const scope = scopeFor(actor, "people-data");
  const own = Prisma.sql`s."generatedById" = ${actor.userId}`;
  const seen =
    scope.kind === "org"
      ? Prisma.sql`TRUE`
      : scope.kind === "subtree"
        ? Prisma.sql`(${own} OR EXISTS (SELECT 1 FROM "PersonClosure" c WHERE c."descendantId" = s."scopePersonId" AND c."ancestorId" = ${scope.rootPersonId}))`
        : own;
  if (actor.personId === null) return seen;
  const aboutMe = JSON.stringify([{ person: { id: actor.personId } }]);
  return Prisma.sql`(${seen} AND NOT (coalesce(s.data -> 'risks', '[]'::jsonb) @> ${aboutMe}::jsonb))`;
}

export type ReportListItem = {
  id: number;
  /** "FY2027-Q1" */
  quarter: string;
  /** "FY2027 Q1" */
  quarterLabel: string;
  scope: { personId: number | null; label: string };
  maker: { userId: number; name: string };
  status: ReportStatus;
  progress: number;
  /** Why it failed (FAILED only). */
  error: string | null;
  createdAt: string;
  completedAt: string | null;
  /** The formats that can be downloaded: those stored so far while it runs, all of them once DONE (a missing file is rendered again). */
  formats: ReportFormat[];
};

type Row = {
  id: number; fiscalYear: number; quarter: number; scopePersonId: number | null; status: ReportStatus; progress: number;
  error: string | null; createdAt: Date; completedAt: Date | null; generatedBy: { id: number; name: string };
};
const ROW_SELECT = {
  id: true, fiscalYear: true, quarter: true, scopePersonId: true, status: true, progress: true, error: true, createdAt: true, completedAt: true,
  generatedBy: { select: { id: true, name: true } },
} as const;

async function listItems(rows: Row[]): Promise<ReportListItem[]> {
  const scopeIds = [...new Set(rows.flatMap((row) => (row.scopePersonId === null ? [] : [row.scopePersonId])))];
  const people = scopeIds.length === 0 ? [] : await db().person.findMany({ where: { id: { in: scopeIds } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const running = rows.filter((row) => row.status === "RUNNING").map((row) => row.id);
  const files = running.length === 0 ? [] : await db().reportFile.findMany({ where: { snapshotId: { in: running } }, select: { snapshotId: true, format: true } });
  const ready = (id: number) => REPORT_FORMATS.filter((format) => files.some((file) => file.snapshotId === id && file.format === format));
  return rows.map((row) => ({
    id: row.id,
    quarter: quarterOf(row),
    quarterLabel: `FY${row.fiscalYear} Q${row.quarter}`,
    scope: { personId: row.scopePersonId, label: scopeLabel(row.scopePersonId === null ? null : { name: names.get(row.scopePersonId) ?? `Person #${row.scopePersonId}` }) },
    maker: { userId: row.generatedBy.id, name: row.generatedBy.name },
    status: row.status,
    progress: row.progress,
    error: row.status === "FAILED" ? row.error : null,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    formats: row.status === "DONE" ? [...REPORT_FORMATS] : row.status === "RUNNING" ? ready(row.id) : [],
  }));
}

/** The reports the actor may see, newest first (the latest LIST_LIMIT). */
export async function listReports({ actor }: { actor: Actor }): Promise<ReportListItem[]> {
  const visible = visibleSql(actor);
  const ids = await db().$queryRaw<Array<{ id: number }>>`
    SELECT s.id FROM "ReportSnapshot" s WHERE ${visible} ORDER BY s."createdAt" DESC, s.id DESC LIMIT ${LIST_LIMIT}`;
  if (ids.length === 0) return [];
  const rows = await db().reportSnapshot.findMany({ where: { id: { in: ids.map((row) => row.id) } }, select: ROW_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return listItems(rows);
}

/** The visible report's id, and whom its risks are about (for the read audit), or NOT_FOUND. */
async function findVisible(actor: Actor, id: number): Promise<{ id: number; riskSubjects: number[]; scopeLabel: string | null }> {
  const visible = visibleSql(actor);
  const [row] = await db().$queryRaw<Array<{ id: number; riskSubjects: number[] | null; scopeLabel: string | null }>>`
    SELECT s.id, jsonb_path_query_array(coalesce(s.data, '{}'::jsonb), '$.risks[*].person.id') AS "riskSubjects", s.data -> 'scope' ->> 'label' AS "scopeLabel"
    FROM "ReportSnapshot" s WHERE s.id = ${id} AND ${visible}`;
  if (!row) throw notFound();
  return { id: row.id, riskSubjects: (row.riskSubjects ?? []).map(Number), scopeLabel: row.scopeLabel };
}

/** One report's facts without its data: what the page polls while it is generated. */
export async function reportStatus({ actor, id }: { actor: Actor; id: unknown }): Promise<ReportListItem> {
  const reportId = parseOrRefuse(ZReportId, id);
  await findVisible(actor, reportId);
  const [item] = await listItems([await db().reportSnapshot.findUniqueOrThrow({ where: { id: reportId }, select: ROW_SELECT })]);
  return item!;
}

export type ReportDetail = ReportListItem & { data: ReportSnapshotData | null };

/**
 * One report for its page: the list's facts, and the frozen data once DONE (for the preview). The
 * preview shows the report's risks, so reading it is audited as a risk read, like its downloads.
 */
export async function reportDetail({ actor, id }: { actor: Actor; id: unknown }): Promise<ReportDetail> {
  const reportId = parseOrRefuse(ZReportId, id);
  const visible = await findVisible(actor, reportId);
  const row = await db().reportSnapshot.findUniqueOrThrow({ where: { id: reportId }, select: { ...ROW_SELECT, data: true } });
  const [item] = await listItems([row]);
  const done = row.status === "DONE";
  if (done) await auditRiskRead({ actor, subjectIds: visible.riskSubjects, entityId: reportId });
  return { ...item!, data: done ? (row.data as unknown as ReportSnapshotData) : null };
}

const CONTENT_TYPE: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "application/zip",
};
const EXTENSION: Record<ReportFormat, string> = { pdf: "pdf", xlsx: "xlsx", csv: "csv.zip" };

/** "dana's organisation" → "danas-organisation"; accents folded, anything else a hyphen. */
function slug(text: string): string {
  const folded = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "").toLowerCase();
  return folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "report";
}

/** A file erasure deleted (or never stored): rendered from the snapshot as it is now, and kept. */
async function renderMissing(reportId: number, format: ReportFormat): Promise<Buffer> {
  const { data, fingerprint } = await storedSnapshot(reportId);
  const content = await renderReportFile(format, data);
  await storeReportFiles(reportId, fingerprint, [{ format, content }]);
  return content;
}

export type ReportDownload = { filename: string; contentType: string; body: Buffer };

/**
 * One file of a finished report, as stored when it was generated. A file erasure deleted is
 * rendered again from the (rewritten) snapshot and stored. Writes one audit event per download,
 * naming the report and format (and whom its risks are about), never the report's content.
 */
export async function downloadReport({ actor, id, format, ip }: { actor: Actor; id: unknown; format: unknown; ip?: string | null }): Promise<ReportDownload> {
  const reportId = parseOrRefuse(ZReportId, id);
  const kind = parseOrRefuse(ZReportFormat, format);
  const visible = await findVisible(actor, reportId);
  const row = await db().reportSnapshot.findUniqueOrThrow({ where: { id: reportId }, select: { fiscalYear: true, quarter: true, status: true } });
  const stored = await db().reportFile.findUnique({ where: { snapshotId_format: { snapshotId: reportId, format: kind } }, select: { content: true } });
  // While it runs, a file is there once rendered; once DONE, one erasure deleted is rendered again.
  const ready = row.status === "DONE" || (row.status === "RUNNING" && stored !== null);
  if (!ready) throw new AppError("CONFLICT", "This file is not ready: wait until the report is done, or ask for it again if it failed.");
  const content = stored ? Buffer.from(stored.content) : await renderMissing(reportId, kind);
  await recordAudit({
    actorId: actor.userId, action: "report.download", entityType: "ReportSnapshot", entityId: reportId, ip,
    subjectIds: [...new Set(visible.riskSubjects)].sort((a, b) => a - b),
    after: { format: kind, bytes: content.length },
  });
  return {
    filename: `pillars-${quarterOf(row)}-${slug(visible.scopeLabel ?? "whole organisation")}.${EXTENSION[kind]}`,
    contentType: CONTENT_TYPE[kind],
    body: content,
  };
}
