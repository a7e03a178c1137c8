import { defineConfig, devices } from "@playwright/test";

// Browser tests run Debian's Chromium (npm test installs it when missing) against a production
// build served on port 3100; the database is prepared by scripts/test.ts (E2E_DATABASE_URL).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const EMPTY_PORT = Number(process.env.E2E_EMPTY_PORT ?? 3101);
export const EMPTY_BASE_URL = `http://localhost:${EMPTY_PORT}`;
/** The empty server's first-run token, preset so the test can type it (as an installer would). */
export const E2E_SETUP_TOKEN = "e2e-setup-token-0123456789";

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

/** `next start` on a port and database, as the production build runs. */
function appServer(port: number, databaseUrl: string | undefined, extra: Record<string, string>) {
  const url = `http://localhost:${port}`;
  return {
    command: `node node_modules/next/dist/bin/next start -p ${port}`,
    url: `${url}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: databaseUrl ?? "",
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "5",
      APP_URL: url,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
      ...extra,
    },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    // A phone has no Tab key, and server-only checks need no second browser: both run on desktop only.
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grepInvert: /@keyboard|@server|@sso/ },
  ],
  webServer: [
    appServer(PORT, process.env.E2E_DATABASE_URL, {
      // Single sign-on against the test provider scripts/test.ts starts (tests/support/oidc-provider.ts).
      OIDC_ISSUER: process.env.OIDC_ISSUER ?? "",
      OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID ?? "",
      OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET ?? "",
      OIDC_DISPLAY_NAME: process.env.OIDC_DISPLAY_NAME ?? "",
    }),
    // The same build on an empty database, for first-run setup (tests/e2e/first-run.spec.ts).
    appServer(EMPTY_PORT, process.env.E2E_EMPTY_DATABASE_URL, { SETUP_TOKEN: E2E_SETUP_TOKEN }),
  ],
});
