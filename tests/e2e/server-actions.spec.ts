import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO_USERS, signInAs, type DemoRole } from "./support/auth";
import { callAction, serverActions } from "./support/server-actions";
import {
  anyDeparture, departedReportOf, firstReportOf, publishedFrameworkVersion, publishedTemplateVersion, riskBelow, sharedAssessmentOf, skillItemBelow,
  submittedCheckInBy, teamMonthOf, withDb,
} from "./support/db";

// Every server action × every role and anonymous, called over HTTP with a request that only
// authorization stands between: refused callers get "Not found" or "Sign in to continue.", and
// the allowed role gets the domain's own answer (a conflict, a field error) — never a change.

type Who = DemoRole | "ANONYMOUS";
const WHO: Who[] = ["ANONYMOUS", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER", "ADMIN"];
const SIGN_IN = "Sign in to continue.";
const NOT_FOUND = "Not found";
const LEVEL = "Choose a level of the published framework";
const STALE_ASSESSMENT = "This assessment changed meanwhile";
const STALE_CHECK_IN = "Someone changed this check-in after you opened it";
const STALE_ACTION_ITEM = "This action item changed meanwhile";
const FIELDS = "Some fields need attention.";
const STALE_PERSON = "Someone else changed this person meanwhile";
const STALE_RISK = "Someone changed this risk after you opened it";
const STALE_MITIGATION = "Someone changed this mitigation after you opened it";
const STALE_DEPARTURE = "Someone else changed this departure meanwhile";
const STALE_SKILL = "Someone changed this item after you opened it";
const STALE_MONTH = "Someone changed this month's figures after you opened them";
/** Risk writers whose scope holds the demo MANAGER's report: her chain, HR and the VPE. */
const riskWriters = (allowed: string): Record<Who, string> => ({ ...everyone(allowed), ANONYMOUS: SIGN_IN, ADMIN: NOT_FOUND });
/** Learning items and team flow metrics are written by the chain above (VPE, director, manager). */
const chainWriters = (allowed: string): Record<Who, string> => ({ ...everyone(allowed), ANONYMOUS: SIGN_IN, HR_PARTNER: NOT_FOUND, ADMIN: NOT_FOUND });
/** Departures are recorded by HR and the VPE. */
const departureWriters = (allowed: string): Record<Who, string> => ({ ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, VPE: allowed, HR_PARTNER: allowed });

type Ids = {
  inactiveUser: number; admin: number; person: number; report: number; assessment: number; framework: number;
  checkIn: number; actionItem: number; leaver: number; vpePerson: number; templateVersion: number;
  risk: number; mitigation: number; departure: number; skillItem: number; team: number; month: string;
};
/** Form actions get `fields`; actions that react-query calls with plain arguments get `args`. */
type Entry = { fields: (ids: Ids) => Record<string, string>; expect: Record<Who, string> } | { args: (ids: Ids) => unknown[]; expect: Record<Who, string> };
const adminOnly = (allowed: string): Record<Who, string> =>
  ({ ANONYMOUS: SIGN_IN, VPE: NOT_FOUND, DIRECTOR: NOT_FOUND, MANAGER: NOT_FOUND, HR_PARTNER: NOT_FOUND, ADMIN: allowed });
/** ADMIN and HR partners edit the people directory. */
const peopleWriters = (allowed: string): Record<Who, string> => ({ ...adminOnly(allowed), HR_PARTNER: allowed });
const everyone = (answer: string) => Object.fromEntries(WHO.map((who) => [who, answer])) as Record<Who, string>;
/** Only the VPE writes check-in templates. */
const vpeOnly = (allowed: string): Record<Who, string> => ({ ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, VPE: allowed });

const MATRIX: Record<string, Entry> = {
  "app/(app)/admin/users/actions.ts#inviteUserAction": {
    fields: () => ({ email: DEMO_USERS.VPE, name: "Duplicate", roles: "MANAGER" }),
    expect: adminOnly("A user with this email already exists"),
  },
  "app/(app)/admin/users/actions.ts#updateUserAction": {
    fields: ({ admin }) => ({ userId: String(admin), version: "999999", name: "Renamed", roles: "ADMIN", active: "on" }),
    expect: adminOnly("Someone else changed this user meanwhile"),
  },
  "app/(app)/admin/users/actions.ts#sendPasswordResetAction": {
    fields: ({ inactiveUser }) => ({ userId: String(inactiveUser) }),
    expect: adminOnly("Reactivate this user before resetting their password."),
  },
  "app/(auth)/actions.ts#setPasswordAction": {
    fields: () => ({ token: "A".repeat(43), kind: "INVITATION", password: "long-enough-password", confirmPassword: "long-enough-password" }),
    expect: everyone("This link is invalid or has expired."),
  },
  "app/(app)/people/actions.ts#createPersonAction": {
    fields: () => ({ name: "Duplicate", email: "priya.raman@pillars.demo", startDate: "2026-01-05" }),
    expect: peopleWriters("Another person has this email"),
  },
  "app/(app)/people/actions.ts#updatePersonAction": {
    fields: ({ person }) => ({ personId: String(person), version: "999999", name: "Renamed", startDate: "2026-01-05" }),
    expect: peopleWriters("Someone else changed this person meanwhile"),
  },
  "app/(app)/people/actions.ts#changeReportingLineAction": {
    fields: ({ person }) => ({ personId: String(person), version: "999999", manager: "", effectiveDate: "2026-11-01" }),
    expect: peopleWriters("Someone else changed this person meanwhile"),
  },
  "app/(app)/people/actions.ts#endEmploymentAction": {
    fields: ({ person }) => ({ personId: String(person), version: "999999", endDate: "2026-11-01" }),
    expect: peopleWriters("Someone else changed this person meanwhile"),
  },
  "app/(app)/people/actions.ts#erasePersonAction": {
    // A current member of staff: only a departed person can be erased.
    fields: ({ person }) => ({ personId: String(person) }),
    expect: adminOnly("Only a departed person can be erased"),
  },
  "app/(app)/admin/settings/actions.ts#updateOrgSettingsAction": {
    fields: () => ({ version: "999999", orgName: "Renamed", timeZone: "UTC", fiscalYearStartMonth: "1", defaultCadence: "WEEKLY",
      checkInGraceDays: "2", departedRetentionDays: "730" }),
    expect: adminOnly("Someone else changed the settings meanwhile"),
  },
  "app/(app)/teams/actions.ts#createTeamAction": {
    fields: () => ({ name: "Infrastructure" }),
    expect: peopleWriters("Another team has this name"),
  },
  "app/(app)/teams/actions.ts#updateTeamAction": {
    fields: () => ({ teamId: "1", version: "999999", name: "Renamed team" }),
    expect: peopleWriters("Someone else changed this team meanwhile"),
  },
  "app/(app)/growth/actions.ts#assignLevelAction": {
    // A report of the demo MANAGER (in the VPE's, her director's and her own scope), with a level id that does not exist.
    fields: ({ report }) => ({ personId: String(report), levelId: "999999", effectiveFrom: "2026-11-01", reason: "PROMOTION" }),
    expect: { ANONYMOUS: SIGN_IN, VPE: LEVEL, DIRECTOR: LEVEL, MANAGER: LEVEL, HR_PARTNER: NOT_FOUND, ADMIN: NOT_FOUND },
  },
  "app/(app)/growth/actions.ts#createAssessmentAction": {
    // A self-assessment of someone else: nobody may write it.
    fields: ({ report }) => ({ personId: String(report), kind: "SELF", date: "2026-11-01" }),
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN },
  },
  "app/(app)/growth/actions.ts#saveAssessmentAction": {
    // The demo director wrote this assessment of the demo manager; a stale version stops him too.
    fields: ({ assessment }) => ({ assessmentId: String(assessment), version: "999999", ratings: "[]" }),
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, DIRECTOR: STALE_ASSESSMENT },
  },
  "app/(app)/growth/actions.ts#shareAssessmentAction": {
    fields: ({ assessment }) => ({ assessmentId: String(assessment), version: "999999" }),
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, DIRECTOR: STALE_ASSESSMENT },
  },
  "app/(app)/frameworks/actions.ts#importFrameworkAction": {
    // No file: writers are told to choose one; nobody else gets past authorization.
    fields: () => ({ file: "not a file" }),
    expect: { ...adminOnly("Choose a JSON file to import."), VPE: "Choose a JSON file to import." },
  },
  "app/(app)/frameworks/actions.ts#saveDraftAction": {
    fields: ({ framework }) => ({ versionId: String(framework), version: "999999", definition: "{}" }),
    expect: { ...adminOnly("; nothing was saved."), VPE: "; nothing was saved." },
  },
  "app/(app)/frameworks/actions.ts#publishDraftAction": {
    // A published version: only a draft can be published.
    fields: ({ framework }) => ({ versionId: String(framework), version: "999999" }),
    expect: { ...adminOnly("Only a draft can be changed"), VPE: "Only a draft can be changed" },
  },
  "app/(app)/frameworks/actions.ts#startDraftAction": {
    // No such framework; any real one would open a draft, which is a change.
    fields: () => ({ frameworkId: "999999" }),
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN },
  },
  "app/(app)/check-ins/actions.ts#startCheckInAction": {
    // A report of the demo MANAGER who has left: the chain above may write about her, but not start a check-in any more.
    fields: ({ leaver }) => ({ personId: String(leaver) }),
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, VPE: "This person has left", DIRECTOR: "This person has left", MANAGER: "This person has left" },
  },
  "app/(app)/check-ins/actions.ts#saveCheckInAction": {
    // The demo MANAGER's own submitted check-in, edited against a stale version: only its author gets that far.
    args: ({ checkIn }) => [{ checkInId: checkIn, version: 999999, intent: "edit", content: {} }],
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, MANAGER: STALE_CHECK_IN },
  },
  "app/(app)/check-ins/actions.ts#discardDraftAction": {
    // A submitted check-in is no draft: nobody can discard it.
    args: ({ checkIn }) => [{ checkInId: checkIn }],
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN },
  },
  "app/(app)/check-ins/actions.ts#addActionItemAction": {
    // Owned by the VPE, who is not in the conversation: the author is told so; nobody else gets that far.
    args: ({ checkIn, vpePerson }) => [{ checkInId: checkIn, item: { title: "Not in this conversation", ownerId: vpePerson } }],
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, MANAGER: FIELDS },
  },
  "app/(app)/check-ins/actions.ts#setActionItemDoneAction": {
    // Anyone writing check-ins above the person may tick it off; a stale version stops them.
    args: ({ actionItem }) => [{ actionItemId: actionItem, version: 999999, done: true }],
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, VPE: STALE_ACTION_ITEM, DIRECTOR: STALE_ACTION_ITEM, MANAGER: STALE_ACTION_ITEM },
  },
  "app/(app)/check-ins/actions.ts#removeActionItemAction": {
    args: ({ actionItem }) => [{ actionItemId: actionItem, version: 999999 }],
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN, MANAGER: STALE_ACTION_ITEM },
  },
  "app/(app)/check-ins/schedule-actions.ts#setCadenceAction": {
    // Check-in writers above the person may set it (a stale version stops them); people admins may not.
    fields: ({ report }) => ({ personId: String(report), version: "999999", cadence: "WEEKLY", nextDue: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) }),
    expect: { ...everyone(STALE_PERSON), ANONYMOUS: SIGN_IN, HR_PARTNER: NOT_FOUND, ADMIN: NOT_FOUND },
  },
  "app/(app)/check-ins/templates/actions.ts#createTemplateAction": {
    fields: () => ({ name: "Manager check-in" }),
    expect: vpeOnly("A template with this name already exists"),
  },
  "app/(app)/check-ins/templates/actions.ts#startTemplateDraftAction": {
    // No such template; a real one would open a draft, which is a change.
    fields: () => ({ templateId: "999999" }),
    expect: vpeOnly(NOT_FOUND),
  },
  "app/(app)/check-ins/templates/actions.ts#saveTemplateDraftAction": {
    // An empty list: the VPE is told which questions every version keeps; nobody else gets that far.
    fields: ({ templateVersion }) => ({ versionId: String(templateVersion), version: "999999", questions: "[]" }),
    expect: vpeOnly("Keep the questions that feed these figures"),
  },
  "app/(app)/check-ins/templates/actions.ts#publishTemplateVersionAction": {
    fields: ({ templateVersion }) => ({ versionId: String(templateVersion), version: "999999" }),
    expect: vpeOnly("Only a draft can be changed"),
  },
  "app/(app)/check-ins/templates/actions.ts#makeDefaultTemplateAction": {
    fields: () => ({ templateId: "999999" }),
    expect: vpeOnly(NOT_FOUND),
  },
  "app/(app)/reports/actions.ts#requestReportAction": {
    // A subtree below nobody: the VPE and directors are told it is not found, like everyone else; nothing is queued.
    fields: () => ({ quarter: "FY2026-Q1", scopePersonId: "999999" }),
    expect: { ...everyone(NOT_FOUND), ANONYMOUS: SIGN_IN },
  },
  "app/(app)/risks/actions.ts#createRiskAction": {
    // A report of the demo MANAGER who has left: writers above her are told to record a departure instead.
    fields: ({ leaver }) => ({ personId: String(leaver), level: "HIGH", factors: "GROWTH", regrettable: "true", nextReviewDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) }),
    expect: riskWriters("This person has left"),
  },
  "app/(app)/risks/actions.ts#updateRiskAction": {
    fields: ({ risk }) => ({ riskId: String(risk), version: "999999", level: "HIGH", factors: "GROWTH", regrettable: "true", status: "OPEN",
      nextReviewDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) }),
    expect: riskWriters(STALE_RISK),
  },
  "app/(app)/risks/actions.ts#closeRiskAction": {
    args: ({ risk }) => [{ riskId: risk, version: 999999 }],
    expect: riskWriters(STALE_RISK),
  },
  "app/(app)/risks/actions.ts#addMitigationAction": {
    // An owner who does not exist: writers get the field message; nobody else gets that far.
    fields: ({ risk }) => ({ riskId: String(risk), action: "Talk about growth", ownerId: "999999", dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) }),
    expect: riskWriters("Choose someone in the organisation"),
  },
  "app/(app)/risks/actions.ts#updateMitigationAction": {
    args: ({ mitigation }) => [{ mitigationId: mitigation, version: 999999, status: "DONE" }],
    expect: riskWriters(STALE_MITIGATION),
  },
  "app/(app)/departures/actions.ts#recordDepartureAction": {
    fields: ({ report }) => ({ personId: String(report), date: "2000-01-03", voluntary: "on" }),
    expect: departureWriters("This is before they started"),
  },
  "app/(app)/departures/actions.ts#removeDepartureAction": {
    args: ({ departure }) => [{ departureId: departure, version: 999999 }],
    expect: departureWriters(STALE_DEPARTURE),
  },
  "app/(app)/skills/actions.ts#createSkillItemAction": {
    // Completed in the future: writers above the person are told so; nobody else gets that far.
    fields: ({ report }) => ({ personId: String(report), teamId: "", kind: "LEARNING", title: "Authorization probe", status: "COMPLETED",
      startedOn: "2099-01-01", completedOn: "2099-01-02", description: "", outcome: "", evidence: "" }),
    expect: chainWriters("Some fields need attention."),
  },
  "app/(app)/skills/actions.ts#updateSkillItemAction": {
    fields: ({ skillItem }) => ({ itemId: String(skillItem), version: "999999", kind: "LEARNING", title: "Probe", status: "PLANNED",
      startedOn: "", completedOn: "", description: "", outcome: "", evidence: "" }),
    expect: chainWriters(STALE_SKILL),
  },
  "app/(app)/skills/actions.ts#deleteSkillItemAction": {
    args: ({ skillItem }) => [{ itemId: skillItem, version: 999999 }],
    expect: chainWriters(STALE_SKILL),
  },
  "app/(app)/quality/actions.ts#saveTeamMonthAction": {
    // Different figures for a month that has some, without their version: writers are sent to edit them.
    fields: ({ team, month }) => ({ teamId: String(team), month, deployments: "41", deployDays: "12", leadTimeHours: "30", failedDeployments: "2",
      timeToRestoreHours: "3", incidents: "1" }),
    expect: chainWriters("This month already has figures"),
  },
  "app/(app)/quality/actions.ts#deleteTeamMonthAction": {
    fields: ({ team, month }) => ({ teamId: String(team), month, version: "999999" }),
    expect: chainWriters(STALE_MONTH),
  },
  "app/(auth)/setup/actions.ts#setupAction": {
    // This install has an admin: setup no longer exists, whoever asks and whatever token they bring.
    fields: () => ({ token: "any-token", orgName: "Evil", timeZone: "UTC", fiscalYearStartMonth: "1", adminName: "Eve",
      adminEmail: "eve@evil.example", password: "long-enough-password", confirmPassword: "long-enough-password" }),
    expect: everyone(NOT_FOUND),
  },
  "app/(auth)/actions.ts#requestPasswordResetAction": {
    // A fresh address per call: six callers asking for one address would meet its own throttle.
    fields: () => ({ email: `nobody-${crypto.randomUUID()}@pillars.test` }),
    expect: everyone("If that email belongs to an active account"),
  },
};

test.describe("server actions @server", () => {
  test("every server action has an entry", () => {
    const names = serverActions().map((action) => action.name);
    expect(names.filter((name) => !(name in MATRIX)), "actions missing from the matrix").toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !names.includes(name)), "entries with no action").toEqual([]);
  });

  test("every role gets exactly the expected answer from every action", async ({ baseURL }) => {
    const ids = await withDb(async (client) => {
      await client.query(`INSERT INTO "User" (email, name, roles, active, "updatedAt") VALUES ('inactive@pillars.test', 'Inactive', ARRAY['MANAGER']::"Role"[], false, now()) ON CONFLICT (email) DO NOTHING`);
      const { rows } = await client.query<{ email: string; id: number }>(`SELECT email, id FROM "User" WHERE email IN ('inactive@pillars.test', $1)`, [DEMO_USERS.ADMIN]);
      const id = (email: string) => rows.find((row) => row.email === email)!.id;
      const person = await client.query<{ id: number }>(`SELECT id FROM "Person" WHERE email = 'lucia.fernandez@pillars.demo'`);
      return { inactiveUser: id("inactive@pillars.test"), admin: id(DEMO_USERS.ADMIN), person: person.rows[0]!.id };
    }).then(async (base) => ({
      ...base,
      report: await firstReportOf("lucia.fernandez@pillars.demo"),
      assessment: await sharedAssessmentOf("lucia.fernandez@pillars.demo"),
      framework: await publishedFrameworkVersion(),
      ...(await submittedCheckInBy("lucia.fernandez@pillars.demo")),
      leaver: await departedReportOf("lucia.fernandez@pillars.demo"),
      vpePerson: await withDb(async (client) => (await client.query<{ id: number }>(`SELECT id FROM "Person" WHERE email = 'priya.raman@pillars.demo'`)).rows[0]!.id),
      templateVersion: await publishedTemplateVersion(),
      ...(await riskBelow("lucia.fernandez@pillars.demo").then(({ risk, mitigation }) => ({ risk, mitigation }))),
      departure: await anyDeparture(),
      skillItem: await skillItemBelow("lucia.fernandez@pillars.demo"),
      ...(await teamMonthOf("lucia.fernandez@pillars.demo")),
    }));
    const snapshot = () =>
      withDb(async (client) => (await client.query(`SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT max(version) FROM "User") AS uv,
        (SELECT count(*)::int FROM "Person") AS people, (SELECT sum(version)::int FROM "Person") AS pv, (SELECT count(*)::int FROM "Person" WHERE "erasedAt" IS NOT NULL) AS erased,
        (SELECT count(*)::int FROM "CheckIn") AS "checkIns", (SELECT sum(version)::int FROM "CheckIn") AS cv,
        (SELECT count(*)::int FROM "ActionItem") AS "actionItems", (SELECT sum(version)::int FROM "ActionItem") AS av,
        (SELECT count(*)::int FROM "CheckInTemplateVersion") AS "templateVersions",
        (SELECT count(*)::int FROM "RetentionRisk") AS risks, (SELECT sum(version)::int FROM "RetentionRisk") AS rv,
        (SELECT count(*)::int FROM "RiskMitigation") AS mitigations, (SELECT sum(version)::int FROM "RiskMitigation") AS mv,
        (SELECT count(*)::int FROM "Departure") AS departures, (SELECT sum(version)::int FROM "Departure") AS dv,
        (SELECT count(*)::int FROM "SkillItem") AS "skillItems", (SELECT sum(version)::int FROM "SkillItem") AS sv,
        (SELECT count(*)::int FROM "TeamMonthlyMetric") AS "teamMonths", (SELECT sum(version)::int FROM "TeamMonthlyMetric") AS tv`)).rows[0]);
    const before = await snapshot();
    const failures: string[] = [];
    for (const who of WHO) {
      const context: APIRequestContext = await playwrightRequest.newContext({ baseURL });
      if (who !== "ANONYMOUS") await signInAs(context, DEMO_USERS[who]);
      for (const action of serverActions()) {
        const entry = MATRIX[action.name]!;
        const answer = await callAction(context, action, "args" in entry ? { args: entry.args(ids) } : entry.fields(ids), baseURL!);
        if (!answer.includes(entry.expect[who])) failures.push(`${action.name} as ${who}: expected "${entry.expect[who]}", got ${answer.slice(0, 300)}`);
      }
      await context.dispose();
    }
    expect(failures).toEqual([]);
    expect(await snapshot(), "no action changed any user, person, check-in, action item, template, risk or departure").toEqual(before);
  });
});
