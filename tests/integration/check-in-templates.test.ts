import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { activeTemplateVersionId, questionsOf } from "@/lib/check-ins/template-version";
import { createTemplate, makeDefaultTemplate, publishTemplateVersion, saveTemplateDraft, startTemplateDraft } from "@/lib/check-ins/templates/mutations";
import { getTemplateVersion, listTemplates } from "@/lib/check-ins/templates/queries";
import type { TTemplateQuestionInput } from "@/lib/check-ins/templates/schemas";
import { db } from "@/lib/db";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Check-in templates: drafts copy the published version, saves keep the seven metric questions,
// publishing archives the version before, and check-ins keep the version they were written on.

let people: Record<string, number>;
let actors: Record<string, Actor>;
let vera: Actor;
let templateId: number;
let firstVersionId: number;

const questionsOfDefault = (): TTemplateQuestionInput[] => DEFAULT_TEMPLATE.questions.map((question) => ({ ...question }));
const lockOf = async (versionId: number) => (await db().checkInTemplateVersion.findUniqueOrThrow({ where: { id: versionId } })).version;
const auditCount = () => db().auditEvent.count({ where: { action: { startsWith: "checkin-template." } } });

beforeAll(async () => {
  ({ people, actors } = await buildGrowthOrg());
  vera = actors.vera!;
  firstVersionId = (await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true))).templateVersionId;
  templateId = (await db().checkInTemplateVersion.findUniqueOrThrow({ where: { id: firstVersionId } })).templateId;
});

describe("check-in templates", () => {
  let draftId: number;
  let checkInId: number;

  it("starts a draft as a copy of the published version, once", async () => {
    // A check-in written against version 1 before anything changes.
    checkInId = (await db().checkIn.create({
      data: { subjectId: people.eli!, authorId: actors.mia!.userId, templateVersionId: await activeTemplateVersionId(), date: new Date("2025-06-01") },
    })).id;
    const draft = await startTemplateDraft({ actor: vera, input: { templateId } });
    expect(draft).toMatchObject({ number: 2, created: true });
    draftId = draft.versionId;
    const copied = await questionsOf(draftId);
    const original = await questionsOf(firstVersionId);
    const withoutIds = (list: typeof copied) => list.map((question) => ({ ...question, id: 0 }));
    expect(withoutIds(copied)).toEqual(withoutIds(original));
    const originalIds = new Set(original.map((q) => q.id));
    expect(copied.filter((q) => originalIds.has(q.id))).toEqual([]);
    // A second "Edit" returns the open draft instead of a third version.
    expect(await startTemplateDraft({ actor: vera, input: { templateId } })).toMatchObject({ versionId: draftId, created: false });
    expect(await db().checkInTemplateVersion.count({ where: { templateId } })).toBe(2);
  });

  it("refuses dropping a metric question, bad options or an unknown kind, writing nothing", async () => {
    const version = await lockOf(draftId);
    const audits = await auditCount();
    const withoutTrust = questionsOfDefault().filter((q) => q.key !== "trust");
    expect(await refusal(saveTemplateDraft({ actor: vera, input: { versionId: draftId, version, questions: withoutTrust } })))
      .toEqual({ code: "UNPROCESSABLE", fields: { questions: ["Keep the questions that feed these figures: trust"] } });
    const badOptions: TTemplateQuestionInput[] = [...questionsOfDefault(), { key: "focus", prompt: "Focus?", kind: "CHOICE", pillar: "GROWTH", options: ["Only one"], required: false }];
    expect((await refusal(saveTemplateDraft({ actor: vera, input: { versionId: draftId, version, questions: badOptions } }))).fields)
      .toEqual({ "questions.9.options": ["Give between 2 and 12 options"] });
    const unknownKind = [...questionsOfDefault(), { key: "essay", prompt: "Write", kind: "ESSAY", pillar: "GROWTH", required: false }];
    expect(Object.keys((await refusal(saveTemplateDraft({ actor: vera, input: { versionId: draftId, version, questions: unknownKind as TTemplateQuestionInput[] } }))).fields))
      .toEqual(["questions.9.kind"]);
    expect(await lockOf(draftId)).toBe(version);
    expect(await db().checkInQuestion.count({ where: { templateVersionId: draftId } })).toBe(DEFAULT_TEMPLATE.questions.length);
    expect(await auditCount()).toBe(audits);
  });

  it("saves the whole list under the lock and refuses a stale save", async () => {
    const version = await lockOf(draftId);
    const questions: TTemplateQuestionInput[] = [
      ...questionsOfDefault().filter((q) => q.key !== "experiment"),
      { key: "focus", prompt: "Where did the week go?", help: "Pick the biggest", kind: "CHOICE", pillar: "GROWTH", options: ["Hiring", "Delivery", "Strategy"], required: false },
    ];
    expect(await saveTemplateDraft({ actor: vera, input: { versionId: draftId, version, questions } })).toEqual({ version: version + 1 });
    const saved = await questionsOf(draftId);
    expect(saved.map((q) => q.key)).toEqual(questions.map((q) => q.key));
    expect(saved.at(-1)).toMatchObject({ kind: "CHOICE", options: ["Hiring", "Delivery", "Strategy"], help: "Pick the biggest" });
    const stale = await refusal(saveTemplateDraft({ actor: vera, input: { versionId: draftId, version, questions: questionsOfDefault() } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await questionsOf(draftId)).map((q) => q.key)).toContain("focus");
    expect(await db().auditEvent.count({ where: { action: "checkin-template.draft.save", entityId: String(draftId) } })).toBe(1);
  });

  it("publishes: the old version is archived, untouched, and existing check-ins keep it", async () => {
    const before = await questionsOf(firstVersionId);
    expect((await refusal(publishTemplateVersion({ actor: vera, input: { versionId: draftId, version: 1 } }))).code).toBe("CONFLICT");
    const published = await publishTemplateVersion({ actor: vera, input: { versionId: draftId, version: await lockOf(draftId) } });
    expect(published).toEqual({ versionId: draftId, number: 2, archivedVersionId: firstVersionId });
    const [oldVersion, newVersion] = await Promise.all([firstVersionId, draftId].map((id) => db().checkInTemplateVersion.findUniqueOrThrow({ where: { id } })));
    expect(oldVersion!.status).toBe("ARCHIVED");
    expect(newVersion!.status).toBe("PUBLISHED");
    expect(newVersion!.publishedAt).toBeInstanceOf(Date);
    expect(await activeTemplateVersionId()).toBe(draftId);
    expect((await db().checkIn.findUniqueOrThrow({ where: { id: checkInId } })).templateVersionId).toBe(firstVersionId);
    expect(await questionsOf(firstVersionId)).toEqual(before);
    // Published and archived versions are never edited.
    for (const versionId of [firstVersionId, draftId]) {
      const lock = await lockOf(versionId);
      expect((await refusal(saveTemplateDraft({ actor: vera, input: { versionId, version: lock, questions: questionsOfDefault() } }))).code).toBe("UNPROCESSABLE");
      expect((await refusal(publishTemplateVersion({ actor: vera, input: { versionId, version: lock } }))).code).toBe("UNPROCESSABLE");
    }
    const listed = await listTemplates({ actor: vera });
    expect(listed[0]!.versions.map((v) => [v.number, v.status, v.checkInCount])).toEqual([[2, "PUBLISHED", 0], [1, "ARCHIVED", 1]]);
    expect(await db().auditEvent.count({ where: { action: "checkin-template.publish", entityId: String(draftId) } })).toBe(1);
  });

  it("creates a template as a draft copy of the default one, and makes it default only once published", async () => {
    const created = await createTemplate({ actor: vera, input: { name: "Quarterly deep dive", description: "Longer, once a quarter" } });
    expect(created.number).toBe(1);
    expect((await questionsOf(created.versionId)).map((q) => q.key)).toEqual((await questionsOf(draftId)).map((q) => q.key));
    expect((await refusal(createTemplate({ actor: vera, input: { name: " Quarterly deep dive " } }))).fields).toEqual({ name: ["A template with this name already exists"] });
    expect((await refusal(makeDefaultTemplate({ actor: vera, input: { templateId: created.templateId } }))).code).toBe("UNPROCESSABLE");
    await publishTemplateVersion({ actor: vera, input: { versionId: created.versionId, version: created.version } });
    await makeDefaultTemplate({ actor: vera, input: { templateId: created.templateId } });
    expect(await db().checkInTemplate.count({ where: { isDefault: true } })).toBe(1);
    expect(await activeTemplateVersionId()).toBe(created.versionId);
    await makeDefaultTemplate({ actor: vera, input: { templateId } });
    expect(await activeTemplateVersionId()).toBe(draftId);
  });

  it("on an install with no published default, a new template starts from the shipped questions", async () => {
    const defaultId = (await db().checkInTemplate.findFirstOrThrow({ where: { isDefault: true } })).id;
    await db().checkInTemplate.update({ where: { id: defaultId }, data: { isDefault: false } });
    try {
      const created = await createTemplate({ actor: vera, input: { name: "From scratch" } });
      expect((await questionsOf(created.versionId)).map((q) => q.key)).toEqual(DEFAULT_TEMPLATE.questions.map((q) => q.key));
    } finally {
      await db().checkInTemplate.update({ where: { id: defaultId }, data: { isDefault: true } });
    }
  });

  it("refuses every write to MANAGER, DIRECTOR, ADMIN and HR with NOT_FOUND, writing nothing", async () => {
    const audits = await auditCount();
    const versions = await db().checkInTemplateVersion.count();
    for (const actor of [actors.mia!, actors.dana!, actors.admin!, actors.hr!]) {
      const lock = await lockOf(draftId);
      for (const attempt of [
        startTemplateDraft({ actor, input: { templateId } }),
        saveTemplateDraft({ actor, input: { versionId: draftId, version: lock, questions: [] } }),
        publishTemplateVersion({ actor, input: { versionId: draftId, version: lock } }),
        createTemplate({ actor, input: { name: `By ${actor.name}` } }),
        makeDefaultTemplate({ actor, input: { templateId } }),
      ]) expect((await refusal(attempt)).code).toBe("NOT_FOUND");
    }
    // ADMIN holds neither checkin:read nor template:write, so it cannot read templates either.
    expect((await refusal(listTemplates({ actor: actors.admin! }))).code).toBe("NOT_FOUND");
    expect((await refusal(getTemplateVersion({ actor: actors.admin!, versionId: draftId }))).code).toBe("NOT_FOUND");
    expect(await auditCount()).toBe(audits);
    expect(await db().checkInTemplateVersion.count()).toBe(versions);
  });

  it("lets check-in readers see published versions but not drafts", async () => {
    const draft = await startTemplateDraft({ actor: vera, input: { templateId } });
    expect((await getTemplateVersion({ actor: actors.mia!, versionId: draftId })).questions.length).toBeGreaterThan(7);
    expect((await refusal(getTemplateVersion({ actor: actors.mia!, versionId: draft.versionId }))).code).toBe("NOT_FOUND");
    const asManager = await listTemplates({ actor: actors.mia! });
    expect(asManager.flatMap((t) => t.versions.map((v) => v.status))).not.toContain("DRAFT");
    expect((await getTemplateVersion({ actor: vera, versionId: draft.versionId })).status).toBe("DRAFT");
  });
});
