import { z } from "zod";

// Every variable the server reads, parsed once at boot (instrumentation.ts). A missing or
// malformed value stops start-up with the variable's name instead of failing later.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (the launcher sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  APP_URL: z.url().default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Signs session tokens; at least 32 characters. `npm start` makes one for the embedded demo. */
  NEXTAUTH_SECRET: z.string({ error: "is required: a random string of 32+ characters (openssl rand -base64 32)" }).min(32, "must be at least 32 characters"),
  /** Single sign-on through any OpenID Connect provider; all three or none. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_DISPLAY_NAME: z.string().min(1).default("single sign-on"),
  /** Outgoing mail (invitations, password resets), e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Pillars <pillars@localhost>"),
  /** Presets the first-run setup token (automated installs); otherwise a random one is printed at start. */
  SETUP_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Set by the launcher when it serves the embedded demo database. */
  PILLARS_EMBEDDED: z.enum(["0", "1"]).default("0"),
});

const ZEnvChecked = ZEnv.superRefine((value, ctx) => {
  const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    for (const key of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const) {
      if (!value[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when single sign-on is configured" });
    }
  }
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`SMTP_URL=` in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = ZEnvChecked.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
