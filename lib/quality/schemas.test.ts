import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/http/field-errors";
import { addMonthsTo, daysInMonth, metricRowSchema, monthStart, saveTeamMonthSchema, ZDeleteTeamMonth } from "./schemas";

const good = { teamId: "3", month: "2026-02", deployments: "40", deployDays: "18", leadTimeHours: "30.5", failedDeployments: "2", timeToRestoreHours: "3", incidents: "1" };
const schema = saveTeamMonthSchema("2026-06");

function fields(input: unknown, s: { safeParse: (value: unknown) => { success: boolean; error?: unknown } } = schema) {
  const parsed = s.safeParse(input);
  if (parsed.success) return {};
  return fieldErrorsOf(parsed.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe("a team's month", () => {
  it("reads form strings as numbers and keeps the month as YYYY-MM", () => {
    expect(schema.parse(good)).toEqual({
      teamId: 3, version: undefined, month: "2026-02", deployments: 40, deployDays: 18, leadTimeHours: 30.5, failedDeployments: 2, timeToRestoreHours: 3, incidents: 1,
    });
    expect(schema.parse({ ...good, version: "4" }).version).toBe(4);
  });

  it("allows zero everywhere, including a time to restore of 0 with no failures", () => {
    const zero = { ...good, deployments: "0", deployDays: "0", leadTimeHours: "0", failedDeployments: "0", timeToRestoreHours: "0", incidents: "0" };
    expect(schema.safeParse(zero).success).toBe(true);
  });

  it("names every bad field at once: blanks, negatives, fractions, text", () => {
    const errors = fields({ ...good, deployments: "", deployDays: "-1", leadTimeHours: "abc", failedDeployments: "1.5", timeToRestoreHours: "9000", incidents: "-2" });
    expect(Object.keys(errors).sort()).toEqual(["deployDays", "deployments", "failedDeployments", "incidents", "leadTimeHours", "timeToRestoreHours"]);
    expect(errors.deployments).toEqual(["Enter the deployments"]);
    expect(errors.leadTimeHours).toEqual(["Enter the lead time as a number"]);
    expect(errors.failedDeployments).toEqual(["Enter the failed deployments as a whole number"]);
    expect(errors.timeToRestoreHours).toEqual(["The time to restore can be at most 8,760"]);
  });

  it("refuses a month in the future, before 2000, or not YYYY-MM", () => {
    expect(fields({ ...good, month: "2026-07" }).month).toEqual(["The month cannot be in the future (after 2026-06)"]);
    expect(fields({ ...good, month: "1999-12" }).month).toEqual(["The month cannot be before 2000"]);
    expect(fields({ ...good, month: "2026-13" }).month).toEqual(["Enter the month as YYYY-MM"]);
    expect(fields({ ...good, month: "2026-6" }).month).toEqual(["Enter the month as YYYY-MM"]);
    expect(schema.safeParse({ ...good, month: "2026-06" }).success).toBe(true);
    // Without the organisation's month (the browser's check), only the format is checked.
    expect(saveTeamMonthSchema(null).safeParse({ ...good, month: "2099-01" }).success).toBe(true);
  });

  it("keeps deploy days within the month and the deployments, failures within the deployments", () => {
    expect(fields({ ...good, month: "2026-02", deployDays: "29", deployments: "100" }).deployDays).toEqual(["2026-02 has only 28 days"]);
    expect(schema.safeParse({ ...good, month: "2024-02", deployDays: "29", deployments: "100" }).success).toBe(true);
    expect(fields({ ...good, deployments: "5", deployDays: "6", failedDeployments: "0" }).deployDays).toEqual(["Deploy days cannot exceed the deployments"]);
    expect(fields({ ...good, deployments: "5", deployDays: "5", failedDeployments: "6" }).failedDeployments).toEqual(["Failed deployments cannot exceed the deployments"]);
    expect(fields({ ...good, deployDays: "32" }).deployDays).toContain("The deploy days can be at most 31");
  });

  it("asks for a team", () => {
    expect(fields({ ...good, teamId: "" }).teamId).toEqual(["Choose a team"]);
  });

  it("checks a CSV row's figures the same way, without a team", () => {
    const row = { ...good, teamId: undefined };
    expect(metricRowSchema("2026-06").parse(row)).toMatchObject({ month: "2026-02", deployments: 40 });
    expect(Object.keys(fields({ ...row, month: "2030-01", incidents: "x" }, metricRowSchema("2026-06"))).sort()).toEqual(["incidents", "month"]);
  });

  it("deletes by team, month and version", () => {
    expect(ZDeleteTeamMonth.safeParse({ teamId: "1", month: "2026-01", version: "2" }).success).toBe(true);
    expect(ZDeleteTeamMonth.safeParse({ teamId: "1", month: "2026-01" }).success).toBe(false);
  });
});

describe("month arithmetic", () => {
  it("counts days, shifts months across years and finds the first day", () => {
    expect([daysInMonth("2024-02"), daysInMonth("2025-02"), daysInMonth("2025-04"), daysInMonth("2025-12")]).toEqual([29, 28, 30, 31]);
    expect(addMonthsTo("2026-01", -1)).toBe("2025-12");
    expect(addMonthsTo("2025-06", -11)).toBe("2024-07");
    expect(monthStart("2026-03").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
});
