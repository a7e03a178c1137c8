import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { withActor } from "@/lib/http/route";
import { logger } from "@/lib/logger";
import { applyQualityImport, dryRunQualityImport } from "@/lib/quality/import/write";
import type { QualityImportReport } from "@/lib/quality/import/validate";

export const dynamic = "force-dynamic";

/** What the browser needs back: the report without the parsed rows (up to 20,000 of them). */
function summaryOf(report: QualityImportReport) {
  return { ok: report.ok, errors: report.errors, warnings: report.warnings, summary: report.summary };
}

/**
 * POST multipart: "file" (CSV) and "mode" ("dry-run" or "import"; also accepted as ?mode=).
 * Answers with NDJSON: {type:"progress", stage, done, total} lines while it checks (and
 * writes), then {type:"report", ok, errors, warnings, summary} — or {type:"error", message}.
 * quality:write (VPE, DIRECTOR, MANAGER); anyone else gets 404.
 */
export const POST = withActor(async (actor, request) => {
  requirePermission(actor, "quality:write");
  const form = await request.formData();
  const mode = form.get("mode") ?? new URL(request.url).searchParams.get("mode");
  if (mode !== "dry-run" && mode !== "import") throw new AppError("BAD_REQUEST", "mode must be dry-run or import", { mode: ["Choose dry-run or import"] });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("UNPROCESSABLE", "Choose a CSV file to import.", { file: ["Choose a CSV file"] });
  const csv = new Uint8Array(await file.arrayBuffer());

  const encoder = new TextEncoder();
  const requestId = request.headers.get("x-request-id") ?? undefined;
  const ip = clientIp(request.headers.get("x-forwarded-for"));
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      const onProgress = (progress: object) => send({ type: "progress", ...progress });
      try {
        const report = mode === "import"
          ? await applyQualityImport({ actor, csv, onProgress, requestId, ip })
          : await dryRunQualityImport({ actor, csv, onProgress });
        send({ type: "report", mode, ...summaryOf(report) });
      } catch (error) {
        if (!(error instanceof AppError)) logger.error({ err: error, userId: actor.userId, requestId }, "quality import failed");
        send({ type: "error", message: error instanceof AppError ? error.message : "The import failed; nothing was written." });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson", "Cache-Control": "no-store" } });
});
