import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/http/field-errors";
import { addMitigationSchema, createRiskSchema, updateMitigationSchema, updateRiskSchema, ZCreateRisk, ZRegisterFilters } from "./schemas";

const today = "2026-03-10";
const valid = { personId: "7", level: "HIGH", factors: ["GROWTH", "EXTERNAL_OFFER"], regrettable: "true", notes: "  Has an offer  ", nextReviewDate: "2026-04-01" };

function errorsOf(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("createRiskSchema", () => {
  it("parses a form's strings into a risk", () => {
    expect(createRiskSchema({ today }).parse(valid)).toEqual({
      personId: 7, level: "HIGH", factors: ["GROWTH", "EXTERNAL_OFFER"], regrettable: true, notes: "Has an offer", nextReviewDate: "2026-04-01",
    });
    expect(createRiskSchema({ today }).parse({ ...valid, regrettable: false, notes: "" })).toMatchObject({ regrettable: false, notes: null });
  });

  it("refuses unknown levels and factors, no factor and duplicates with a message on the field", () => {
    const errors = errorsOf(createRiskSchema({ today }).safeParse({ ...valid, level: "EXTREME", factors: ["GROWTH", "BOREDOM"] }));
    expect(errors.level).toEqual(["Choose a level: low, medium, high or critical"]);
    expect(errors.factors).toEqual(["Not a risk factor: BOREDOM"]);
    expect(errorsOf(createRiskSchema({ today }).safeParse({ ...valid, factors: [] })).factors).toEqual(["Choose at least one factor"]);
    expect(errorsOf(createRiskSchema({ today }).safeParse({ ...valid, factors: ["GROWTH", "GROWTH"] })).factors).toEqual(["Choose each factor once"]);
    expect(errorsOf(createRiskSchema({ today }).safeParse({ ...valid, factors: undefined })).factors).toEqual(["Choose at least one factor"]);
  });

  it("keeps the review date between today and a year ahead", () => {
    expect(createRiskSchema({ today }).parse({ ...valid, nextReviewDate: today }).nextReviewDate).toBe(today);
    expect(createRiskSchema({ today }).parse({ ...valid, nextReviewDate: "2027-03-11" }).nextReviewDate).toBe("2027-03-11");
    expect(errorsOf(createRiskSchema({ today }).safeParse({ ...valid, nextReviewDate: "2026-03-09" })).nextReviewDate)
      .toEqual(["This review date is in the past: choose today or a later date"]);
    expect(errorsOf(createRiskSchema({ today }).safeParse({ ...valid, nextReviewDate: "2027-03-12" })).nextReviewDate?.[0]).toMatch(/within a year/);
    expect(errorsOf(createRiskSchema({ today }).safeParse({ ...valid, nextReviewDate: "2026-02-30" })).nextReviewDate).toEqual(["Enter a date as YYYY-MM-DD"]);
  });

  it("checks only the shape without today (what the action wrapper parses)", () => {
    expect(ZCreateRisk.parse({ ...valid, nextReviewDate: "2001-01-01" }).nextReviewDate).toBe("2001-01-01");
  });

  it("refuses a missing regrettable choice and notes that are too long", () => {
    const errors = errorsOf(createRiskSchema({ today }).safeParse({ ...valid, regrettable: undefined, notes: "x".repeat(4_001) }));
    expect(errors.regrettable).toEqual(["Choose whether losing them would be regrettable"]);
    expect(errors.notes).toEqual(["At most 4,000 characters"]);
  });
});

describe("updateRiskSchema", () => {
  it("needs a status and a version, and keeps a stored review date that has passed", () => {
    const input = { ...valid, personId: undefined, riskId: 3, version: 2, status: "MONITORING", nextReviewDate: "2026-01-01" };
    expect(updateRiskSchema({ today, keep: "2026-01-01" }).parse(input)).toMatchObject({ riskId: 3, version: 2, status: "MONITORING" });
    expect(errorsOf(updateRiskSchema({ today, keep: "2026-02-01" }).safeParse(input)).nextReviewDate?.[0]).toMatch(/in the past/);
    expect(errorsOf(updateRiskSchema({ today }).safeParse({ ...input, status: "DONE" })).status).toEqual(["Choose open, monitoring or closed"]);
  });
});

describe("mitigation schemas", () => {
  it("needs an action, an owner and a due date from today", () => {
    expect(addMitigationSchema({ today }).parse({ riskId: "1", action: " Talk comp ", ownerId: "4", dueDate: today })).toEqual({ riskId: 1, action: "Talk comp", ownerId: 4, dueDate: today });
    const errors = errorsOf(addMitigationSchema({ today }).safeParse({ riskId: 1, action: " ", ownerId: "someone", dueDate: "2026-03-01" }));
    expect(errors.action).toEqual(["Describe the action"]);
    expect(errors.ownerId).toEqual(["Choose someone in the organisation"]);
    expect(errors.dueDate).toEqual(["This due date is in the past: choose today or a later date"]);
    expect(errorsOf(addMitigationSchema({ today }).safeParse({ riskId: 1, action: "x".repeat(501), ownerId: 4, dueDate: today })).action).toEqual(["At most 500 characters"]);
  });

  it("updates a status, optionally the action and the due date", () => {
    expect(updateMitigationSchema({ today }).parse({ mitigationId: 1, version: 1, status: "DONE" })).toEqual({ mitigationId: 1, version: 1, status: "DONE" });
    expect(errorsOf(updateMitigationSchema({ today }).safeParse({ mitigationId: 1, version: 1, status: "FINISHED" })).status).toEqual(["Choose open, done or cancelled"]);
  });
});

describe("ZRegisterFilters", () => {
  it("keeps known filters and drops anything else", () => {
    expect(ZRegisterFilters.parse({ level: "HIGH", status: "nope", factor: "GROWTH", regrettable: "yes", q: "  ", page: "2" }))
      .toEqual({ level: "HIGH", factor: "GROWTH", regrettable: "yes", page: 2 });
  });
});

describe("register filters in the URL", async () => {
  const { registerFiltersOf, registerSearch } = await import("./filters");
  it("reads the same filters from a page's params and a route's query string", () => {
    const fromPage = registerFiltersOf({ level: "HIGH", factor: ["GROWTH", "PERSONAL"], q: "ana", status: "" });
    expect(fromPage).toEqual({ level: "HIGH", factor: "GROWTH", q: "ana" });
    expect(registerSearch(fromPage)).toBe("level=HIGH&factor=GROWTH&q=ana");
    expect(registerFiltersOf(new URLSearchParams(registerSearch(fromPage)))).toEqual(fromPage);
    expect(registerSearch(registerFiltersOf({ page: "1" }))).toBe("");
  });
});
