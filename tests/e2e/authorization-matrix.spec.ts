import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO_USERS, loginAs, signInAs, type DemoRole } from "./support/auth";
import {
  firstReportOf, personIdByEmail, publishedFrameworkVersion, publishedTemplateVersion, riskBelow, sharedAssessmentOf, skillItemBelow, submittedCheckInBy, teamMonthOf,
} from "./support/db";
import { generateReport } from "./support/reports";
import { appRoutes } from "./support/routes";

// Every page and route handler × every role and anonymous, as HTTP requests. The route list
// comes from the app/ folder: a new route without an entry here fails the first test.

type Who = DemoRole | "ANONYMOUS";
type Expected = 200 | 401 | 404 | 405 | { redirect: string };
const WHO: Who[] = ["ANONYMOUS", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER", "ADMIN"];
const SIGN_IN = { redirect: "/sign-in" };

/** Whoever is signed in gets `signedIn`; anonymous gets `anonymous`. */
const forAll = (signedIn: Expected, anonymous: Expected): Record<Who, Expected> =>
  Object.fromEntries(WHO.map((who) => [who, who === "ANONYMOUS" ? anonymous : signedIn])) as Record<Who, Expected>;

type Ids = {
  person: number; managerPerson: number; assessment: number; framework: number; checkIn: number; templateVersion: number; risk: number; skillItem: number; team: number;
  report: number;
};
type Entry = { path: (ids: Ids) => string; expect: Record<Who, Expected> };
/** Check-in readers: the chain above the person, HR and the VPE; an ADMIN-only user reads no check-ins. */
const checkInReaders = (anonymous: Expected): Record<Who, Expected> => ({ ...forAll(200, anonymous), ADMIN: 404 });
const vpeOnly = (anonymous: Expected): Record<Who, Expected> => ({ ...forAll(404, anonymous), VPE: 200 });

const MATRIX: Record<string, Entry> = {
  // Landing pages: ADMIN-only users go to user admin, managers to their check-ins.
  "/": { path: () => "/", expect: { ...forAll(200, SIGN_IN), ADMIN: { redirect: "/admin/users" }, MANAGER: { redirect: "/check-ins" } } },
  "/sign-in": { path: () => "/sign-in", expect: { ...forAll({ redirect: "/" }, 200), ADMIN: { redirect: "/admin/users" }, MANAGER: { redirect: "/check-ins" } } },
  "/forgot-password": { path: () => "/forgot-password", expect: forAll(200, 200) },
  // First-run setup exists only while no admin does (tests/e2e/first-run.spec.ts covers that).
  "/setup": { path: () => "/setup", expect: forAll(404, 404) },
  "/invitation/[token]": { path: () => "/invitation/not-a-real-token", expect: forAll(200, 200) },
  "/reset-password/[token]": { path: () => "/reset-password/not-a-real-token", expect: forAll(200, 200) },
  "/admin/users": { path: () => "/admin/users", expect: { ...forAll(404, SIGN_IN), ADMIN: 200 } },
  "/admin/audit": { path: () => "/admin/audit", expect: { ...forAll(404, SIGN_IN), ADMIN: 200 } },
  "/admin/settings": { path: () => "/admin/settings", expect: { ...forAll(404, SIGN_IN), ADMIN: 200 } },
  "/people": { path: () => "/people", expect: forAll(200, SIGN_IN) },
  "/teams": { path: () => "/teams", expect: forAll(200, SIGN_IN) },
  "/people/new": { path: () => "/people/new", expect: { ...forAll(404, SIGN_IN), ADMIN: 200, HR_PARTNER: 200 } },
  "/people/import": { path: () => "/people/import", expect: { ...forAll(404, SIGN_IN), ADMIN: 200, HR_PARTNER: 200 } },
  // POST only (tests/e2e/people-import.spec.ts checks who may post); a GET is not allowed for anyone.
  "/api/people/import": { path: () => "/api/people/import", expect: forAll(405, 405) },
  // A report of the demo MANAGER: inside every signed-in role's scope (ADMIN reads the directory).
  "/people/[id]": { path: ({ person }) => `/people/${person}`, expect: forAll(200, SIGN_IN) },
  "/me": { path: () => "/me", expect: forAll(200, SIGN_IN) },
  "/frameworks": { path: () => "/frameworks", expect: forAll(200, SIGN_IN) },
  "/frameworks/[versionId]": { path: ({ framework }) => `/frameworks/${framework}`, expect: forAll(200, SIGN_IN) },
  "/api/frameworks/[versionId]/export": { path: ({ framework }) => `/api/frameworks/${framework}/export`, expect: forAll(200, 401) },
  // A manager assessment about the demo MANAGER, shared with her: her chain, HR and she see it.
  "/assessments/[id]": { path: ({ assessment }) => `/assessments/${assessment}`, expect: { ...forAll(200, SIGN_IN), ADMIN: 404 } },
  "/check-ins": { path: () => "/check-ins", expect: checkInReaders(SIGN_IN) },
  // The demo MANAGER's submitted check-in about her report: she wrote it; her director, HR and the VPE read it.
  "/check-ins/[id]": { path: ({ checkIn }) => `/check-ins/${checkIn}`, expect: checkInReaders(SIGN_IN) },
  "/api/check-ins/[id]/action-items": { path: ({ checkIn }) => `/api/check-ins/${checkIn}/action-items`, expect: checkInReaders(401) },
  "/api/people/[id]/check-ins": { path: ({ person }) => `/api/people/${person}/check-ins`, expect: checkInReaders(401) },
  "/api/check-ins/due": { path: () => "/api/check-ins/due", expect: checkInReaders(401) },
  // Managers' coverage is for those with managers below them (and HR); a MANAGER has her own due list.
  "/api/check-ins/coverage": { path: () => "/api/check-ins/coverage", expect: { ...checkInReaders(401), MANAGER: 404 } },
  "/api/me/action-items": { path: () => "/api/me/action-items", expect: forAll(200, 401) },
  "/check-ins/templates": { path: () => "/check-ins/templates", expect: vpeOnly(SIGN_IN) },
  "/check-ins/templates/[versionId]": { path: ({ templateVersion }) => `/check-ins/templates/${templateVersion}`, expect: vpeOnly(SIGN_IN) },
  // Risk data: the chain above the person, HR and the VPE; never an ADMIN-only user.
  "/risks": { path: () => "/risks", expect: checkInReaders(SIGN_IN) },
  "/risks/[id]": { path: ({ risk }) => `/risks/${risk}`, expect: checkInReaders(SIGN_IN) },
  "/api/risks": { path: () => "/api/risks", expect: checkInReaders(401) },
  "/api/risks/queue": { path: () => "/api/risks/queue", expect: checkInReaders(401) },
  "/departures": { path: () => "/departures", expect: checkInReaders(SIGN_IN) },
  "/api/departures": { path: () => "/api/departures", expect: checkInReaders(401) },
  "/api/departures/attrition": { path: () => "/api/departures/attrition", expect: checkInReaders(401) },
  // The person picker of the departure form: only those who record departures.
  "/api/departures/candidates": { path: () => "/api/departures/candidates?q=a", expect: { ...forAll(404, 401), VPE: 200, HR_PARTNER: 200 } },
  // Team flow metrics: the demo MANAGER's own team (her director, HR and the VPE read it too); writers import.
  "/quality": { path: () => "/quality", expect: checkInReaders(SIGN_IN) },
  "/quality/[teamId]": { path: ({ team }) => `/quality/${team}`, expect: checkInReaders(SIGN_IN) },
  "/quality/import": { path: () => "/quality/import", expect: { ...checkInReaders(SIGN_IN), HR_PARTNER: 404 } },
  "/api/quality/teams": { path: () => "/api/quality/teams", expect: checkInReaders(401) },
  // POST only (tests/integration/quality.test.ts covers who may import).
  "/api/quality/import": { path: () => "/api/quality/import", expect: forAll(405, 405) },
  // Learning and experiments: an item about the demo MANAGER's report.
  "/skills": { path: () => "/skills", expect: checkInReaders(SIGN_IN) },
  "/skills/[id]": { path: ({ skillItem }) => `/skills/${skillItem}`, expect: checkInReaders(SIGN_IN) },
  "/api/skills": { path: () => "/api/skills", expect: checkInReaders(401) },
  "/api/skills/summary": { path: () => "/api/skills/summary", expect: checkInReaders(401) },
  "/api/skills/people": { path: () => "/api/skills/people?q=a", expect: { ...checkInReaders(401), HR_PARTNER: 404 } },
  // The dashboard's data: VPE, directors (their subtree) and HR; a manager has check-ins instead.
  "/api/dashboard/pillars": { path: () => "/api/dashboard/pillars", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  "/api/dashboard/risks": { path: () => "/api/dashboard/risks", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  "/api/dashboard/heatmap": { path: () => "/api/dashboard/heatmap", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  "/api/dashboard/scorecards": { path: () => "/api/dashboard/scorecards", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  "/api/dashboard/levels": { path: () => "/api/dashboard/levels", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  "/api/dashboard/coverage": { path: () => "/api/dashboard/coverage", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  // The "people under" picker's search (dashboard filters, reports page).
  "/api/dashboard/managers": { path: () => "/api/dashboard/managers?q=a", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  "/api/dashboard/attrition": { path: () => "/api/dashboard/attrition", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  // The people behind a dashboard figure: the demo MANAGER's reports, whom the director, HR and the VPE may list.
  "/dashboard/people": { path: ({ managerPerson }) => `/dashboard/people?manager=${managerPerson}&pillar=ENGAGEMENT`, expect: { ...forAll(404, SIGN_IN), VPE: 200, DIRECTOR: 200, HR_PARTNER: 200 } },
  // Quarterly reports: the VPE and directors. The report is the demo director's, on his subtree: he and the VPE see it.
  "/reports": { path: () => "/reports", expect: { ...forAll(404, SIGN_IN), VPE: 200, DIRECTOR: 200 } },
  "/reports/[id]": { path: ({ report }) => `/reports/${report}`, expect: { ...forAll(404, SIGN_IN), VPE: 200, DIRECTOR: 200 } },
  "/api/reports": { path: () => "/api/reports", expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200 } },
  "/api/reports/[id]": { path: ({ report }) => `/api/reports/${report}`, expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200 } },
  "/api/reports/[id]/[format]": { path: ({ report }) => `/api/reports/${report}/pdf`, expect: { ...forAll(404, 401), VPE: 200, DIRECTOR: 200 } },
  "/api/health": { path: () => "/api/health", expect: forAll(200, 200) },
  "/api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: forAll(200, 200) },
  "/api/people/[id]": { path: ({ person }) => `/api/people/${person}`, expect: forAll(200, 401) },
  "/api/people/[id]/risks": { path: ({ person }) => `/api/people/${person}/risks`, expect: forAll(200, 401) },
};

test.describe("authorization matrix @server", () => {
  test("every route of the app has an entry", () => {
    const patterns = appRoutes().map((route) => route.pattern);
    expect(patterns.filter((pattern) => !(pattern in MATRIX)), "routes missing from the matrix").toEqual([]);
    expect(Object.keys(MATRIX).filter((pattern) => !patterns.includes(pattern)), "matrix entries with no route").toEqual([]);
  });

  test("every role gets exactly the expected answer from every route", async ({ baseURL, page }) => {
    test.setTimeout(180_000);
    await loginAs(page, "DIRECTOR");
    const ids: Ids = {
      report: await generateReport(page),
      person: await firstReportOf("lucia.fernandez@pillars.demo"),
      managerPerson: await personIdByEmail("lucia.fernandez@pillars.demo"),
      assessment: await sharedAssessmentOf("lucia.fernandez@pillars.demo"),
      framework: await publishedFrameworkVersion(),
      checkIn: (await submittedCheckInBy("lucia.fernandez@pillars.demo")).checkIn,
      templateVersion: await publishedTemplateVersion(),
      risk: (await riskBelow("lucia.fernandez@pillars.demo")).risk,
      skillItem: await skillItemBelow("lucia.fernandez@pillars.demo"),
      team: (await teamMonthOf("lucia.fernandez@pillars.demo")).team,
    };
    const contexts = new Map<Who, APIRequestContext>();
    const failures: string[] = [];
    try {
      for (const who of WHO) {
        const context = await playwrightRequest.newContext({ baseURL });
        if (who !== "ANONYMOUS") await signInAs(context, DEMO_USERS[who]);
        contexts.set(who, context);
      }
      for (const [pattern, entry] of Object.entries(MATRIX)) {
        for (const who of WHO) {
          const response = await contexts.get(who)!.get(entry.path(ids), { maxRedirects: 0 });
          const expected = entry.expect[who];
          const got = response.status() >= 300 && response.status() < 400
            ? `redirect ${new URL(response.headers().location ?? "", baseURL).pathname}`
            : String(response.status());
          const want = typeof expected === "number" ? String(expected) : `redirect ${expected.redirect}`;
          if (got !== want) failures.push(`${pattern} as ${who}: expected ${want}, got ${got}`);
        }
      }
    } finally {
      for (const context of contexts.values()) await context.dispose();
    }
    expect(failures).toEqual([]);
  });
});
