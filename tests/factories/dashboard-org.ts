import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { parseDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { recordDeparture } from "@/lib/departures/mutations";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { createPublishedFramework } from "@/lib/frameworks/load";
import type { LevelChangeReason, Region, Role } from "@/lib/generated/prisma/enums";
import { attachToTree } from "@/lib/org/closure";
import { truncateAllTables } from "../../prisma/seed/truncate";

// A small org for the dashboard, on an emptied database, where every figure can be worked out by
// hand (tests/integration/dashboard-rollup.test.ts shows the sums). Fiscal year from July
// (FY2026 Q4 = April–June 2026), UTC, grace 2 days. Everyone but hana started 2025-01-01 on a
// MONTHLY cadence anchored 2025-01-05, so each person's due dates are the 5th of every month.
//
//   vera (VPE, no team)
//   ├─ dana (DIRECTOR)          ├─ mia (MANAGER) ── eli, fay, gus   (team Alpha)
//   │                           └─ nat (MANAGER) ── kim             (team Alpha)
//   └─ dario (DIRECTOR) ─────── max (MANAGER) ──── hal, ivy, leo    (team Beta)
//   hana (HR_PARTNER, no manager, no team, no level; started 2026-05-01)
//
// vera and hana have no manager, so nobody writes their check-ins: none of their due dates count.
// Logins: one per person with roles (the VPE "vera" and the HR partner "hana" see the org but
// themselves), and "hr", an HR partner without a Person, who sees everyone.
// Regions: gus, hal, max, leo NEARSHORE; everyone else ONSHORE. Origin "Quanta Analytics": hal, ivy.
// Departures: fay 2026-05-15 (voluntary, regrettable), leo 2026-02-20 (involuntary, not regrettable).
// Risks: gus open with an open mitigation due 2026-06-01 (overdue); hal open, mitigation due 2030;
// ivy closed and eli's mitigation done, both due 2026-06-01 (neither counts as overdue).

export const ORIGIN = "Quanta Analytics";

type Spec = { name: string; manager: string | null; team?: "Alpha" | "Beta"; region?: Region; origin?: string; roles?: Role[]; start?: string };

const PEOPLE: Spec[] = [
  { name: "vera", manager: null, roles: ["VPE"] },
  { name: "dana", manager: "vera", roles: ["DIRECTOR"] },
  { name: "dario", manager: "vera", roles: ["DIRECTOR"] },
  { name: "mia", manager: "dana", roles: ["MANAGER"] },
  { name: "nat", manager: "dana", roles: ["MANAGER"] },
  { name: "max", manager: "dario", region: "NEARSHORE", roles: ["MANAGER"] },
  { name: "eli", manager: "mia", team: "Alpha" },
  { name: "fay", manager: "mia", team: "Alpha" },
  { name: "gus", manager: "mia", team: "Alpha", region: "NEARSHORE" },
  { name: "kim", manager: "nat", team: "Alpha" },
  { name: "hal", manager: "max", team: "Beta", region: "NEARSHORE", origin: ORIGIN },
  { name: "ivy", manager: "max", team: "Beta", origin: ORIGIN },
  { name: "leo", manager: "max", team: "Beta", region: "NEARSHORE" },
  { name: "hana", manager: null, roles: ["HR_PARTNER"], start: "2026-05-01" },
];

/** The seven figures of a check-in: [quality, engagement, growth, skills, safety, autonomy, trust]. */
type Figures = [number, number, number, number, number, number, number];

/** Submitted check-ins: subject, date, figures (author: the subject's manager). */
export const CHECK_INS: Array<[string, string, Figures]> = [
  // FY2026 Q3 (January–March 2026)
  ["hal", "2026-01-10", [2, 2, 2, 2, 2, 2, 2]],
  ["eli", "2026-02-05", [3, 3, 3, 3, 3, 3, 3]],
  ["kim", "2026-03-05", [4, 4, 4, 4, 4, 4, 4]],
  // FY2026 Q4 (April–June 2026)
  ["ivy", "2026-04-05", [1, 2, 3, 4, 1, 2, 3]],
  ["eli", "2026-04-06", [4, 4, 3, 2, 4, 4, 4]],
  ["fay", "2026-04-20", [5, 5, 5, 5, 5, 5, 5]],
  ["eli", "2026-05-04", [2, 4, 5, 2, 2, 3, 4]],
  ["hal", "2026-05-05", [4, 3, 4, 3, 3, 3, 3]],
  ["mia", "2026-05-05", [4, 4, 4, 4, 4, 4, 4]],
  ["hal", "2026-06-05", [4, 1, 2, 3, 3, 3, 3]],
  ["gus", "2026-06-08", [3, 2, 2, 4, 2, 2, 2]],
];

/** Level assignments: person, level code, from, to, reason. */
const LEVELS: Array<[string, string, string, string | null, LevelChangeReason]> = [
  ["eli", "E2", "2025-01-01", "2026-04-30", "HIRE"],
  ["eli", "E3", "2026-05-01", null, "PROMOTION"],
  ["fay", "E2", "2025-01-01", null, "HIRE"],
  ["gus", "E2", "2025-01-01", null, "HIRE"],
  ["kim", "E2", "2025-01-01", "2026-01-31", "HIRE"],
  ["kim", "E3", "2026-02-01", null, "PROMOTION"],
  ["hal", "E2", "2025-06-01", null, "HIRE"],
  ["mia", "M1", "2025-01-01", null, "HIRE"],
  ["nat", "E4", "2025-01-01", "2026-04-14", "HIRE"],
  ["nat", "M1", "2026-04-15", null, "TRACK_CHANGE"],
  ["dana", "M3", "2025-01-01", null, "HIRE"],
];

/** Team months: Alpha ELITE in Q4 and HIGH in Q3; Beta MEDIUM in Q4 (change failure rate 12 %), no months in Q3. */
type Month = { deployments: number; deployDays: number; leadTimeHours: number; failedDeployments: number; timeToRestoreHours: number };
const months = (team: "Alpha" | "Beta", list: string[], values: Month) => list.map((month) => ({ team, month, values }));
const MONTHS = [
  ...months("Alpha", ["2026-01", "2026-02", "2026-03"], { deployments: 100, deployDays: 10, leadTimeHours: 12, failedDeployments: 1, timeToRestoreHours: 0.5 }),
  ...months("Alpha", ["2026-04", "2026-05", "2026-06"], { deployments: 100, deployDays: 25, leadTimeHours: 12, failedDeployments: 1, timeToRestoreHours: 0.5 }),
  ...months("Beta", ["2026-04", "2026-05", "2026-06"], { deployments: 100, deployDays: 10, leadTimeHours: 100, failedDeployments: 12, timeToRestoreHours: 10 }),
];

export type DashboardOrg = {
  people: Record<string, number>;
  actors: Record<string, Actor>;
  teams: Record<"Alpha" | "Beta", number>;
  levels: Map<string, number>;
  templateVersionId: number;
};

export async function buildDashboardOrg(): Promise<DashboardOrg> {
  await truncateAllTables(db());
  await db().organization.create({ data: { name: "Dashboard org", timeZone: "UTC", fiscalYearStartMonth: 7, checkInGraceDays: 2, defaultCadence: "BIWEEKLY" } });
  const framework = await db().$transaction((tx) => createPublishedFramework(tx, DEFAULT_FRAMEWORK));
  const { templateVersionId } = await db().$transaction((tx) => createPublishedTemplate(tx, DEFAULT_TEMPLATE, true));
  const teams = {
    Alpha: (await db().team.create({ data: { name: "Alpha" } })).id,
    Beta: (await db().team.create({ data: { name: "Beta" } })).id,
  };
  const people: Record<string, number> = {};
  const actors: Record<string, Actor> = {};
  await db().$transaction(async (tx) => {
    for (const spec of PEOPLE) {
      const managerId = spec.manager ? people[spec.manager]! : null;
      const person = await tx.person.create({
        data: {
          name: spec.name, email: `${spec.name}@test.local`, title: spec.roles?.[0] ?? "Engineer", managerId,
          teamId: spec.team ? teams[spec.team] : null, region: spec.region ?? "ONSHORE", originCompany: spec.origin ?? null,
          startDate: parseDate(spec.start ?? "2025-01-01"), checkInCadence: "MONTHLY", checkInAnchor: parseDate("2025-01-05"),
        },
      });
      await attachToTree(tx, person.id, managerId);
      await tx.reportingLine.create({ data: { personId: person.id, managerId, teamId: person.teamId, effectiveFrom: person.startDate } });
      people[spec.name] = person.id;
    }
  });
  await db().team.update({ where: { id: teams.Alpha }, data: { ownerId: people.mia! } });
  await db().team.update({ where: { id: teams.Beta }, data: { ownerId: people.max! } });
  const login = async (key: string, roles: Role[], personId: number | null) => {
    const user = await db().user.create({ data: { email: `${key}@login.local`, name: key, roles, personId } });
    actors[key] = { userId: user.id, email: user.email, name: key, roles, personId };
  };
  for (const spec of PEOPLE) if (spec.roles) await login(spec.name, spec.roles, people[spec.name]!);
  await login("hr", ["HR_PARTNER"], null);

  await db().levelAssignment.createMany({
    data: LEVELS.map(([name, code, from, to, reason]) => ({
      personId: people[name]!, levelId: framework.levelIds.get(code)!, effectiveFrom: parseDate(from), effectiveTo: to ? parseDate(to) : null, reason,
    })),
  });
  await db().teamMonthlyMetric.createMany({
    data: MONTHS.map(({ team, month, values }) => ({ teamId: teams[team], month: parseDate(`${month}-01`), incidents: 0, ...values })),
  });
  const authorOf = (name: string) => actors[PEOPLE.find((spec) => spec.name === name)!.manager!]!.userId;
  await db().checkIn.createMany({
    data: CHECK_INS.map(([name, date, [q, e, g, s, ps, a, t]]) => ({
      subjectId: people[name]!, authorId: authorOf(name), templateVersionId, date: parseDate(date), status: "SUBMITTED" as const, submittedAt: new Date(),
      scoreQuality: q, scoreEngagement: e, scoreGrowth: g, scoreSkills: s, psychologicalSafety: ps, autonomy: a, trust: t,
    })),
  });
  const risk = async (name: string, status: "OPEN" | "CLOSED", due: string, mitigation: "OPEN" | "DONE") => {
    await db().retentionRisk.create({
      data: {
        personId: people[name]!, level: "HIGH", factors: ["GROWTH"], regrettable: true, nextReviewDate: parseDate("2026-07-01"), status, createdById: actors.vera!.userId,
        mitigations: { create: { action: "Talk about growth", ownerId: people.vera!, dueDate: parseDate(due), status: mitigation } },
      },
    });
  };
  await risk("gus", "OPEN", "2026-06-01", "OPEN");
  await risk("hal", "OPEN", "2030-01-01", "OPEN");
  await risk("ivy", "CLOSED", "2026-06-01", "OPEN");
  await risk("eli", "OPEN", "2026-06-01", "DONE");
  await recordDeparture({ actor: actors.hr!, input: { personId: people.fay!, date: "2026-05-15", voluntary: true, regrettable: true, reason: "Competing offer" } });
  await recordDeparture({ actor: actors.hr!, input: { personId: people.leo!, date: "2026-02-20", voluntary: false, regrettable: false, reason: null } });
  return { people, actors, teams, levels: framework.levelIds, templateVersionId };
}
