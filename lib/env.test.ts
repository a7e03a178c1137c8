import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const SECRET = "x".repeat(32);

describe("environment", () => {
  it("applies defaults around a valid DATABASE_URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u@db:5432/pillars", NEXTAUTH_SECRET: SECRET });
    expect(env).toMatchObject({ DATABASE_POOL_MAX: 10, APP_URL: "http://localhost:3000", LOG_LEVEL: "info", PILLARS_EMBEDDED: "0" });
  });

  it("names a missing variable", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET })).toThrow(/DATABASE_URL: is required/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://u@db/p" })).toThrow(/NEXTAUTH_SECRET: is required/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://u@db/p", NEXTAUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("wants single sign-on configured completely or not at all", () => {
    const base = { DATABASE_URL: "postgresql://u@db/p", NEXTAUTH_SECRET: SECRET };
    expect(() => parseEnv({ ...base, OIDC_ISSUER: "https://id.example.com" })).toThrow(/OIDC_CLIENT_ID: is required when single sign-on/);
    expect(parseEnv({ ...base, OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }).OIDC_ISSUER).toBe(
      "https://id.example.com",
    );
  });

  it("names every malformed variable at once", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", DATABASE_POOL_MAX: "lots", APP_URL: "not a url", NEXTAUTH_SECRET: SECRET });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
      expect(message).toMatch(/DATABASE_POOL_MAX/);
      expect(message).toMatch(/APP_URL/);
    }
  });
});
