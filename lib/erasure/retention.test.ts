import { describe, expect, it } from "vitest";
import { parseDate } from "@/lib/dates";
import { hasDeparted, retentionCutoff } from "./retention";

describe("retention", () => {
  // 23:30 UTC on 10 March is already 11 March in Berlin.
  const now = new Date("2026-03-10T23:30:00Z");

  it("counts the period from the org's business date", () => {
    expect(retentionCutoff(now, { timeZone: "UTC", departedRetentionDays: 30 })).toEqual(parseDate("2026-02-08"));
    expect(retentionCutoff(now, { timeZone: "Europe/Berlin", departedRetentionDays: 30 })).toEqual(parseDate("2026-02-09"));
    expect(retentionCutoff(now, { timeZone: "UTC", departedRetentionDays: -5 })).toEqual(parseDate("2026-03-10"));
  });

  it("treats a person as departed only after their last day", () => {
    expect(hasDeparted(parseDate("2026-03-09"), now, "UTC")).toBe(true);
    expect(hasDeparted(parseDate("2026-03-10"), now, "UTC")).toBe(false);
    expect(hasDeparted(parseDate("2026-03-10"), now, "Europe/Berlin")).toBe(true);
    expect(hasDeparted(null, now, "UTC")).toBe(false);
  });
});
