import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { FrameworkDefinition } from "@/lib/frameworks/definition";
import { importFramework, publishDraft, saveDraft, startDraft } from "@/lib/frameworks/mutations";
import { currentPublishedVersion, exportFramework, getFrameworkVersion, listFrameworks, matrixOf } from "@/lib/frameworks/queries";

// Framework versioning against a real database. The database is shared with other files, so
// every framework here has a unique name and nothing is truncated.

let vpe: Actor;
let manager: Actor;
const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

function definition(name: string): FrameworkDefinition {
  return {
    name,
    description: "A framework for tests",
    tracks: [{
      key: "management", name: "Management", kind: "MANAGEMENT",
      levels: [{ code: "M1", name: "Manager", summary: "One team" }, { code: "M2", name: "Senior manager", summary: "" }],
      competencies: [
        { key: "delivery", name: "Delivery", description: "Ships", pillar: "QUALITY", domain: "DELIVERY", expectations: { M1: "Plans a quarter", M2: "Plans a year" } },
        { key: "finance", name: "Finance", description: "", pillar: "GROWTH", domain: "FINANCE", expectations: { M1: "Knows the budget", M2: "Owns the budget" } },
      ],
    }],
  };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fields: error.fieldErrors ?? {} };
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Imports and publishes a framework; returns its id and the published version's id. */
async function published(name: string) {
  const draft = await importFramework({ actor: vpe, definition: definition(name) });
  await publishDraft({ actor: vpe, versionId: draft.versionId, version: draft.version });
  return draft;
}

beforeAll(async () => {
  const user = await db().user.create({ data: { email: `${randomUUID()}@frameworks.test`, name: "Framework VPE", roles: ["VPE"] } });
  vpe = { userId: user.id, email: user.email, name: user.name, roles: ["VPE"], personId: null };
  manager = { ...vpe, roles: ["MANAGER"] };
});

describe("career frameworks", () => {
  it("imports as a draft and exports exactly what was imported", async () => {
    const input = definition(unique("Round trip"));
    const draft = await importFramework({ actor: vpe, definition: input });
    expect(draft.number).toBe(1);
    expect((await getFrameworkVersion({ actor: vpe, versionId: draft.versionId })).status).toBe("DRAFT");
    expect(await exportFramework({ actor: vpe, versionId: draft.versionId })).toEqual(input);
    const audit = await db().auditEvent.findFirst({ where: { action: "framework.import", entityId: String(draft.versionId) } });
    expect(audit?.actorId).toBe(vpe.userId);
  });

  it("imports under an existing name as that framework's next draft, and refuses a second draft", async () => {
    const name = unique("Reimport");
    const first = await published(name);
    const second = await importFramework({ actor: vpe, definition: definition("ignored"), name });
    expect([second.frameworkId, second.number]).toEqual([first.frameworkId, 2]);
    expect((await failure(importFramework({ actor: vpe, definition: definition(name) }))).code).toBe("CONFLICT");
  });

  it("starts a draft from the published version, saves it and publishes it, archiving the old one", async () => {
    const name = unique("Lifecycle");
    const v1 = await published(name);
    const draft = await startDraft({ actor: vpe, frameworkId: v1.frameworkId });
    expect([draft.number, draft.created]).toEqual([2, true]);
    expect(await startDraft({ actor: vpe, frameworkId: v1.frameworkId })).toEqual({ ...draft, created: false });
    expect(await exportFramework({ actor: vpe, versionId: draft.versionId })).toEqual(definition(name));

    const changed = definition(name);
    changed.tracks[0]!.levels.push({ code: "M3", name: "Director", summary: "A group" });
    for (const competency of changed.tracks[0]!.competencies) competency.expectations.M3 = `${competency.name} across a group`;
    const saved = await saveDraft({ actor: vpe, versionId: draft.versionId, version: draft.version, definition: changed });
    expect(saved.version).toBe(draft.version + 1);
    expect((await currentPublishedVersion(v1.frameworkId))?.id).toBe(v1.versionId);

    await publishDraft({ actor: vpe, versionId: draft.versionId, version: saved.version });
    const statuses = (await listFrameworks({ actor: vpe })).find((f) => f.name === name)?.versions.map((v) => [v.number, v.status]);
    expect(statuses).toEqual([[2, "PUBLISHED"], [1, "ARCHIVED"]]);
    expect((await currentPublishedVersion(v1.frameworkId))?.id).toBe(draft.versionId);
    expect(await exportFramework({ actor: vpe, versionId: v1.versionId })).toEqual(definition(name));
    expect((await matrixOf(draft.versionId)).tracks[0]!.levels.map((level) => level.code)).toEqual(["M1", "M2", "M3"]);
  });

  it("keeps an assessment made against v1 on v1's levels after v2 is published", async () => {
    const name = unique("Assessed");
    const v1 = await published(name);
    const level = (await matrixOf(v1.versionId)).tracks[0]!.levels[0]!;
    const person = await db().person.create({ data: { name: "Assessed person", startDate: new Date("2024-01-01") } });
    const assessor = await db().person.create({ data: { name: "Assessor", startDate: new Date("2024-01-01") } });
    const assessment = await db().assessment.create({
      data: { personId: person.id, assessorId: assessor.id, frameworkVersionId: v1.versionId, levelId: level.id, date: new Date("2026-01-15") },
    });
    const draft = await startDraft({ actor: vpe, frameworkId: v1.frameworkId });
    const renamed = definition(name);
    renamed.tracks[0]!.levels[0]!.name = "Engineering manager";
    const saved = await saveDraft({ actor: vpe, versionId: draft.versionId, version: draft.version, definition: renamed });
    await publishDraft({ actor: vpe, versionId: draft.versionId, version: saved.version });

    const after = await db().assessment.findUniqueOrThrow({ where: { id: assessment.id }, include: { level: { include: { track: true } } } });
    expect([after.frameworkVersionId, after.levelId, after.level.name, after.level.track.frameworkVersionId]).toEqual([v1.versionId, level.id, "Manager", v1.versionId]);
  });

  it("refuses a stale save and leaves the draft as it was", async () => {
    const name = unique("Stale");
    const draft = await importFramework({ actor: vpe, definition: definition(name) });
    const other = definition(name);
    other.tracks[0]!.name = "Leadership";
    await saveDraft({ actor: vpe, versionId: draft.versionId, version: draft.version, definition: other });
    const refused = await failure(saveDraft({ actor: vpe, versionId: draft.versionId, version: draft.version, definition: definition(name) }));
    expect(refused.code).toBe("CONFLICT");
    expect((await exportFramework({ actor: vpe, versionId: draft.versionId })).tracks[0]!.name).toBe("Leadership");
    expect((await failure(publishDraft({ actor: vpe, versionId: draft.versionId, version: draft.version }))).code).toBe("CONFLICT");
  });

  it("never edits a published or archived version", async () => {
    const name = unique("Frozen");
    const v1 = await published(name);
    const current = await getFrameworkVersion({ actor: vpe, versionId: v1.versionId });
    const refused = await failure(saveDraft({ actor: vpe, versionId: v1.versionId, version: current.version, definition: definition(name) }));
    expect(refused.code).toBe("UNPROCESSABLE");
    expect((await failure(publishDraft({ actor: vpe, versionId: v1.versionId, version: current.version }))).code).toBe("UNPROCESSABLE");
  });

  it("refuses a bad definition with the path of each error and writes nothing", async () => {
    const name = unique("Bad");
    const bad = definition(name);
    bad.tracks[0]!.competencies[1]!.expectations.M7 = "Nowhere";
    const refused = await failure(importFramework({ actor: vpe, definition: bad }));
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(refused.fields).toEqual({ "tracks[0].competencies[1].expectations.M7": ["no such level in this track"] });
    expect(await db().framework.count({ where: { name } })).toBe(0);
  });

  it("refuses a MANAGER every change, as if the framework did not exist", async () => {
    const name = unique("Guarded");
    const v1 = await published(name);
    const attempts = [
      () => importFramework({ actor: manager, definition: definition(unique("Manager's")) }),
      () => startDraft({ actor: manager, frameworkId: v1.frameworkId }),
      () => saveDraft({ actor: manager, versionId: v1.versionId, version: 1, definition: definition(name) }),
      () => publishDraft({ actor: manager, versionId: v1.versionId, version: 1 }),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).code).toBe("NOT_FOUND");
    expect(await db().frameworkVersion.count({ where: { frameworkId: v1.frameworkId } })).toBe(1);
    expect(await exportFramework({ actor: manager, versionId: v1.versionId })).toEqual(definition(name));
    expect((await failure(getFrameworkVersion({ actor: vpe, versionId: 2_000_000_000 }))).code).toBe("NOT_FOUND");
  });
});
