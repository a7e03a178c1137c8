import { describe, expect, it } from "vitest";
import { formatInstant } from "./time";

describe("formatInstant", () => {
  it("writes the instant in the organisation's time zone", () => {
    expect(formatInstant("2026-11-22T13:05:00.000Z", "UTC")).toBe("2026-11-22 13:05");
    expect(formatInstant("2026-11-22T13:05:00.000Z", "Europe/Madrid")).toBe("2026-11-22 14:05");
    // Across midnight and a date line: the day changes with the zone.
    expect(formatInstant("2026-11-22T23:30:00.000Z", "Asia/Tokyo")).toBe("2026-11-23 08:30");
    expect(formatInstant("2026-07-01T03:00:00.000Z", "America/Los_Angeles")).toBe("2026-06-30 20:00");
  });
});
