import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/http/field-errors";
import { createSkillItemSchema, evidenceUrl, updateSkillItemSchema, ZCreateSkillItem, ZSkillFilters } from "./schemas";

const today = "2026-03-10";
const valid = {
  kind: "EXPERIMENT", personId: "7", teamId: "", title: "  AI-assistant pilot ", description: "Two weeks with an assistant",
  status: "COMPLETED", outcome: "", evidence: "https://wiki.example.com/pilot", startedOn: "2026-02-01", completedOn: "2026-03-10",
};

function errorsOf(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("createSkillItemSchema", () => {
  it("parses a form's strings into an item about one person", () => {
    expect(createSkillItemSchema({ today }).parse(valid)).toEqual({
      kind: "EXPERIMENT", personId: 7, teamId: undefined, title: "AI-assistant pilot", description: "Two weeks with an assistant",
      status: "COMPLETED", outcome: null, evidence: "https://wiki.example.com/pilot", startedOn: "2026-02-01", completedOn: "2026-03-10",
    });
  });

  it("takes a team instead, and empty dates as none", () => {
    const parsed = createSkillItemSchema({ today }).parse({ ...valid, personId: "", teamId: "3", status: "PLANNED", startedOn: "", completedOn: "" });
    expect(parsed).toMatchObject({ personId: undefined, teamId: 3, startedOn: null, completedOn: null });
  });

  it("wants exactly one target", () => {
    expect(errorsOf(ZCreateSkillItem.safeParse({ ...valid, personId: "" })).target).toEqual(["Choose a person or a team"]);
    expect(errorsOf(ZCreateSkillItem.safeParse({ ...valid, teamId: "3" })).target).toEqual(["An item is about one person or one team, not both"]);
    const bad = errorsOf(ZCreateSkillItem.safeParse({ ...valid, personId: "x" }));
    expect(bad.personId).toEqual(["Choose a person from the list"]);
    expect(bad.target).toBeUndefined();
  });

  it("refuses lengths, kinds and statuses per field, all at once", () => {
    const errors = errorsOf(createSkillItemSchema({ today }).safeParse({
      ...valid, kind: "HOBBY", title: " ", description: "d".repeat(2001), outcome: "o".repeat(2001), evidence: "e".repeat(2001), status: "DONE", completedOn: "",
    }));
    expect(errors).toEqual({
      kind: ["Choose learning or experiment"], title: ["Enter a title"], description: ["At most 2,000 characters"],
      outcome: ["At most 2,000 characters"], evidence: ["At most 2,000 characters"], status: ["Choose planned, active, completed or stopped"],
    });
    expect(errorsOf(ZCreateSkillItem.safeParse({ ...valid, title: "t".repeat(201) })).title).toEqual(["At most 200 characters"]);
    expect(ZCreateSkillItem.parse({ ...valid, title: "t".repeat(200), outcome: "o".repeat(2000) }).title).toHaveLength(200);
  });

  it("keeps the dates consistent with the status and with each other", () => {
    const schema = createSkillItemSchema({ today });
    expect(errorsOf(schema.safeParse({ ...valid, completedOn: "" })).completedOn).toEqual(["A completed item needs the date it was completed"]);
    expect(errorsOf(schema.safeParse({ ...valid, completedOn: "2026-01-31" })).completedOn).toEqual(["This is before it started on 2026-02-01"]);
    expect(schema.parse({ ...valid, completedOn: "2026-02-01" }).completedOn).toBe("2026-02-01");
    expect(errorsOf(schema.safeParse({ ...valid, status: "ACTIVE" })).completedOn?.[0]).toMatch(/Only a completed or stopped item has an end date/);
    expect(schema.parse({ ...valid, status: "STOPPED" }).completedOn).toBe("2026-03-10");
    expect(schema.parse({ ...valid, status: "STOPPED", completedOn: "" }).completedOn).toBeNull();
    expect(errorsOf(schema.safeParse({ ...valid, completedOn: "2026-02-30" })).completedOn).toEqual(["Enter a date as YYYY-MM-DD"]);
  });

  it("refuses an end date in the future, and a future start unless planned", () => {
    const schema = createSkillItemSchema({ today });
    expect(errorsOf(schema.safeParse({ ...valid, completedOn: "2026-03-11" })).completedOn?.[0]).toMatch(/in the future/);
    expect(schema.parse({ ...valid, status: "PLANNED", startedOn: "2026-06-01", completedOn: "" }).startedOn).toBe("2026-06-01");
    expect(errorsOf(schema.safeParse({ ...valid, status: "ACTIVE", startedOn: "2026-06-01", completedOn: "" })).startedOn?.[0]).toMatch(/Only a planned item starts in the future/);
    // Without today only the shape and the rules between fields (what the action wrapper parses).
    expect(ZCreateSkillItem.parse({ ...valid, completedOn: "2099-01-01", startedOn: "2098-01-01" }).completedOn).toBe("2099-01-01");
  });
});

describe("updateSkillItemSchema", () => {
  it("needs the item and the version it read, and never changes whom it is about", () => {
    const fields = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== "personId" && key !== "teamId"));
    expect(updateSkillItemSchema({ today }).parse({ ...fields, itemId: "4", version: "2", personId: "9" })).not.toHaveProperty("personId");
    expect(Object.keys(errorsOf(updateSkillItemSchema({ today }).safeParse({ ...fields, itemId: "", version: "x" }))).sort()).toEqual(["itemId", "version"]);
    expect(errorsOf(updateSkillItemSchema({ today }).safeParse({ ...fields, itemId: 4, version: 1, completedOn: "" })).completedOn).toHaveLength(1);
  });
});

describe("filters and evidence", () => {
  it("drops unreadable filters", () => {
    expect(ZSkillFilters.parse({ kind: "LEARNING", status: "nope", teamId: "x", personId: "5", q: "  " })).toEqual({ kind: "LEARNING", status: undefined, teamId: undefined, personId: 5, q: undefined });
  });

  it("links only a lone http(s) address", () => {
    expect(evidenceUrl("https://example.com/x?y=1")).toBe("https://example.com/x?y=1");
    expect(evidenceUrl("javascript:alert(1)")).toBeNull();
    expect(evidenceUrl("see https://example.com")).toBeNull();
    expect(evidenceUrl(null)).toBeNull();
  });
});

describe("filters in the URL", () => {
  it("reads and writes them in one canonical order", async () => {
    const { skillFiltersOf, skillSearch } = await import("./filters");
    const filters = skillFiltersOf({ q: "pilot", status: ["ACTIVE", "PLANNED"], kind: "EXPERIMENT", teamId: "", page: "2" });
    expect(filters).toEqual({ kind: "EXPERIMENT", status: "ACTIVE", teamId: undefined, personId: undefined, q: "pilot" });
    expect(skillSearch(filters)).toBe("kind=EXPERIMENT&status=ACTIVE&q=pilot");
    expect(skillSearch(skillFiltersOf(new URLSearchParams("kind=nope")))).toBe("");
  });
});
