import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { doraBand, doraMetricBands, periodDoraMetrics } from "@/lib/metrics/dora";
import { applyQualityImport, dryRunQualityImport } from "@/lib/quality/import/write";
import { deleteTeamMonth, saveTeamMonth } from "@/lib/quality/mutations";
import { teamMetrics, teamsWithBands } from "@/lib/quality/queries";
import { addMonthsTo, daysInMonth, monthOf, monthStart } from "@/lib/quality/schemas";
import { buildGrowthOrg } from "../factories/growth-org";
import { refusal } from "../support/refusal";

// Quality-pillar figures against the real database. The org: vera (VPE) → dana → mia → eli,
// vera → dario; teams Platform (owned by mia), Mobile (owned by eli) and Payments (owned by
// dario). Months are relative to the current (UTC) month, the organisation's time zone.

let a: Record<string, Actor>;
const team: Record<string, number> = {};
const current = monthOf(new Date());
const ago = (months: number) => addMonthsTo(current, -months);
const figures = { deployments: "40", deployDays: "12", leadTimeHours: "30", failedDeployments: "2", timeToRestoreHours: "3", incidents: "1" };
const csvOf = (lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);
const HEADER = "team,month,deployments,deploy_days,lead_time_hours,failed_deployments,time_to_restore_hours,incidents";
const metricCount = () => db().teamMonthlyMetric.count();

beforeAll(async () => {
  const org = await buildGrowthOrg();
  a = org.actors;
  await db().organization.create({ data: { name: "Test org", timeZone: "UTC", fiscalYearStartMonth: 1 } });
  for (const [name, owner] of [["Platform", "mia"], ["Mobile", "eli"], ["Payments", "dario"]] as const) {
    team[name] = (await db().team.create({ data: { name, ownerId: org.people[owner]! } })).id;
  }
});

describe("entering a month by hand", () => {
  it("adds a month, updates it with the version read, refuses a stale save, and audits each change", async () => {
    const month = ago(1);
    const created = await saveTeamMonth({ actor: a.mia!, input: { teamId: team.Platform!, month, ...figures } });
    expect(created).toEqual({ teamId: team.Platform, month, version: 1, created: true });
    // The same figures again (a double click) answer with the month already there.
    expect(await saveTeamMonth({ actor: a.mia!, input: { teamId: team.Platform!, month, ...figures } })).toMatchObject({ version: 1, created: false });
    expect(await refusal(saveTeamMonth({ actor: a.mia!, input: { teamId: team.Platform!, month, ...figures, incidents: "5" } }))).toMatchObject({ code: "CONFLICT" });

    const updated = await saveTeamMonth({ actor: a.dana!, input: { teamId: team.Platform!, month, version: "1", ...figures, incidents: "4" } });
    expect(updated.version).toBe(2);
    expect(await refusal(saveTeamMonth({ actor: a.mia!, input: { teamId: team.Platform!, month, version: "1", ...figures, incidents: "9" } }))).toMatchObject({ code: "CONFLICT" });

    const row = await db().teamMonthlyMetric.findUniqueOrThrow({ where: { teamId_month: { teamId: team.Platform!, month: monthStart(month) } } });
    expect(row).toMatchObject({ incidents: 4, deployments: 40, leadTimeHours: 30, source: "MANUAL", version: 2 });
    const events = await db().auditEvent.findMany({ where: { entityType: "TeamMonthlyMetric", entityId: String(row.id) }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([["quality.month.create", a.mia!.userId], ["quality.month.update", a.dana!.userId]]);
    expect(events[1]!.changedFields).toEqual(["incidents"]);

    await deleteTeamMonth({ actor: a.mia!, input: { teamId: team.Platform!, month, version: 2 } });
    expect(await metricCount()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "quality.month.delete" } })).toBe(1);
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const refused = await refusal(saveTeamMonth({
      actor: a.vera!,
      input: { teamId: team.Platform!, month: ago(-1), deployments: "3", deployDays: "4", leadTimeHours: "-1", failedDeployments: "x", timeToRestoreHours: "9999", incidents: "1.5" },
    }));
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(Object.keys(refused.fields).sort()).toEqual(["failedDeployments", "incidents", "leadTimeHours", "month", "timeToRestoreHours"]);
    const tooMany = await refusal(saveTeamMonth({ actor: a.vera!, input: { teamId: team.Platform!, month: ago(1), ...figures, deployDays: "20", deployments: "10" } }));
    expect(tooMany.fields).toEqual({ deployDays: ["Deploy days cannot exceed the deployments"] });
    expect(await metricCount()).toBe(0);
  });

  it("keeps each team to its owner's chain: dario neither reads nor writes Platform; mia writes Mobile, owned below her", async () => {
    const input = { teamId: team.Platform!, month: ago(1), ...figures };
    expect(await refusal(saveTeamMonth({ actor: a.dario!, input }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(teamMetrics({ actor: a.dario!, teamId: team.Platform! }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(saveTeamMonth({ actor: a.mia!, input: { ...input, teamId: team.Payments! } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await metricCount()).toBe(0);
    await saveTeamMonth({ actor: a.mia!, input: { ...input, teamId: team.Mobile! } });
    expect((await teamMetrics({ actor: a.dana!, teamId: team.Mobile! })).months).toHaveLength(1);
    await db().teamMonthlyMetric.deleteMany();
  });

  it("lets HR partners read every team but write none, and admins neither", async () => {
    await saveTeamMonth({ actor: a.dario!, input: { teamId: team.Payments!, month: ago(2), ...figures } });
    const read = await teamMetrics({ actor: a.hr!, teamId: team.Payments! });
    expect(read).toMatchObject({ canWrite: false, months: [{ month: ago(2), deployments: 40 }] });
    expect((await teamMetrics({ actor: a.dario!, teamId: team.Payments! })).canWrite).toBe(true);
    expect(await refusal(saveTeamMonth({ actor: a.hr!, input: { teamId: team.Payments!, month: ago(3), ...figures } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(deleteTeamMonth({ actor: a.hr!, input: { teamId: team.Payments!, month: ago(2), version: 1 } }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(teamMetrics({ actor: a.admin!, teamId: team.Payments! }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(teamsWithBands({ actor: a.admin! }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(dryRunQualityImport({ actor: a.hr!, csv: csvOf([HEADER]) }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await teamsWithBands({ actor: a.hr! })).teams.map((t) => t.name)).toEqual(["Mobile", "Payments", "Platform"]);
    expect((await teamsWithBands({ actor: a.dario! })).teams.map((t) => t.name)).toEqual(["Payments"]);
    expect((await teamsWithBands({ actor: a.mia! })).teams.map((t) => t.name)).toEqual(["Mobile", "Platform"]);
    await db().teamMonthlyMetric.deleteMany();
  });
});

describe("the CSV import", () => {
  it("dry run: lists every bad row by line and column, and writes nothing", async () => {
    const report = await dryRunQualityImport({
      actor: a.mia!,
      csv: csvOf([
        HEADER,
        `Platform,${ago(1)},40,12,30,2,3,1`,
        `Nowhere,${ago(1)},40,12,30,2,3,1`,
        `Payments,${ago(1)},40,12,30,2,3,1`,
        `platform,${ago(1)},41,12,30,2,3,1`,
        `Mobile,${ago(1)},forty,12,30,2,3,1`,
        `Mobile,${ago(-1)},40,12,30,2,3,1`,
      ]),
    });
    expect(report.ok).toBe(false);
    expect(report.errors.map((error) => [error.line, error.field])).toEqual([
      [3, "team"], [4, "team"], [5, "month"], [6, "deployments"], [7, "month"],
    ]);
    expect(report.errors[0]!.message).toBe("No team is named Nowhere.");
    expect(report.errors[1]!.message).toBe("Payments is not one of your teams; you cannot import its figures.");
    expect(report.errors[2]!.message).toBe(`Platform, ${ago(1)} is also on line 2.`);
    expect(report.errors[4]!.message).toContain("cannot be in the future");
    expect(await metricCount()).toBe(0);
  });

  it("imports a good file all at once (by name or team_id), upserting by team and month, with one audit event", async () => {
    await saveTeamMonth({ actor: a.mia!, input: { teamId: team.Platform!, month: ago(2), ...figures } });
    const csv = csvOf([
      "team_id,month,deployments,deploy_days,lead_time_hours,failed_deployments,time_to_restore_hours,incidents",
      `${team.Platform},${ago(1)},50,15,20,1,2,0`,
      `${team.Platform},${ago(2)},60,16,22,2,4,1`,
      `${team.Mobile},${ago(1)},10,5,48.5,0,0,0`,
    ]);
    const dry = await dryRunQualityImport({ actor: a.mia!, csv });
    expect(dry).toMatchObject({ ok: true, summary: { rows: 3, teams: 2, create: 2, update: 1, from: ago(2), to: ago(1) } });
    expect(await metricCount()).toBe(1);

    const stages: string[] = [];
    const report = await applyQualityImport({ actor: a.mia!, csv, onProgress: (progress) => void stages.push(progress.stage) });
    expect(report.ok).toBe(true);
    expect(stages).toEqual(["read", "check", "check", "write", "audit", "done"]);
    const rows = await db().teamMonthlyMetric.findMany({ orderBy: [{ teamId: "asc" }, { month: "asc" }] });
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.source === "CSV")).toBe(true);
    expect(rows.find((row) => row.teamId === team.Platform && monthOf(row.month) === ago(2))).toMatchObject({ deployments: 60, version: 2 });
    expect(rows.find((row) => row.teamId === team.Mobile)).toMatchObject({ leadTimeHours: 48.5, timeToRestoreHours: 0 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "quality.import" } });
    expect(audit).toMatchObject({ actorId: a.mia!.userId, after: { rows: 3, created: 2, updated: 1, teams: 2, from: ago(2), to: ago(1) } });
  });

  it("writes nothing when one row is bad", async () => {
    const before = await db().teamMonthlyMetric.findMany({ orderBy: { id: "asc" } });
    const report = await applyQualityImport({
      actor: a.vera!,
      csv: csvOf([HEADER, `Payments,${ago(1)},10,4,100,1,30,1`, `Payments,${ago(2)},10,4,100,1,30,1`, `Platform,${ago(3)},5,6,1,0,0,0`]),
    });
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([{ line: 4, field: "deploy_days", message: "Deploy days cannot exceed the deployments" }]);
    expect(await db().teamMonthlyMetric.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "quality.import" } })).toBe(1);
    await db().teamMonthlyMetric.deleteMany();
  });
});

describe("DORA bands", () => {
  it("teamsWithBands matches hand-computed bands over the last three complete months", async () => {
    const put = (teamId: number, month: string, row: [number, number, number, number, number]) => {
      const [deployments, deployDays, leadTimeHours, failedDeployments, timeToRestoreHours] = row;
      return db().teamMonthlyMetric.create({ data: { teamId, month: monthStart(month), deployments, deployDays, leadTimeHours, failedDeployments, timeToRestoreHours, incidents: failedDeployments } });
    };
    // Platform: 28 deploy days a month (≈ 6.5 a week: ELITE), lead times 10/20/12 h (median 12: ELITE),
    // 9 of 300 deployments failed (3 %: ELITE), restores 0.5/0.2/0.8 h (median 0.5: ELITE) → ELITE.
    await put(team.Platform!, ago(1), [100, 28, 10, 2, 0.5]);
    await put(team.Platform!, ago(2), [100, 28, 20, 3, 0.2]);
    await put(team.Platform!, ago(3), [100, 28, 12, 4, 0.8]);
    // Payments: 4 deploy days a month (≈ 0.9 a week: MEDIUM), lead times 100/200/150 h (median 150 < 168: HIGH),
    // 4 of 30 failed (13.3 %: MEDIUM), restores 200/300/10 h (median 200 ≥ 168: LOW) → LOW.
    await put(team.Payments!, ago(1), [10, 4, 100, 1, 200]);
    await put(team.Payments!, ago(2), [10, 4, 200, 2, 300]);
    await put(team.Payments!, ago(3), [10, 4, 150, 1, 10]);
    // Outside the period: the running month and the fourth month back would make Payments ELITE-ish.
    await put(team.Payments!, current, [100, 1, 1, 0, 0]);
    await put(team.Payments!, ago(4), [100, 28, 1, 0, 0]);

    const { teams, from, to } = await teamsWithBands({ actor: a.vera!, months: 3 });
    expect([from, to]).toEqual([ago(3), ago(1)]);
    const platform = teams.find((t) => t.name === "Platform")!;
    const payments = teams.find((t) => t.name === "Payments")!;
    expect(platform.dora?.band).toBe("ELITE");
    expect(payments.dora?.metricBands).toEqual({ deployDaysPerWeek: "MEDIUM", leadTimeHours: "HIGH", changeFailureRate: "MEDIUM", timeToRestoreHours: "LOW" });
    expect(payments.dora?.band).toBe("LOW");
    expect(payments).toMatchObject({ months: 3, deployments: 30, incidents: 4 });
    expect(teams.find((t) => t.name === "Mobile")).toMatchObject({ months: 0, dora: null });

    // The SQL aggregate equals the definition in lib/metrics/dora.ts over the same rows.
    const days = [1, 2, 3].map((back) => daysInMonth(ago(back)));
    const expected = periodDoraMetrics([
      { days: days[0]!, deployments: 10, deployDays: 4, leadTimeHours: 100, failedDeployments: 1, timeToRestoreHours: 200 },
      { days: days[1]!, deployments: 10, deployDays: 4, leadTimeHours: 200, failedDeployments: 2, timeToRestoreHours: 300 },
      { days: days[2]!, deployments: 10, deployDays: 4, leadTimeHours: 150, failedDeployments: 1, timeToRestoreHours: 10 },
    ])!;
    expect(payments.dora?.metrics.deployDaysPerWeek).toBeCloseTo(expected.deployDaysPerWeek, 10);
    expect(payments.dora?.metrics).toMatchObject({ leadTimeHours: 150, timeToRestoreHours: 200, changeFailureRate: expected.changeFailureRate });
    expect(doraBand(expected)).toBe("LOW");
    expect(doraMetricBands(expected).timeToRestoreHours).toBe("LOW");

    // The team page: every recorded month banded on its own, and the 12-month period.
    const detail = await teamMetrics({ actor: a.dario!, teamId: team.Payments! });
    expect(detail.months.map((m) => m.month)).toEqual([ago(4), ago(3), ago(2), ago(1), current]);
    expect(detail.months.find((m) => m.month === ago(1))?.dora.band).toBe("LOW");
    expect(detail.period?.band).toBeDefined();
    // JSON-safe: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(teams))).toEqual(teams);
  });
});
