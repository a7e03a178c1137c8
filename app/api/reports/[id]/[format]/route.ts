import { requestContext } from "@/lib/http/request-context";
import { withActor } from "@/lib/http/route";
import { downloadReport } from "@/lib/reports/queries";

export const dynamic = "force-dynamic";

/** Downloads one format of a finished report (pdf, xlsx, csv) as stored when it was generated; audited. */
export const GET = withActor<{ id: string; format: string }>(async (actor, _request, { id, format }) => {
  const file = await downloadReport({ actor, id, format, ip: (await requestContext()).ip });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.length),
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
