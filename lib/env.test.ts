import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("applies defaults around a valid DATABASE_URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u@db:5432/pillars" });
    expect(env).toMatchObject({ DATABASE_POOL_MAX: 10, APP_URL: "http://localhost:3000", LOG_LEVEL: "info", PILLARS_EMBEDDED: "0" });
  });

  it("names a missing variable", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL: is required/);
  });

  it("names every malformed variable at once", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", DATABASE_POOL_MAX: "lots", APP_URL: "not a url" });
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
