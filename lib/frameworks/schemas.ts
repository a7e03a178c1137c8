import { z } from "zod";
import type { FrameworkDefinition } from "./definition";

// The JSON format of a career framework (import, export and the editor's save), checked as a
// whole: shape and limits first, then the cross-references a flat schema cannot see (unique
// keys and codes, an expectation for every level × competency and none for a missing level).

export const PILLARS = ["QUALITY", "ENGAGEMENT", "GROWTH", "SKILLS"] as const;
export const DOMAINS = ["ENGINEERING", "PEOPLE", "DELIVERY", "STRATEGY", "FINANCE", "PRODUCT", "M_AND_A"] as const;
export const TRACK_KINDS = ["MANAGEMENT", "INDIVIDUAL_CONTRIBUTOR"] as const;
export const LIMITS = { name: 200, text: 2_000, key: 50, tracks: 10, levels: 15, competencies: 40, fileBytes: 2_000_000 } as const;

const name = z.string().trim().min(1, "Enter a name").max(LIMITS.name, `At most ${LIMITS.name} characters`);
const text = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters`);
// Keys and codes appear in URLs, CSV columns and error paths, so they stay plain.
const key = z.string().trim().min(1, "Enter a key").max(LIMITS.key, `At most ${LIMITS.key} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, "Use only letters, digits, - and _");

const ZLevel = z.object({ code: key, name, summary: text });

const ZCompetency = z.object({
  key,
  name,
  description: text,
  pillar: z.enum(PILLARS, { error: `Choose one of ${PILLARS.join(", ")}` }),
  domain: z.enum(DOMAINS, { error: `Choose one of ${DOMAINS.join(", ")}` }),
  expectations: z.record(z.string(), text.min(1, "Enter the expectation")),
});

const ZTrack = z.object({
  key,
  name,
  kind: z.enum(TRACK_KINDS, { error: `Choose one of ${TRACK_KINDS.join(", ")}` }),
  levels: z.array(ZLevel).min(1, "Add at least one level").max(LIMITS.levels, `At most ${LIMITS.levels} levels per track`),
  competencies: z.array(ZCompetency).max(LIMITS.competencies, `At most ${LIMITS.competencies} competencies per track`),
});

type Issue = { path: Array<string | number>; message: string };

/** Duplicates in a list, reported at each repeat (the first occurrence is the one kept). */
function repeats<T>(items: T[], valueOf: (item: T) => string, at: (index: number) => Array<string | number>, what: string): Issue[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = valueOf(item);
    if (!seen.has(value)) return (seen.add(value), []);
    return [{ path: at(index), message: `${what} "${value}" is used more than once` }];
  });
}

function crossReferenceIssues(definition: FrameworkDefinition): Issue[] {
  const issues = repeats(definition.tracks, (track) => track.key, (t) => ["tracks", t, "key"], "Track key");
  // Level codes are unique across the whole version: assignments and imports find levels by code.
  const levels = definition.tracks.flatMap((track, t) => track.levels.map((level, l) => ({ code: level.code, path: ["tracks", t, "levels", l, "code"] })));
  issues.push(...repeats(levels, (level) => level.code, (i) => levels[i]!.path, "Level code"));
  definition.tracks.forEach((track, t) => {
    issues.push(...repeats(track.competencies, (c) => c.key, (c) => ["tracks", t, "competencies", c, "key"], "Competency key"));
    const codes = new Set(track.levels.map((level) => level.code));
    track.competencies.forEach((competency, c) => {
      const at = (code: string) => ["tracks", t, "competencies", c, "expectations", code];
      for (const code of Object.keys(competency.expectations)) {
        if (!codes.has(code)) issues.push({ path: at(code), message: "no such level in this track" });
      }
      for (const code of codes) {
        if (!Object.hasOwn(competency.expectations, code)) issues.push({ path: at(code), message: "Enter the expectation for this level" });
      }
    });
  });
  return issues;
}

export const ZFrameworkDefinition = z
  .object({
    name,
    description: text,
    tracks: z.array(ZTrack).min(1, "Add at least one track").max(LIMITS.tracks, `At most ${LIMITS.tracks} tracks`),
  })
  .superRefine((definition, ctx) => {
    for (const issue of crossReferenceIssues(definition)) ctx.addIssue({ code: "custom", ...issue });
  });
export type TFrameworkDefinition = z.infer<typeof ZFrameworkDefinition>;

const id = z.coerce.number().int().positive();
export const ZVersionRef = z.object({ versionId: id, version: id });
export const ZSaveDraft = ZVersionRef.extend({ definition: ZFrameworkDefinition });
export type TSaveDraft = z.infer<typeof ZSaveDraft>;

export type DefinitionError = { path: string; message: string };
export type ParsedFramework = { ok: true; definition: FrameworkDefinition } | { ok: false; errors: DefinitionError[] };

/** `["tracks", 0, "competencies", 2, "expectations", "M7"]` → `tracks[0].competencies[2].expectations.M7`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), "");
}

export function validateDefinition(input: unknown): ParsedFramework {
  const parsed = ZFrameworkDefinition.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** Reads an uploaded framework file: every error with its path, or the checked definition. */
export function parseFrameworkJson(textContent: string): ParsedFramework {
  if (textContent.length > LIMITS.fileBytes) return { ok: false, errors: [{ path: "", message: "The file is too large (at most 2 MB)" }] };
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: "", message: `The file is not valid JSON: ${detail}` }] };
  }
  return validateDefinition(json);
}
