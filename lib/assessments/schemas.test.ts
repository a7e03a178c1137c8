import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { ZAssignLevel } from "@/lib/levels/schemas";
import { parseOrRefuse, ZSaveAssessment } from "./schemas";

function fieldsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.fieldErrors ?? {};
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("assessment and level schemas", () => {
  it("accepts a well-formed save and trims empty text to null", () => {
    const parsed = parseOrRefuse(ZSaveAssessment, { assessmentId: 1, version: 1, ratings: [{ competencyId: 2, rating: 5, evidence: "  " }], summary: "" });
    expect(parsed).toMatchObject({ ratings: [{ competencyId: 2, rating: 5, evidence: null }], summary: null, promotionReadiness: null, submit: false });
  });

  it("names each bad field: ratings outside 1–5, oversized evidence and summary", () => {
    const fields = fieldsOf(() => parseOrRefuse(ZSaveAssessment, {
      assessmentId: 1, version: 1, summary: "x".repeat(4_001),
      ratings: [{ competencyId: 2, rating: 0 }, { competencyId: 3, rating: 6 }, { competencyId: 4, rating: 2.5 }, { competencyId: 5, rating: 3, evidence: "e".repeat(2_001) }],
    }));
    expect(Object.keys(fields).sort()).toEqual(["ratings.0.rating", "ratings.1.rating", "ratings.2.rating", "ratings.3.evidence", "summary"]);
    expect(fields["ratings.1.rating"]).toEqual(["Between 1 and 5"]);
  });

  it("refuses a level assignment with a bad date or reason", () => {
    const fields = fieldsOf(() => parseOrRefuse(ZAssignLevel, { personId: 1, levelId: 2, effectiveFrom: "2025-02-30", reason: "BONUS" }));
    expect(Object.keys(fields).sort()).toEqual(["effectiveFrom", "reason"]);
  });
});
