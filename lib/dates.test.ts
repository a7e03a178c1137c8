import { describe, expect, it } from "vitest";
import { addMonths, businessDate, daysBetween, formatDate, isValidTimeZone, parseDate } from "./dates";

describe("business dates", () => {
  it("parses and formats ISO dates, refusing impossible ones", () => {
    expect(formatDate(parseDate("2028-02-29"))).toBe("2028-02-29");
    expect(() => parseDate("2027-02-29")).toThrow(RangeError);
    expect(() => parseDate("21/11/2026")).toThrow(RangeError);
  });

  it("takes the calendar day in the organisation's time zone", () => {
    const instant = new Date("2026-11-21T23:30:00Z");
    expect(formatDate(businessDate(instant, "UTC"))).toBe("2026-11-21");
    expect(formatDate(businessDate(instant, "Europe/Berlin"))).toBe("2026-11-22");
    expect(formatDate(businessDate(instant, "America/Los_Angeles"))).toBe("2026-11-21");
  });

  it("does day and month arithmetic across DST and month ends", () => {
    expect(daysBetween(parseDate("2026-03-28"), parseDate("2026-03-30"))).toBe(2);
    expect(formatDate(addMonths(parseDate("2028-01-31"), 1))).toBe("2028-02-29");
  });

  it("recognises IANA time zones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
