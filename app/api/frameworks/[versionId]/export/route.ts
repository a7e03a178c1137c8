import { definitionOf, getFrameworkVersion } from "@/lib/frameworks/queries";
import { idParam, withActor } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** "Engineering Management", 2 → engineering-management-v2.json: safe in a header and a file system. */
function fileName(name: string, number: number): string {
  const slug = name.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "framework";
  return `${slug}-v${number}.json`;
}

// The same definition exportFramework returns (definitionOf the stored matrix), read once with the
// version's number for the file name.
export const GET = withActor<{ versionId: string }>(async (actor, _request, params) => {
  const version = await getFrameworkVersion({ actor, versionId: idParam(params.versionId) });
  const definition = definitionOf(version.framework, version.matrix);
  return new Response(`${JSON.stringify(definition, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(version.framework.name, version.number)}"`,
      "Cache-Control": "no-store",
    },
  });
});
