import { expect, type APIRequestContext, type Page } from "@playwright/test";

// Sign-in for browser tests through next-auth's own endpoints (CSRF token, then the
// credentials callback): the context gets a real session cookie, exactly as the form does.

export { DEMO_PASSWORD, DEMO_SIGN_INS as DEMO_USERS } from "../../../prisma/seed/demo-users";
import { DEMO_PASSWORD, DEMO_SIGN_INS as DEMO_USERS } from "../../../prisma/seed/demo-users";

export type DemoRole = keyof typeof DEMO_USERS;

export async function signInAs(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302], `sign-in of ${email}`).toContain(response.status());
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.uid, `session for ${email}`).toBeGreaterThan(0);
}

export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  await signInAs(page.request, DEMO_USERS[role]);
}

/** One credentials sign-in attempt; returns next-auth's error code ("invalid", "locked:30") or null on success. */
export async function attemptSignIn(request: APIRequestContext, email: string, password: string): Promise<string | null> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  // With json=true next-auth answers { url } (200 on success, 401 on refusal); otherwise a redirect.
  const isJson = (response.headers()["content-type"] ?? "").includes("json");
  const target = isJson ? ((await response.json()) as { url: string }).url : (response.headers().location ?? "");
  return new URL(target, "http://x").searchParams.get("error");
}
