import pino from "pino";

// One structured logger. Callers add request and user ids with `logger.child({ requestId, userId })`.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "pillars" },
  redact: { paths: ["*.password", "*.passwordHash", "*.privateNote", "*.token"], censor: "[redacted]" },
});
