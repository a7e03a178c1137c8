import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/people-import/parse-csv";
import { readQualityFile, validateQualityTable } from "./validate";

const teams = [{ id: 1, name: "Platform", inScope: true }, { id: 2, name: "Payments", inScope: false }];
const check = (text: string) => validateQualityTable(parseCsv(text), { teams, currentMonth: "2026-06" });
const HEADER = "team,month,deployments,deploy_days,lead_time_hours,failed_deployments,time_to_restore_hours,incidents";

describe("the quality CSV check", () => {
  it("reads a good file into rows, matching team names case-insensitively", () => {
    const report = check(`${HEADER}\nplatform,2026-05,40,12,30.5,2,3,1\nPlatform,2026-04,0,0,0,0,0,0\n`);
    expect(report).toMatchObject({ ok: true, errors: [], summary: { rows: 2, teams: 1, from: "2026-04", to: "2026-05" } });
    expect(report.rows[0]).toEqual({ line: 2, teamId: 1, month: "2026-05", deployments: 40, deployDays: 12, leadTimeHours: 30.5, failedDeployments: 2, timeToRestoreHours: 3, incidents: 1 });
  });

  it("reports every bad row by line and column, and keeps no rows", () => {
    const report = check([
      HEADER,
      "Platform,2026-05,40,12,30,2,3,1",
      "Ghost,2026-05,40,12,30,2,3,1",
      "Payments,2026-05,40,12,30,2,3,1",
      "Platform,2026-05,40,12,30,2,3,1",
      "Platform,2026-04,-1,12,30,2,3,x",
      "Platform,2026-07,40,12,30,2,3,1",
      ",2026-03,40,12,30,2,3,1",
    ].join("\n"));
    expect(report.ok).toBe(false);
    expect(report.rows).toEqual([]);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([[3, "team"], [4, "team"], [5, "month"], [6, "deployments"], [6, "incidents"], [7, "month"], [8, "team"]]);
  });

  it("accepts team_id, and refuses an id that is not a team or not the named team", () => {
    const header = HEADER.replace("team,", "team,team_id,");
    const report = validateQualityTable(parseCsv(`${header}\n,1,2026-05,1,1,1,0,0,0\nPayments,1,2026-05,1,1,1,0,0,0\n,9,2026-05,1,1,1,0,0,0\n,2,2026-04,1,1,1,0,0,0`), { teams, currentMonth: "2026-06" });
    expect(report.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [3, "team", "The team id 1 is Platform, not Payments."],
      [4, "team_id", "No team has the id 9."],
      [5, "team_id", "Payments is not one of your teams; you cannot import its figures."],
    ]);
  });

  it("refuses a header without the needed columns, and warns about extra ones", () => {
    expect(check("team,month,deployments\nPlatform,2026-05,1").errors).toEqual([
      { line: 1, message: expect.stringContaining("lacks the columns deploy_days, lead_time_hours, failed_deployments, time_to_restore_hours, incidents") },
    ]);
    expect(check(`${HEADER},notes\nPlatform,2026-05,1,1,1,0,0,0,hello`).warnings).toEqual(['The column "notes" is not one Pillars reads; it was ignored.']);
  });

  it("turns an unreadable file into a one-line report", () => {
    expect(readQualityFile(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, report: { errors: [{ line: 1 }] } });
    expect(readQualityFile(`${HEADER}\n`)).toMatchObject({ ok: false, report: { errors: [{ line: 1, message: "The file has a header line but no rows." }] } });
  });
});
