import { describe, expect, it } from "vitest";
import { parseDate } from "@/lib/dates";
import { daysBeforeEachPromotion, latestReadiness, promotionPace, readinessCounts } from "./promotion";

const at = (iso: string, reason: "HIRE" | "PROMOTION" | "CALIBRATION" | "TRACK_CHANGE") => ({ effectiveFrom: parseDate(iso), reason });

describe("promotion figures", () => {
  it("counts readiness, with missing ones as UNSET", () => {
    expect(readinessCounts([{ promotionReadiness: "READY" }, { promotionReadiness: "READY" }, { promotionReadiness: null }, { promotionReadiness: "NOT_YET" }]))
      .toEqual({ NOT_YET: 1, WITHIN_6_12_MONTHS: 0, READY: 2, UNSET: 1 });
  });

  it("keeps each person's most recent readiness", () => {
    const latest = latestReadiness([
      { id: 1, personId: 7, date: parseDate("2025-01-10"), promotionReadiness: "NOT_YET" },
      { id: 2, personId: 7, date: parseDate("2025-06-10"), promotionReadiness: "READY" },
      { id: 3, personId: 8, date: parseDate("2025-03-01"), promotionReadiness: "WITHIN_6_12_MONTHS" },
      { id: 4, personId: 8, date: parseDate("2025-03-01"), promotionReadiness: null },
    ]);
    expect([...latest]).toEqual([[7, "READY"], [8, null]]);
  });

  it("measures days in level before each promotion; calibrations do not restart the clock", () => {
    // Hired 2023-01-01; calibrated 2023-06-01; promoted 2024-01-01 (365 days after hire);
    // promoted again 2024-07-01 (182 days later: 2024 is a leap year).
    const history = [at("2024-07-01", "PROMOTION"), at("2023-01-01", "HIRE"), at("2023-06-01", "CALIBRATION"), at("2024-01-01", "PROMOTION")];
    expect(daysBeforeEachPromotion(history)).toEqual([365, 182]);
    expect(promotionPace(history)).toBe(273.5);
    expect(promotionPace([at("2023-01-01", "HIRE")])).toBeNull();
  });
});
