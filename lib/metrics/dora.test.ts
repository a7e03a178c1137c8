import { describe, expect, it } from "vitest";
import { DORA_BAND_VALUE, deployDaysPerWeek, doraBand, doraMetricBands, periodDoraMetrics, type DoraMetrics } from "./dora";

const elite: DoraMetrics = { deployDaysPerWeek: 5, leadTimeHours: 23, changeFailureRate: 0.05, timeToRestoreHours: 0.5 };

describe("DORA 2023 bands", () => {
  it("bands each metric at its boundaries (time strict, change failure inclusive)", () => {
    expect(doraMetricBands(elite)).toEqual({
      deployDaysPerWeek: "ELITE",
      leadTimeHours: "ELITE",
      changeFailureRate: "ELITE",
      timeToRestoreHours: "ELITE",
    });
    // Exactly one day of lead time is no longer elite; exactly 10% failure is still high.
    expect(doraMetricBands({ ...elite, leadTimeHours: 24, changeFailureRate: 0.1 })).toMatchObject({
      leadTimeHours: "HIGH",
      changeFailureRate: "HIGH",
    });
    expect(doraMetricBands({ ...elite, timeToRestoreHours: 1 }).timeToRestoreHours).toBe("HIGH");
    expect(doraMetricBands({ ...elite, timeToRestoreHours: 24 * 7 }).timeToRestoreHours).toBe("LOW");
    expect(doraMetricBands({ ...elite, leadTimeHours: 24 * 30 }).leadTimeHours).toBe("LOW");
    expect(doraMetricBands({ ...elite, changeFailureRate: 0.150001 }).changeFailureRate).toBe("LOW");
  });

  it("bands deployment frequency by deploy days", () => {
    expect(doraMetricBands({ ...elite, deployDaysPerWeek: 4.99 }).deployDaysPerWeek).toBe("HIGH");
    expect(doraMetricBands({ ...elite, deployDaysPerWeek: 1 }).deployDaysPerWeek).toBe("HIGH");
    // One deploy day in a 30-day month is 7/30 a week: the medium boundary, inclusive.
    expect(doraMetricBands({ ...elite, deployDaysPerWeek: deployDaysPerWeek(1) }).deployDaysPerWeek).toBe("MEDIUM");
    expect(doraMetricBands({ ...elite, deployDaysPerWeek: 0 }).deployDaysPerWeek).toBe("LOW");
  });

  it("gives a team the lowest of its four bands", () => {
    expect(doraBand(elite)).toBe("ELITE");
    expect(doraBand({ ...elite, changeFailureRate: 0.12 })).toBe("MEDIUM");
    expect(doraBand({ ...elite, deployDaysPerWeek: 0.1, changeFailureRate: 0.12 })).toBe("LOW");
  });

  it("converts deploy days in a month to deploy days a week", () => {
    expect(deployDaysPerWeek(30)).toBe(7);
    expect(deployDaysPerWeek(15)).toBe(3.5);
  });

  it("maps bands to the values the QUALITY score uses", () => {
    expect(DORA_BAND_VALUE).toEqual({ ELITE: 5, HIGH: 4, MEDIUM: 2.5, LOW: 1 });
  });
});

describe("a quarter's DORA metrics from monthly rows", () => {
  const month = { days: 30, deployments: 20, deployDays: 10, failedDeployments: 2, leadTimeHours: 30, timeToRestoreHours: 5 };

  it("adds counts exactly and takes the median of monthly times", () => {
    const quarter = periodDoraMetrics([
      month,
      { ...month, days: 31, deployments: 10, deployDays: 11, failedDeployments: 3, leadTimeHours: 10, timeToRestoreHours: 50 },
      { ...month, days: 31, deployments: 30, deployDays: 10, failedDeployments: 0, leadTimeHours: 100, timeToRestoreHours: 2 },
    ]);
    // 31 deploy days over 92 days = 2.3587 a week; 5 failed of 60 = 8.33 %; medians 30 h and 5 h.
    expect(quarter?.deployDaysPerWeek).toBeCloseTo((31 / 92) * 7, 10);
    expect(quarter?.changeFailureRate).toBeCloseTo(5 / 60, 10);
    expect(quarter?.leadTimeHours).toBe(30);
    expect(quarter?.timeToRestoreHours).toBe(5);
    expect(doraBand(quarter as DoraMetrics)).toBe("HIGH");
  });

  it("averages the two middle months of an even count, and has no rate without deployments", () => {
    const two = periodDoraMetrics([
      { ...month, deployments: 0, failedDeployments: 0, deployDays: 0, leadTimeHours: 10 },
      { ...month, deployments: 0, failedDeployments: 0, deployDays: 0, leadTimeHours: 20 },
    ]);
    expect(two?.leadTimeHours).toBe(15);
    expect(two?.changeFailureRate).toBe(0);
    expect(doraBand(two as DoraMetrics)).toBe("LOW");
  });

  it("is null for no months", () => {
    expect(periodDoraMetrics([])).toBeNull();
  });
});
