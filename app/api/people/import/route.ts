import { requirePermission } from "@/lib/auth/permissions";
import { withActor } from "@/lib/http/route";
import { applyImport, dryRunImport } from "@/lib/people-import/apply";
import type { ImportReport } from "@/lib/people-import/types";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** What the browser needs back: the report without the parsed rows (thousands of them). */
function summaryOf(report: ImportReport) {
  return { ok: report.ok, errors: report.errors, warnings: report.warnings, summary: report.summary };
}

/**
 * POST a CSV as multipart "file". `?mode=check` answers with the dry-run report; `?mode=apply`
 * streams progress lines (NDJSON) while the all-or-nothing import runs, then its report.
 */
export const POST = withActor(async (actor, request) => {
  requirePermission(actor, "people:write");
  const mode = new URL(request.url).searchParams.get("mode");
  const file = (await request.formData()).get("file");
  if (!(file instanceof File)) throw new AppError("UNPROCESSABLE", "Choose a CSV file to import.", { file: ["Choose a CSV file"] });
  const csv = new Uint8Array(await file.arrayBuffer());
  if (mode === "check") return summaryOf(await dryRunImport({ actor, csv }));
  if (mode !== "apply") throw new AppError("BAD_REQUEST", "mode must be check or apply");

  const encoder = new TextEncoder();
  const requestId = request.headers.get("x-request-id") ?? undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const report = await applyImport({ actor, csv, requestId, onProgress: (progress) => send({ type: "progress", ...progress }) });
        send({ type: "report", ...summaryOf(report) });
      } catch (error) {
        if (!(error instanceof AppError)) logger.error({ err: error, userId: actor.userId, requestId }, "people import failed");
        send({ type: "error", message: error instanceof AppError ? error.message : "The import failed; nothing was written." });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson", "Cache-Control": "no-store" } });
});
